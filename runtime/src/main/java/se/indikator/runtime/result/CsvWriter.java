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
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static void write(ResultTable t, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(toCsv(t));
        }
    }

    public static String toCsv(ResultTable t) {
        StringBuilder sb = new StringBuilder();
        row(sb, t.columns().stream().map(c -> (Object) c).toList());
        for (List<Object> r : t.rows()) {
            row(sb, r);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = cells.get(i);
            String s = v == null ? "" : v instanceof Double d ? NumberFormat.machine(d) : v.toString();
            if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            sb.append(s);
        }
        sb.append('\n');
    }
}
