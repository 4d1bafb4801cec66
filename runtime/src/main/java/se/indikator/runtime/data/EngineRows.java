package se.indikator.runtime.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rows of data an engine holds, brought into memory for what needs the rows themselves rather than their
 * counts and sums: a median's or percentile's values, relative survival's cohorts, the frequency columns of
 * {@code dobson-non-independent}, and the small tables that statements read row by row (life tables, units'
 * factors, tables of values, data quality). Only the columns asked for are read, in the engine's order, and only
 * the rows a condition in the engine's SQL keeps, when one is given.
 */
public final class EngineRows {
    private EngineRows() {
    }

    /**
     * {@code d} itself when its rows are in memory; else a dataset in memory with the same name and source and
     * the columns named in {@code columns} (all, when null), read from the engine.
     *
     * @throws SQLException when the engine fails
     */
    public static Dataset inMemory(Dataset d, Collection<String> columns) throws SQLException {
        return inMemory(d, columns, null);
    }

    /**
     * {@code d} itself when its rows are in memory; else a dataset in memory with the same name and source, the
     * columns named in {@code columns} (all, when null) and only the rows for which {@code where} — a condition in
     * the engine's SQL over the relation's columns, never NULL — holds (all, when null).
     *
     * @throws SQLException when the engine fails
     */
    public static Dataset inMemory(Dataset d, Collection<String> columns, String where) throws SQLException {
        if (d.engine().isEmpty()) {
            return d;
        }
        EngineTable table = d.engine().get();
        List<Column> wanted = wanted(d, columns);
        if (table.rows() > Integer.MAX_VALUE - 8) {
            throw new SQLException(d.name() + " has " + table.rows() + " rows, more than memory can hold as one table");
        }
        List<Column> read = table.engine().query(sql(d, columns, where),
                rs -> {
                    List<Object> builders = new ArrayList<>();
                    for (Column c : wanted) {
                        builders.add(switch (c.type()) {
                            case TEXT -> new TextColumn.Builder(c.name());
                            case DECIMAL -> new DoubleColumn.Builder(c.name());
                            default -> new IntColumn.Builder(c.name(), c.type());
                        });
                    }
                    while (rs.next()) {
                        for (int j = 0; j < wanted.size(); j++) {
                            add(builders.get(j), wanted.get(j).type(), rs, j + 1);
                        }
                    }
                    List<Column> out = new ArrayList<>();
                    for (Object b : builders) {
                        out.add(b instanceof TextColumn.Builder t ? t.build() : b instanceof DoubleColumn.Builder x ? x.build()
                                : ((IntColumn.Builder) b).build());
                    }
                    return out;
                });
        int rows = read.isEmpty() ? 0 : read.get(0).size();
        // rows are numbered from 1, as a Parquet file's rows are
        return new Dataset(d.name(), d.source(), rows, read, SourceLines.of(new int[] {0}, new int[] {1}));
    }

    /**
     * The query that reads the columns named in {@code columns} (all, when null) of the rows of {@code d}, an
     * engine's data, for which {@code where} holds (all, when null).
     */
    public static String sql(Dataset d, Collection<String> columns, String where) {
        EngineTable table = d.engine().orElseThrow();
        List<String> select = wanted(d, columns).stream().map(c -> table.engine().identifier(c.name())).toList();
        return "SELECT " + String.join(", ", select) + " FROM " + table.relation() + " AS t"
                + (where == null ? "" : "\nWHERE " + where);
    }

    /** The columns of {@code d} named in {@code columns}, in the data's order; the first when none is. */
    private static List<Column> wanted(Dataset d, Collection<String> columns) {
        List<Column> wanted = new ArrayList<>();
        for (Column c : d.columns()) {
            if (columns == null || columns.contains(c.name())) {
                wanted.add(c);
            }
        }
        if (wanted.isEmpty() && !d.columns().isEmpty()) {
            wanted.add(d.columns().get(0)); // the number of rows still counts
        }
        return wanted;
    }

    /**
     * {@code d} with all its rows in memory, for the small tables that are read row by row (life tables, units'
     * factors, tables of values, standard populations, data quality).
     *
     * @throws EngineFailure when the engine fails
     */
    public static Dataset all(Dataset d) {
        try {
            return inMemory(d, null);
        } catch (SQLException e) {
            throw new EngineFailure("the rows of data '" + d.name() + "' could not be read from its engine", e);
        }
    }

    private static void add(Object builder, ColumnType type, java.sql.ResultSet rs, int i) throws SQLException {
        Object v = rs.getObject(i);
        switch (type) {
            case TEXT -> {
                TextColumn.Builder t = (TextColumn.Builder) builder;
                if (v == null) {
                    t.addMissing();
                } else {
                    t.add(v.toString());
                }
            }
            case DECIMAL -> {
                DoubleColumn.Builder x = (DoubleColumn.Builder) builder;
                if (v == null) {
                    x.addMissing();
                } else {
                    x.add(((Number) v).doubleValue());
                }
            }
            default -> {
                IntColumn.Builder n = (IntColumn.Builder) builder;
                if (v == null) {
                    n.addMissing();
                } else if (type == ColumnType.DATE) {
                    n.addDate(rs.getObject(i, java.time.LocalDate.class));
                } else if (type == ColumnType.BOOLEAN) {
                    n.addBoolean(rs.getBoolean(i));
                } else {
                    long x = ((Number) v).longValue();
                    if (x <= Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
                        throw new SQLException("the whole number " + x + " is beyond what a column in memory holds");
                    }
                    n.add((int) x);
                }
            }
        }
    }
}
