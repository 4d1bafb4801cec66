package se.indikator.runtime.diag;

import java.util.List;

/**
 * Renders diagnostics for people, compiler style:
 * <pre>
 * deaths.ind:14:33: error[E201]: unknown column 'agee' in data 'deaths'
 *     numerator count(*) from deaths where agee between 35 and 79
 *                                          ^^^^
 *   hint: did you mean 'age'?
 * </pre>
 * The code in brackets is the diagnostic's entry in {@link Codes} (and in the error table of
 * docs/language.md). Control characters in the message, the echoed line and the hint are shown escaped ({@link SafeText}), the
 * caret still under the offending text.
 */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    public static String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        Span s = d.span();
        if (s.isKnown()) {
            sb.append(SafeText.line(s.source().name())).append(':').append(s.line()).append(':').append(s.column())
                    .append(": ");
        } else if (!"<built-in>".equals(s.source().name())) {
            sb.append(SafeText.line(s.source().name())).append(": ");
        }
        sb.append(d.severity().label());
        if (d.code() != null && !d.code().isEmpty()) {
            sb.append('[').append(d.code()).append(']');
        }
        sb.append(": ").append(SafeText.lines(d.message())).append('\n');
        if (s.isKnown() && !s.source().text().isEmpty()) {
            String line = s.source().line(s.line()).replace('\t', ' ');
            String shown = SafeText.line(line);
            sb.append("    ").append(shown).append('\n');
            int start = Math.max(1, s.column());
            int end = s.endLine() == s.line() ? Math.max(s.endColumn(), start + 1) : Math.max(line.length() + 1, start + 1);
            int shownStart = shownColumn(line, start);
            int shownEnd = Math.max(shownColumn(line, end), shownStart + 1);
            sb.append("    ").append(" ".repeat(shownStart - 1)).append("^".repeat(shownEnd - shownStart)).append('\n');
        }
        if (d.hint() != null && !d.hint().isEmpty()) {
            sb.append("  hint: ").append(SafeText.lines(d.hint())).append('\n');
        }
        return sb.toString();
    }

    /** The column of {@code line}'s column {@code column} once the line is shown with its control characters escaped. */
    private static int shownColumn(String line, int column) {
        int chars = Math.min(column - 1, line.length());
        return SafeText.line(line.substring(0, chars)).length() + column - chars;
    }

    public static String formatAll(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        ds.forEach(d -> sb.append(format(d)));
        return sb.toString();
    }

    /** The closing line of a check: "2 errors, 1 warning". */
    public static String summary(List<Diagnostic> ds) {
        long e = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long w = ds.stream().filter(d -> d.severity() == Severity.WARNING).count();
        return e + (e == 1 ? " error" : " errors") + ", " + w + (w == 1 ? " warning" : " warnings");
    }
}
