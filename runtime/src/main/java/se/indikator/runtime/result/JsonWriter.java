package se.indikator.runtime.result;

import java.util.List;

/** Writes a {@link ResultTable} as a JSON array of objects, one per row; blank cells are {@code null}. */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static String toJson(ResultTable t) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            sb.append("  {");
            for (int c = 0; c < t.columns().size(); c++) {
                sb.append(c == 0 ? "" : ", ").append(string(t.columns().get(c))).append(": ");
                Object v = row.get(c);
                sb.append(v == null ? "null" : v instanceof Double d ? number(d) : string(v.toString()));
            }
            sb.append(r == t.rows().size() - 1 ? "}\n" : "},\n");
        }
        return sb.append("]\n").toString();
    }

    private static String number(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "null" : NumberFormat.machine(d);
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
