package se.indikator.runtime.exec;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * A span-free value for a syntax tree (an expression, a breakdown definition): two conditions written
 * alike in different places of a script get equal values, so a batch compiles and evaluates them once.
 * Records are taken apart by their components, leaving out every {@link Span}; lists element by element;
 * strings, numbers, booleans and enum constants stay as they are.
 */
final class Canonical {
    private Canonical() {
    }

    static Object of(Object node) {
        if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean
                || node instanceof Enum<?> || node instanceof Character) {
            return node;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(of(o));
            }
            return out;
        }
        if (node instanceof Span) {
            return null;
        }
        Class<?> type = node.getClass();
        if (!type.isRecord()) {
            return new Identity(node);
        }
        List<Object> out = new ArrayList<>();
        out.add(type.getName());
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == Span.class) {
                continue;
            }
            try {
                out.add(of(c.getAccessor().invoke(node)));
            } catch (ReflectiveOperationException e) {
                return new Identity(node);
            }
        }
        return out;
    }

    /** A node that cannot be taken apart: equal only to itself. */
    private record Identity(Object node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }
}
