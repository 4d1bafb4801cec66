package se.indikator.runtime.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named, immutable table of columns, e.g. {@code deaths} read from {@code data/deaths.csv}; it
 * remembers the file line each row came from, so problems in the data can be pointed at.
 */
public final class Dataset {
    private final String name;
    private final String source;
    private final List<Column> columns;
    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final int rows;
    private final int[] lines;

    public Dataset(String name, String source, List<Column> columns, int rows, int[] lines) {
        this.name = name;
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.lines = lines;
        for (Column c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, not " + rows);
            }
            byName.put(c.name(), c);
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public int rowCount() {
        return rows;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return new ArrayList<>(byName.keySet());
    }

    public Optional<Column> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The 1-based line of the file where the row starts (the header is line 1). */
    public int sourceLine(int row) {
        return lines == null ? row + 2 : lines[row];
    }

    public Dataset withName(String newName) {
        return new Dataset(newName, source, columns, rows, lines);
    }

    /** A Tablesaw copy, for Java cells and other Java code. */
    public tech.tablesaw.api.Table toTable() {
        tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create(name);
        for (Column c : columns) {
            if (c instanceof TextColumn tc) {
                tech.tablesaw.api.StringColumn s = tech.tablesaw.api.StringColumn.create(c.name());
                for (int r = 0; r < rows; r++) {
                    int code = tc.code(r);
                    if (code < 0) {
                        s.appendMissing();
                    } else {
                        s.append(tc.label(code));
                    }
                }
                t.addColumns(s);
            } else if (c instanceof IntColumn ic) {
                switch (ic.type()) {
                    case DATE -> {
                        tech.tablesaw.api.DateColumn d = tech.tablesaw.api.DateColumn.create(c.name());
                        for (int r = 0; r < rows; r++) {
                            int v = ic.get(r);
                            if (v == IntColumn.MISSING) {
                                d.appendMissing();
                            } else {
                                d.append(java.time.LocalDate.ofEpochDay(v));
                            }
                        }
                        t.addColumns(d);
                    }
                    case BOOLEAN -> {
                        tech.tablesaw.api.BooleanColumn b = tech.tablesaw.api.BooleanColumn.create(c.name());
                        for (int r = 0; r < rows; r++) {
                            int v = ic.get(r);
                            if (v == IntColumn.MISSING) {
                                b.appendMissing();
                            } else {
                                b.append(v == 1);
                            }
                        }
                        t.addColumns(b);
                    }
                    default -> {
                        tech.tablesaw.api.IntColumn i = tech.tablesaw.api.IntColumn.create(c.name());
                        for (int r = 0; r < rows; r++) {
                            int v = ic.get(r);
                            if (v == IntColumn.MISSING) {
                                i.appendMissing();
                            } else {
                                i.append(v);
                            }
                        }
                        t.addColumns(i);
                    }
                }
            } else {
                DoubleColumn dc = (DoubleColumn) c;
                double[] vals = new double[rows];
                for (int r = 0; r < rows; r++) {
                    vals[r] = dc.get(r);
                }
                t.addColumns(tech.tablesaw.api.DoubleColumn.create(c.name(), vals));
            }
        }
        return t;
    }

    /** Builds small datasets in memory, for tests and Java code. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        public Builder text(String column, String... values) {
            columns.add(TextColumn.of(column, values));
            return this;
        }

        public Builder ints(String column, int... values) {
            columns.add(IntColumn.of(column, values));
            return this;
        }

        public Builder decimals(String column, double... values) {
            columns.add(DoubleColumn.of(column, values));
            return this;
        }

        public Builder column(Column c) {
            columns.add(c);
            return this;
        }

        public Dataset build() {
            int rows = columns.isEmpty() ? 0 : columns.get(0).size();
            return new Dataset(name, "<" + name + ">", columns, rows, null);
        }
    }
}
