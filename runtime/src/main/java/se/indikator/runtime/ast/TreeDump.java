package se.indikator.runtime.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/**
 * Prints a syntax tree as an indented outline for reading, one node a line: the node's kind and its
 * plain fields ({@code Binary op=GE}), then each field that holds nodes on a line of its own, indented
 * two spaces ({@code left: ColumnRef name="age"}; {@code clauses[0]: …} for a list,
 * {@code items[age]: …} for a map, by key). Names are written bare, strings quoted, numbers as
 * {@link Numbers#plain}; spans, the source file and null fields are left out. Works on every record of
 * this package, read through its components, so a new kind of node needs nothing here.
 */
public final class TreeDump {
    private TreeDump() {
    }

    /**
     * The outline of {@code node} — a statement, clause, expression or any other record of the tree —
     * line by line.
     *
     * @throws IllegalArgumentException if {@code node} is not a record of the tree
     */
    public static String of(Object node) {
        if (!(node instanceof Record r) || !isNode(node)) {
            throw new IllegalArgumentException("not a node of the syntax tree: " + node);
        }
        StringBuilder sb = new StringBuilder();
        node(sb, "", "", r);
        return sb.toString();
    }

    private static void node(StringBuilder sb, String indent, String label, Record node) {
        List<Runnable> children = new ArrayList<>();
        sb.append(indent).append(label).append(kind(node.getClass()));
        String inner = indent + "  ";
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            if (isPlace(c.getGenericType())) {
                continue;
            }
            Object value = value(node, c);
            if (value == null) {
                continue;
            }
            String name = c.getName();
            if (isNode(value)) {
                children.add(() -> node(sb, inner, name + ": ", (Record) value));
            } else if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(TreeDump::isNode)) {
                for (int i = 0; i < list.size(); i++) {
                    Record item = (Record) list.get(i);
                    String at = name + "[" + i + "]: ";
                    children.add(() -> node(sb, inner, at, item));
                }
            } else if (value instanceof Map<?, ?> map && !map.isEmpty() && map.values().stream().allMatch(TreeDump::isNode)) {
                new TreeMap<>(map).forEach((k, v) -> children.add(() -> node(sb, inner, name + "[" + k + "]: ", (Record) v)));
            } else {
                sb.append(' ').append(name).append('=').append(plain(value));
            }
        }
        sb.append('\n');
        children.forEach(Runnable::run);
    }

    /** A node is a record of the tree other than a name, which is written bare like a word. */
    private static boolean isNode(Object o) {
        return o instanceof Record && !(o instanceof Name) && o.getClass().getPackage() == TreeDump.class.getPackage();
    }

    private static String plain(Object v) {
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Double d) {
            return Numbers.plain(d);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(TreeDump::plain).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            return new TreeMap<>(map).entrySet().stream().map(e -> e.getKey() + "=" + plain(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(v);
    }

    /** A string in double quotes with its backslashes, quotes and control characters escaped. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String kind(Class<?> type) {
        return type.getSimpleName();
    }

    /** Whether a field holds places (spans, the source file), which the outline leaves out. */
    private static boolean isPlace(Type t) {
        if (t == Span.class || t == SourceFile.class) {
            return true;
        }
        if (t instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                if (isPlace(arg)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object value(Record node, RecordComponent c) {
        try {
            return c.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + kind(node.getClass()), e);
        }
    }
}
