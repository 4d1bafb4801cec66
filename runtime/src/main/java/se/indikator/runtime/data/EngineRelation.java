package se.indikator.runtime.data;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A relation an engine holds (a table, or a table function over files) as a dataset whose rows stay there: its
 * columns typed from the engine's description of them (whole numbers, decimals, text, dates, true/false; any other
 * type is an error naming the column), text read through {@code NULLIF(…, '')} so that an empty text is missing
 * as every reader has it (unless its values are known and none is empty), the dictionaries of text columns with at most {@link #DICTIONARY_LIMIT} values, and the
 * number of rows.
 */
public final class EngineRelation {
    /** The most distinct values of a text column that the schema keeps as its dictionary. */
    public static final int DICTIONARY_LIMIT = 10_000;

    private EngineRelation() {
    }

    /** A column as the engine describes it: its name, its type's name, its type in the language (null: not read). */
    private record Described(String name, String sqlType, ColumnType type) {
    }

    /**
     * The dataset named {@code name} over {@code from} (as written after {@code FROM}); {@code display} names it in
     * problems.
     *
     * @throws SQLException when the engine fails
     */
    public static LoadResult open(Engine engine, String from, String display, String name) throws SQLException {
        return open(engine, from, display, name, false);
    }

    /**
     * As {@link #open(Engine, String, String, String)}; {@code located}: {@code from} names files by their absolute
     * paths, so it means the same rows in any engine of the dialect ({@link EngineTable#located}).
     */
    static LoadResult open(Engine engine, String from, String display, String name, boolean located) throws SQLException {
        List<Described> cols = engine.query("SELECT * FROM " + from + " AS t LIMIT 0", rs -> {
            ResultSetMetaData m = rs.getMetaData();
            List<Described> out = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                out.add(new Described(m.getColumnLabel(i), m.getColumnTypeName(i), type(m.getColumnType(i), m.getColumnTypeName(i))));
            }
            return out;
        });
        List<DataProblem> errors = new ArrayList<>();
        List<String> select = new ArrayList<>();
        java.util.Map<String, Dictionary> dictionaries = new java.util.HashMap<>();
        for (Described col : cols) {
            String id = engine.identifier(col.name());
            if (col.type() == ColumnType.TEXT) {
                dictionaries.put(col.name(), dictionary(engine, from, "CAST(" + id + " AS " + engine.textType() + ")"));
            }
            if (col.type() == null) {
                errors.add(new DataProblem(Severity.ERROR, display, 0, 0, col.name(), "the column '" + col.name() + "' of "
                        + display + " is of the type " + col.sqlType() + ", which is not read",
                        "leave the column out, or convert it to numbers, text, dates or true/false where the data are made"));
            } else if (col.type() == ColumnType.TEXT && dictionaries.get(col.name()).mayBeEmpty()) {
                select.add("NULLIF(CAST(" + id + " AS " + engine.textType() + "), '') AS " + id);
            } else if (col.type() == ColumnType.TEXT) { // no empty text among its values: nothing to make missing
                select.add("CAST(" + id + " AS " + engine.textType() + ") AS " + id);
            } else {
                select.add(id);
            }
        }
        if (!errors.isEmpty()) {
            return new LoadResult(Optional.empty(), errors);
        }
        String relation = "(SELECT " + String.join(", ", select) + " FROM " + from + " AS f)";
        long rows = engine.query("SELECT COUNT(*) FROM " + relation + " AS t", rs -> {
            rs.next();
            return rs.getLong(1);
        });
        EngineTable table = new EngineTable(engine, relation, rows, located);
        List<Column> schema = new ArrayList<>();
        for (Described col : cols) {
            schema.add(switch (col.type()) {
                case TEXT -> TextColumn.fromCodes(col.name(), dictionaries.get(col.name()).values(), new int[0], 0);
                case DECIMAL -> DoubleColumn.fromValues(col.name(), new double[0], 0);
                default -> IntColumn.fromValues(col.name(), col.type(), new int[0], 0);
            });
        }
        return new LoadResult(Optional.of(Dataset.inEngine(name, display, schema, table)), List.of());
    }

    /**
     * A text column's values other than the empty text when there are at most {@link #DICTIONARY_LIMIT} (else none),
     * and whether the empty text may be among them (it is, or the values were too many to know).
     */
    private record Dictionary(String[] values, boolean mayBeEmpty) {
    }

    /** The dictionary of the text {@code value} (an expression of the relation {@code from}'s columns). */
    private static Dictionary dictionary(Engine engine, String from, String value) throws SQLException {
        List<String> values = engine.query("SELECT DISTINCT " + value + " AS v FROM " + from + " AS f WHERE " + value
                + " IS NOT NULL LIMIT " + (DICTIONARY_LIMIT + 2), rs -> {
                    List<String> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                });
        boolean empty = values.remove("");
        if (values.size() > DICTIONARY_LIMIT) {
            return new Dictionary(new String[0], true);
        }
        return new Dictionary(values.stream().sorted().toArray(String[]::new), empty);
    }

    /** The language's type of a JDBC column type, or null when the language does not read it. */
    static ColumnType type(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> ColumnType.INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> ColumnType.DECIMAL;
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR -> ColumnType.TEXT;
            case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
            case Types.DATE -> ColumnType.DATE;
            default -> byName(typeName);
        };
    }

    /** Types that a driver reports as "other": DuckDB's wide and unsigned integers, its enums, PostgreSQL's text. */
    private static ColumnType byName(String typeName) {
        String t = typeName == null ? "" : typeName.toUpperCase(java.util.Locale.ROOT);
        if (t.equals("HUGEINT") || t.startsWith("U") && t.endsWith("INT") || t.equals("UTINYINT")) {
            return ColumnType.INTEGER;
        }
        if (t.startsWith("ENUM") || t.equals("TEXT")) {
            return ColumnType.TEXT;
        }
        return null;
    }
}
