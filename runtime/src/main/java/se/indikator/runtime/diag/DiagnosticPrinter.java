package se.indikator.runtime.diag;

import java.util.List;

/**
 * Renders diagnostics for people, compiler style:
 * <pre>
 * deaths.ind:14:33: error: unknown column 'agee' in data 'deaths'
 *     numerator count(*) from deaths where agee between 35 and 79
 *                                          ^^^^
 *   hint: did you mean 'age'?
 * </pre>
 */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    public static String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        Span s = d.span();
        if (s.isKnown()) {
            sb.append(s.source().name()).append(':').append(s.line()).append(':').append(s.column()).append(": ");
        } else if (!"<built-in>".equals(s.source().name())) {
            sb.append(s.source().name()).append(": ");
        }
        sb.append(d.severity().label()).append(": ").append(d.message()).append('\n');
        if (s.isKnown() && !s.source().text().isEmpty()) {
            String line = s.source().line(s.line());
            String shown = line.replace('\t', ' ');
            sb.append("    ").append(shown).append('\n');
            int start = Math.max(1, s.column());
            int end = s.endLine() == s.line() ? Math.max(s.endColumn(), start + 1) : Math.max(shown.length() + 1, start + 1);
            sb.append("    ").append(" ".repeat(start - 1)).append("^".repeat(Math.max(1, end - start))).append('\n');
        }
        if (d.hint() != null && !d.hint().isEmpty()) {
            sb.append("  hint: ").append(d.hint()).append('\n');
        }
        return sb.toString();
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
