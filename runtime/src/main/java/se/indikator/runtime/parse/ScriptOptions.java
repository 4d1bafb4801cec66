package se.indikator.runtime.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import se.indikator.grammar.IndikatorLexer;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/**
 * The report options of a script, written Quarto-style as {@code #| key: value} lines (their own token
 * channel, never statements): a block of such lines directly before a statement belongs to that
 * statement ({@code echo}, {@code code}, {@code output}, {@code caption}, {@code label}); a block at the
 * top of the script followed by a blank line or prose, before any statement, is the whole report's
 * ({@code code}, {@code toc}). Unknown keys (W180), values a key does not take (W181) and blocks that
 * stand before no statement (W182) are warnings at the option; a rejected option is left out.
 *
 * @param report the report-wide options, by key
 * @param byStatement each statement's options, by the line the statement starts on
 * @param lines every script line that holds an option, to leave out of the code a document shows
 */
public record ScriptOptions(Map<String, String> report, Map<Integer, Map<String, String>> byStatement,
        Set<Integer> lines) {

    public ScriptOptions {
        report = Collections.unmodifiableMap(new LinkedHashMap<>(report));
        byStatement = Collections.unmodifiableMap(new TreeMap<>(byStatement));
        lines = Set.copyOf(lines);
    }

    /** The keys a statement takes, and the keys of the report's own block. */
    private static final Set<String> CELL_KEYS = Set.of("echo", "code", "output", "caption", "label");
    private static final Set<String> REPORT_KEYS = Set.of("code", "toc");

    /** The options of the statement that starts on {@code line} (empty when it has none). */
    public Map<String, String> forStatement(int line) {
        return byStatement.getOrDefault(line, Map.of());
    }

    /** One {@code #|} line: where it is, its key and its value (quotes removed). */
    private record Line(Span span, int line, boolean alone, String key, String value) {
    }

    /**
     * Reads the options of {@code source}, whose statements ({@code #'} prose excepted) are
     * {@code statements}; problems go to {@code diagnostics}.
     */
    public static ScriptOptions read(SourceFile source, List<Stmt> statements, Diagnostics diagnostics) {
        List<Line> found = lines(source);
        Map<String, String> report = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> byStatement = new TreeMap<>();
        Set<Integer> optionLines = new java.util.HashSet<>();
        int firstStatement = Integer.MAX_VALUE;
        Set<Integer> starts = new java.util.HashSet<>();
        for (Stmt s : statements) {
            if (!(s instanceof Stmt.Prose)) {
                starts.add(s.span().line());
                firstStatement = Math.min(firstStatement, s.span().line());
            }
        }
        int i = 0;
        while (i < found.size()) {
            int j = i;
            while (j + 1 < found.size() && found.get(j + 1).line() == found.get(j).line() + 1 && found.get(j + 1).alone()) {
                j++;
            }
            List<Line> block = found.subList(i, j + 1);
            int next = block.get(block.size() - 1).line() + 1;
            boolean beforeStatement = block.get(0).alone() && starts.contains(next);
            boolean forReport = !beforeStatement && block.get(0).alone() && next < firstStatement
                    && (next > source.lineCount() || source.line(next).isBlank() || source.line(next).stripLeading().startsWith("#'"));
            for (Line l : block) {
                optionLines.add(l.line());
                if (!beforeStatement && !forReport) {
                    diagnostics.warning("W182", l.span(), "this option stands before no statement",
                            "write '#|' lines directly above the statement they are about, or at the top of the script "
                                    + "followed by a blank line for the whole report");
                    continue;
                }
                String problem = problem(l, forReport ? REPORT_KEYS : CELL_KEYS, forReport);
                if (problem == null) {
                    (forReport ? report : byStatement.computeIfAbsent(next, k -> new LinkedHashMap<>())).put(l.key(), l.value());
                } else if (problem.startsWith("?")) {
                    diagnostics.warning("W180", l.span(), problem.substring(1), "a statement takes "
                            + String.join(", ", sorted(CELL_KEYS)) + "; the report (at the top, followed by a blank line) takes "
                            + String.join(", ", sorted(REPORT_KEYS)));
                } else {
                    diagnostics.warning("W181", l.span(), problem, "see \"Report options\" in docs/language.md");
                }
            }
            i = j + 1;
        }
        return new ScriptOptions(report, byStatement, optionLines);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    /** What is wrong with an option where it stands: {@code ?message} for an unknown key, a message for a bad value, or null. */
    private static String problem(Line l, Set<String> keys, boolean forReport) {
        if (l.key() == null) {
            return "?an option is written '#| key: value'";
        }
        if (!keys.contains(l.key())) {
            boolean elsewhere = (forReport ? CELL_KEYS : REPORT_KEYS).contains(l.key());
            return "?'" + l.key() + "' is not an option " + (forReport ? "of the whole report" : "of a statement")
                    + (elsewhere ? " (it is one " + (forReport ? "of a statement" : "of the whole report") + ")" : "");
        }
        String v = l.value();
        return switch (l.key()) {
            case "echo", "output", "toc" -> v.equals("true") || v.equals("false") ? null
                    : "'" + l.key() + "' takes true or false, not '" + v + "'";
            case "code" -> v.equals("show") || v.equals("fold") || v.equals("hide") ? null
                    : "'code' takes show, fold or hide, not '" + v + "'";
            case "caption" -> v.isBlank() ? "'caption' takes a text" : null;
            case "label" -> v.matches("[\\p{L}][\\p{L}\\p{N}_-]*") ? null
                    : "'label' takes a name of letters, digits, '-' and '_', not '" + v + "'";
            default -> null;
        };
    }

    /** The option tokens of the script, in order. */
    private static List<Line> lines(SourceFile source) {
        IndikatorLexer lexer = new IndikatorLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        List<Line> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            if (t.getType() != IndikatorLexer.OPTION) {
                continue;
            }
            Span span = Spans.of(source, t);
            boolean alone = source.line(t.getLine()).substring(0, t.getCharPositionInLine()).isBlank();
            String body = t.getText().substring(2).strip();
            int colon = body.indexOf(':');
            if (colon <= 0 || !body.substring(0, colon).strip().matches("[a-z][a-z-]*")) {
                out.add(new Line(span, t.getLine(), alone, null, body));
                continue;
            }
            String value = body.substring(colon + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            out.add(new Line(span, t.getLine(), alone, body.substring(0, colon).strip(), value));
        }
        return out;
    }
}
