package se.indikator.runtime.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Converts a Tablesaw {@link Table} that a Java cell hands back into a {@link Dataset}, checked as a read is:
 * integers (int, short; long when every value fits an int) stay integers, other numbers become decimals
 * (a value beyond what a number holds is refused), text stays text, booleans and dates keep their type
 * (date-times only when every one is at midnight); a column of another type, an empty or repeated name is
 * refused by name.
 */
public final class TablesawImport {
    private TablesawImport() {
    }

    /**
     * The dataset named {@code name} with the table's columns and rows.
     *
     * @throws IllegalArgumentException naming every column that cannot be taken, and why
     */
    public static Dataset toDataset(Table table, String name) {
        List<String> problems = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int rows = table.rowCount();
        for (tech.tablesaw.columns.Column<?> c : table.columns()) {
            String col = c.name() == null ? "" : c.name().strip();
            if (col.isEmpty()) {
                problems.add("a column has no name");
                continue;
            }
            if (!names.add(col)) {
                problems.add("the column name '" + col + "' occurs twice");
                continue;
            }
            try {
                columns.add(column(c, col, rows));
            } catch (IllegalArgumentException e) {
                problems.add("column '" + col + "' " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new Dataset(name, "Java table " + name, rows, columns, SourceLines.CONSECUTIVE);
    }

    private static Column column(tech.tablesaw.columns.Column<?> c, String name, int rows) {
        if (c instanceof tech.tablesaw.api.IntColumn || c instanceof tech.tablesaw.api.ShortColumn
                || c instanceof tech.tablesaw.api.LongColumn) {
            NumericColumn<?> n = (NumericColumn<?>) c;
            int[] v = new int[rows];
            boolean fits = true;
            for (int r = 0; r < rows && fits; r++) {
                if (n.isMissing(r)) {
                    v[r] = IntColumn.MISSING;
                } else {
                    double x = n.getDouble(r);
                    fits = x > Integer.MIN_VALUE && x <= Integer.MAX_VALUE;
                    v[r] = (int) x;
                }
            }
            if (fits) {
                return IntColumn.fromValues(name, ColumnType.INTEGER, v, rows);
            }
        }
        if (c instanceof NumericColumn<?> n) {
            double[] v = new double[rows];
            for (int r = 0; r < rows; r++) {
                v[r] = n.isMissing(r) ? Double.NaN : n.getDouble(r);
                if (Double.isInfinite(v[r])) {
                    throw new IllegalArgumentException("holds an infinite number on row " + (r + 1));
                }
            }
            return DoubleColumn.fromValues(name, v, rows);
        }
        if (c instanceof StringColumn s) {
            Map<String, Integer> codes = new HashMap<>();
            List<String> labels = new ArrayList<>();
            int[] v = new int[rows];
            for (int r = 0; r < rows; r++) {
                String text = s.isMissing(r) ? null : s.get(r);
                if (text == null || text.isEmpty()) {
                    v[r] = -1;
                } else {
                    v[r] = codes.computeIfAbsent(text, t -> {
                        labels.add(t);
                        return labels.size() - 1;
                    });
                }
            }
            return TextColumn.fromCodes(name, labels.toArray(String[]::new), v, rows);
        }
        if (c instanceof BooleanColumn b) {
            int[] v = new int[rows];
            for (int r = 0; r < rows; r++) {
                v[r] = b.isMissing(r) ? IntColumn.MISSING : b.get(r) ? 1 : 0;
            }
            return IntColumn.fromValues(name, ColumnType.BOOLEAN, v, rows);
        }
        if (c instanceof DateColumn d) {
            int[] v = new int[rows];
            for (int r = 0; r < rows; r++) {
                LocalDate day = d.isMissing(r) ? null : d.get(r);
                v[r] = day == null ? IntColumn.MISSING : (int) day.toEpochDay();
            }
            return IntColumn.fromValues(name, ColumnType.DATE, v, rows);
        }
        if (c instanceof DateTimeColumn d) {
            int[] v = new int[rows];
            for (int r = 0; r < rows; r++) {
                LocalDateTime t = d.isMissing(r) ? null : d.get(r);
                if (t != null && !t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    throw new IllegalArgumentException("holds times of day (row " + (r + 1) + ": " + t
                            + "); give it dates (a DateColumn) instead");
                }
                v[r] = t == null ? IntColumn.MISSING : (int) t.toLocalDate().toEpochDay();
            }
            return IntColumn.fromValues(name, ColumnType.DATE, v, rows);
        }
        throw new IllegalArgumentException("is of type " + c.type().name() + ", which indikator does not read; "
                + "give numbers, text, booleans or dates");
    }
}
