package se.indikator.stdlib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Test helper: reads the reference CSVs under /reference on the classpath, and compares numbers. */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** One CSV row keyed by header name. */
    public record Row(int number, Map<String, String> cells) {
        public String text(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
            }
            return v;
        }

        /** The cell as a number; "NA" and "" become NaN. */
        public double num(String column) {
            String v = text(column);
            return v.equals("NA") || v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        }
    }

    /** Reads /reference/{name}. */
    public static List<Row> read(String name) {
        InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name);
        if (in == null) {
            throw new IllegalArgumentException("missing test resource /reference/" + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = split(r.readLine());
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    map.put(header.get(i), cells.get(i));
                }
                rows.add(new Row(++number, map));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * Asserts |actual − expected| ≤ tol·|expected| (absolute tol when expected is 0); NaN must match
     * NaN.
     */
    public static void assertRel(double expected, double actual, double tol, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN (NA) but got " + actual);
            return;
        }
        double scale = expected == 0 ? 1.0 : Math.abs(expected);
        double err = Math.abs(actual - expected) / scale;
        if (!(err <= tol)) {
            fail(what + ": expected " + expected + " but got " + actual + " (relative error " + err
                    + " > " + tol + ")");
        }
    }
}
