package se.indikator.runtime.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the rows of a dataset lie when an engine holds them: the engine, the relation that names them in its SQL
 * (a table, or a query over files that already reads an empty text as missing) and the number of rows. The
 * distinct values of a column are asked once and kept.
 */
public final class EngineTable {
    private final Engine engine;
    private final String relation;
    private final long rows;
    private final boolean located;
    private final Map<String, List<Object>> distinct = new ConcurrentHashMap<>();

    public EngineTable(Engine engine, String relation, long rows) {
        this(engine, relation, rows, false);
    }

    EngineTable(Engine engine, String relation, long rows, boolean located) {
        this.engine = Objects.requireNonNull(engine);
        this.relation = Objects.requireNonNull(relation);
        this.rows = rows;
        this.located = located;
    }

    /**
     * Whether the relation names files by their absolute paths (a {@code scan} read by a DuckDB of its own), so that
     * it means the same rows in any engine of the same dialect, not only in this one.
     */
    public boolean located() {
        return located;
    }

    /** The engine that holds the rows. */
    public Engine engine() {
        return engine;
    }

    /** The relation as it is written after {@code FROM}. */
    public String relation() {
        return relation;
    }

    /** The number of rows. */
    public long rows() {
        return rows;
    }

    /**
     * The distinct values, not missing, of an SQL expression over the rows (a column as the engine names it, or a
     * computation of one): text as {@code String}, numbers as {@code Number}.
     *
     * @throws SQLException when the engine fails
     */
    public List<Object> distinct(String expression) throws SQLException {
        List<Object> known = distinct.get(expression);
        if (known != null) {
            return known;
        }
        String sql = "SELECT DISTINCT x FROM (SELECT " + expression + " AS x FROM " + relation + " AS t) AS d WHERE x IS NOT NULL";
        List<Object> values = engine.query(sql, rs -> {
            List<Object> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getObject(1));
            }
            return out;
        });
        List<Object> kept = java.util.Collections.unmodifiableList(values);
        distinct.put(expression, kept);
        return kept;
    }

    /** The distinct values, not missing, of a column as {@link #distinct} gives them. */
    public List<Object> distinctOfColumn(String column) throws SQLException {
        return distinct(engine.identifier(column));
    }

    /** The same rows with some columns renamed ({@code renames}: old name → new name), all columns named. */
    EngineTable renamed(Map<String, String> renames, List<String> columns) {
        List<String> select = new ArrayList<>();
        for (String c : columns) {
            String to = renames.getOrDefault(c, c);
            select.add(engine.identifier(c) + " AS " + engine.identifier(to));
        }
        return new EngineTable(engine, "(SELECT " + String.join(", ", select) + " FROM " + relation + " AS r)", rows,
                located);
    }
}
