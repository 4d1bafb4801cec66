package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tidy result: named columns and rows whose cells are text ({@code String}), numbers
 * ({@code Double}) or blank ({@code null}). Suppressed values are already blank when a table is
 * built, so every presentation (text, CSV, chart, notebook) shows only what may be shown.
 *
 * <p>For an indicator the columns are the breakdowns, then {@code numerator}, {@code denominator},
 * {@code value}, {@code lower_L}/{@code upper_L} per confidence level, {@code national},
 * {@code deviation_pct}, {@code vs_national}, {@code target_met}, {@code method} and {@code note}.
 */
public final class ResultTable {
    private final String title;
    private final List<String> columns;
    private final List<List<Object>> rows;
    private final List<String> footnotes;
    private final int decimals;
    private final boolean decimalComma;

    public ResultTable(String title, List<String> columns, List<List<Object>> rows, List<String> footnotes, int decimals,
            boolean decimalComma) {
        this.title = title;
        this.columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, table has " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        this.rows = Collections.unmodifiableList(copy);
        this.footnotes = List.copyOf(footnotes);
        this.decimals = decimals;
        this.decimalComma = decimalComma;
    }

    /** Whether people should see decimal commas (the language in force when the table was made was Swedish). */
    public boolean decimalComma() {
        return decimalComma;
    }

    public String title() {
        return title;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public List<String> footnotes() {
        return footnotes;
    }

    /** Decimals for showing estimates to people (CSV always carries full precision). */
    public int decimals() {
        return decimals;
    }

    public int columnIndex(String name) {
        return columns.indexOf(name);
    }

    public Object cell(int row, String column) {
        int c = columnIndex(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return rows.get(row).get(c);
    }

    /** A Tablesaw copy for Java users: numbers as DoubleColumn, the rest as StringColumn. */
    public tech.tablesaw.api.Table toTablesaw() {
        tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create(title == null ? "result" : title);
        for (int c = 0; c < columns.size(); c++) {
            boolean numeric = true;
            for (List<Object> r : rows) {
                Object v = r.get(c);
                if (v != null && !(v instanceof Double)) {
                    numeric = false;
                }
            }
            if (numeric) {
                double[] vals = new double[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    Object v = rows.get(r).get(c);
                    vals[r] = v == null ? Double.NaN : (Double) v;
                }
                t.addColumns(tech.tablesaw.api.DoubleColumn.create(columns.get(c), vals));
            } else {
                String[] vals = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    Object v = rows.get(r).get(c);
                    vals[r] = v == null ? "" : v.toString();
                }
                t.addColumns(tech.tablesaw.api.StringColumn.create(columns.get(c), vals));
            }
        }
        return t;
    }
}
