package se.indikator.runtime.result;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link ResultTable} as CSV (RFC 4180: comma separator, '.' decimals, UTF-8, quotes where
 * needed) with full-precision numbers, so other tools can read the exact values. Suppressed cells are
 * empty.
 *
 * <p>Text that a spreadsheet would run as a formula — a text cell (a label, a name, a note; never a number)
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — is neutralised with a
 * leading apostrophe, as OWASP recommends, unless the script says {@code set csv formulas allowed}.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** Writes the table with formulas neutralised. */
    public static void write(ResultTable t, Path file) throws IOException {
        write(t, file, true);
    }

    /** Writes the table, neutralising text that a spreadsheet would run as a formula when {@code neutralise}. */
    public static void write(ResultTable t, Path file, boolean neutralise) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(toCsv(t, neutralise));
        }
    }

    /** The table as CSV text with formulas neutralised. */
    public static String toCsv(ResultTable t) {
        return toCsv(t, true);
    }

    public static String toCsv(ResultTable t, boolean neutralise) {
        StringBuilder sb = new StringBuilder();
        row(sb, t.columns().stream().map(c -> (Object) c).toList(), neutralise);
        for (List<Object> r : t.rows()) {
            row(sb, r, neutralise);
        }
        return sb.toString();
    }

    /** One cell as CSV: a number in full precision, text neutralised (when asked) and quoted where needed. */
    static String cell(Object v, boolean neutralise) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return NumberFormat.machine(d);
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        String s = v.toString();
        if (neutralise && formula(s)) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Whether a spreadsheet would read this text as a formula (OWASP's list of first characters). */
    static boolean formula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static void row(StringBuilder sb, List<Object> cells, boolean neutralise) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i), neutralise));
        }
        sb.append('\n');
    }
}
