package se.indikator.runtime.result;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link ResultTable} as CSV with full-precision numbers, so other tools can read the exact values:
 * RFC 4180 by default (comma separator, '.' decimals, UTF-8, quotes where needed), or for a Swedish Excel
 * ({@link CsvFormat#swedish()}: semicolons, decimal commas, UTF-8 with a byte-order mark). Suppressed cells are
 * empty.
 *
 * <p>Text that a spreadsheet would run as a formula — a text cell (a label, a name, a note; never a number)
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — is neutralised with a
 * leading apostrophe, as OWASP recommends, unless the script says {@code set csv formulas allowed}.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** Writes the table as RFC 4180 with formulas neutralised. */
    public static void write(ResultTable t, Path file) throws IOException {
        write(t, file, CsvFormat.STANDARD);
    }

    /** Writes the table in {@code format}. */
    public static void write(ResultTable t, Path file, CsvFormat format) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format.swedish()) {
                w.write('\uFEFF');
            }
            w.write(toCsv(t, format));
        }
    }

    /** The table as RFC 4180 CSV text with formulas neutralised. */
    public static String toCsv(ResultTable t) {
        return toCsv(t, CsvFormat.STANDARD);
    }

    /** The table as CSV text in {@code format} (without the byte-order mark). */
    public static String toCsv(ResultTable t, CsvFormat format) {
        StringBuilder sb = new StringBuilder();
        row(sb, t.columns().stream().map(c -> (Object) c).toList(), format);
        for (List<Object> r : t.rows()) {
            row(sb, r, format);
        }
        return sb.toString();
    }

    /** One cell as CSV: a number in full precision, text neutralised (when asked) and quoted where needed. */
    static String cell(Object v, CsvFormat format) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            String n = NumberFormat.machine(d);
            return format.swedish() ? n.replace('.', ',') : n;
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        String s = v.toString();
        if (format.neutralise() && formula(s)) {
            s = "'" + s;
        }
        if (s.indexOf(format.separator()) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (format.swedish() && s.indexOf(',') >= 0)) {
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

    private static void row(StringBuilder sb, List<Object> cells, CsvFormat format) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(format.separator());
            }
            sb.append(cell(cells.get(i), format));
        }
        sb.append('\n');
    }
}
