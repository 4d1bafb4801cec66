package se.indikator.runtime.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.result.ResultTable;

/**
 * One table of a publication as the disclosure ledger released it (hidden cells already blank), with what it
 * is, and its rows found by their category labels; the site reads its numbers from here and nowhere else.
 */
public record ReleasedTable(PublicationScript.TableKey key, ResultTable table) {

    /** A row of the table: its cells by column name. */
    public record Row(ReleasedTable of, List<Object> cells) {

        /** The label in a breakdown's column ("Riket", "Totalt", "2023", "Kvinnor"). */
        public String label(String column) {
            Object v = cells.get(of.table.columnIndex(column));
            return v == null ? null : v.toString();
        }

        /** A number in the column, or NaN when it is blank or the table has no such column. */
        public double number(String column) {
            int c = of.table.columnIndex(column);
            return c >= 0 && cells.get(c) instanceof Double d ? d : Double.NaN;
        }

        /** A text cell (a comparison word, a note), or null. */
        public String text(String column) {
            int c = of.table.columnIndex(column);
            return c >= 0 && cells.get(c) instanceof String s ? s : null;
        }

        public double value() {
            return number("value");
        }

        public double lower() {
            return number(of.lowerColumn());
        }

        public double upper() {
            return number(of.upperColumn());
        }

        public double national() {
            return number("national");
        }

        /** The comparison with the whole country at the first level ("better", "similar", …), or null. */
        public String comparison() {
            return text("vs_national");
        }
    }

    /** The column of the first level's lower limit, e.g. {@code lower_95}. */
    public String lowerColumn() {
        return table.columns().stream().filter(c -> c.startsWith("lower_")).findFirst().orElse("lower_95");
    }

    public String upperColumn() {
        return "upper_" + lowerColumn().substring("lower_".length());
    }

    /** The rows whose labels equal the given ones (columns not named may hold anything). */
    public List<Row> rows(Map<String, String> labels) {
        List<Row> out = new ArrayList<>();
        for (List<Object> cells : table.rows()) {
            Row r = new Row(this, cells);
            if (labels.entrySet().stream().allMatch(e -> e.getValue().equals(r.label(e.getKey())))) {
                out.add(r);
            }
        }
        return out;
    }

    /** The one row with these labels, or null. */
    public Row row(Map<String, String> labels) {
        List<Row> found = rows(labels);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The labels of a breakdown's column in row order, each once, without the country's and totals' words. */
    public List<String> labels(String column, String country, String total) {
        List<String> out = new ArrayList<>();
        for (List<Object> cells : table.rows()) {
            String l = new Row(this, cells).label(column);
            if (l != null && !l.equals(country) && !l.equals(total) && !out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    public int decimals() {
        return table.decimals();
    }
}
