package se.indikator.runtime.result;

import java.util.List;

/**
 * Writes a {@link ResultTable} as JSON: {@link #toJson} an array of objects, one per row; {@link #document} the
 * records with the table's metadata (title, columns with their types, decimals, footnotes), for files. Blank
 * (suppressed) cells are {@code null}; numbers are written at full precision.
 */
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

    /**
     * The table as one JSON object: {@code title}, {@code columns} (each with its {@code name} and {@code type},
     * "number" or "text"), {@code decimals} (for showing estimates), {@code footnotes} and {@code records}.
     */
    public static String document(ResultTable t) {
        StringBuilder sb = new StringBuilder("{\n  \"title\": ").append(t.title() == null ? "null" : string(t.title()));
        sb.append(",\n  \"columns\": [");
        for (int c = 0; c < t.columns().size(); c++) {
            sb.append(c == 0 ? "\n    " : ",\n    ").append("{\"name\": ").append(string(t.columns().get(c)))
                    .append(", \"type\": ").append(type(t, c)).append('}');
        }
        sb.append("\n  ],\n  \"decimals\": ").append(t.decimals());
        sb.append(",\n  \"footnotes\": [");
        for (int i = 0; i < t.footnotes().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(string(t.footnotes().get(i)));
        }
        sb.append("],\n  \"records\": ");
        String records = toJson(t).strip();
        sb.append(records.replace("\n", "\n  "));
        return sb.append("\n}\n").toString();
    }

    /** "number" or "text" by the cells of column {@code c} that are not blank; null when every cell is blank. */
    static String type(ResultTable t, int c) {
        String type = "null";
        for (List<Object> row : t.rows()) {
            Object v = row.get(c);
            if (v != null && !(v instanceof Double)) {
                return "\"text\"";
            }
            if (v != null) {
                type = "\"number\"";
            }
        }
        return type;
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
