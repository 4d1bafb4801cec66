package se.indikator.runtime.data;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBChunkedResult;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.DuckDBReadableVector;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads checked Parquet files through DuckDB into the column store, typed: whole numbers that fit an
 * {@code int} as INTEGER (wider ones as DECIMAL when exact, below 2^53, else an error), floating and decimal
 * numbers as DECIMAL, text and enums as TEXT (NULL, the empty string and the script's missing markers are
 * missing), BOOLEAN, DATE, and timestamps as DATE when every one is at midnight; any other type (lists,
 * structs, maps, binary, times, intervals, UUIDs …) is an error naming the column and its type, and no dataset
 * is made. The rows are read chunk by chunk with DuckDB's vector reader; row {@code r} is numbered
 * {@code r + 1} in problems.
 */
final class ParquetScan {
    private static final long INT_LIMIT = Integer.MAX_VALUE;
    private static final long EXACT_LIMIT = (1L << 53) - 1;

    /** How a Parquet column is read. */
    private enum Kind { INT, WIDE_INT, DOUBLE, TEXT, DATE, TIMESTAMP, BOOLEAN, UNSUPPORTED }

    /** A column as DuckDB describes it, and how it is read. */
    private static final class Col {
        final String name;
        final String sqlType;
        final Kind kind;
        ColumnType type;
        String select;

        Col(String name, String sqlType) {
            this.name = name;
            this.sqlType = sqlType;
            this.kind = kind(sqlType);
        }
    }

    private ParquetScan() {
    }

    static LoadResult read(List<Path> files, String display, String datasetName, ReadOptions options,
            ProgressListener progress) {
        StringBuilder source = new StringBuilder("read_parquet([");
        for (int i = 0; i < files.size(); i++) {
            source.append(i == 0 ? "" : ", ").append(DuckDb.literal(files.get(i).toAbsolutePath().toString()));
        }
        source.append("])");
        String task = "reading " + display;
        try (Connection c = DuckDb.open()) {
            return read(c, source.toString(), display, datasetName, options, progress, task);
        } catch (SQLException e) {
            return failure(display, "the Parquet data " + display + " could not be read: " + message(e),
                    "check that the file" + (files.size() == 1 ? " is" : "s are") + " complete Parquet written by one "
                            + "program, with the same columns in every file");
        } catch (LinkageError | RuntimeException e) {
            return failure(display, "Parquet cannot be read on this machine: DuckDB, which reads it, did not start ("
                    + e + ")", "save the data as CSV, or check that lib/duckdb_jdbc.jar is next to indikator.jar");
        } finally {
            progress.finished(task);
        }
    }

    private static LoadResult read(Connection c, String source, String display, String datasetName, ReadOptions options,
            ProgressListener progress, String task) throws SQLException {
        List<Col> cols = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                cols.add(new Col(rs.getString(1), rs.getString(2)));
            }
        }
        List<DataProblem> errors = new ArrayList<>();
        for (Col col : cols) {
            if (col.kind == Kind.UNSUPPORTED) {
                errors.add(problem(display, "the column '" + col.name + "' of " + display + " is of the Parquet type "
                        + col.sqlType + ", which is not read", "leave the column out or convert it to numbers, text, "
                        + "dates or true/false in the program that writes the file"));
            }
        }
        long rows = decide(c, source, cols, display, errors);
        if (!errors.isEmpty()) {
            return new LoadResult(Optional.empty(), errors);
        }
        if (rows > Integer.MAX_VALUE - 8) {
            return failure(display, display + " has " + rows + " rows, more than one table can hold ("
                    + (Integer.MAX_VALUE - 8) + ")", "split the data, or read only the rows needed");
        }
        int n = (int) rows;
        Object[] arrays = new Object[cols.size()];
        List<Dictionary> dictionaries = new ArrayList<>();
        Set<String> markers = new HashSet<>();
        for (String m : options.extraMissingMarkers()) {
            markers.add(m.toLowerCase(Locale.ROOT));
        }
        StringBuilder select = new StringBuilder("SELECT ");
        for (int j = 0; j < cols.size(); j++) {
            Col col = cols.get(j);
            select.append(j == 0 ? "" : ", ").append(col.select);
            arrays[j] = col.type == ColumnType.DECIMAL ? new double[n] : new int[n];
            dictionaries.add(col.type == ColumnType.TEXT ? new Dictionary(markers) : null);
        }
        select.append(" FROM ").append(source);
        int[] badRow = new int[cols.size()];
        java.util.Arrays.fill(badRow, -1);
        int row = 0;
        progress.progress(task, 0, n);
        DuckDBPreparedStatement ps = c.unwrap(DuckDBConnection.class).prepare(select.toString());
        try (ps; DuckDBChunkedResult result = ps.query()) {
            int chunks = 0;
            while (result.nextChunk()) {
                DuckDBDataChunkReader chunk = result.chunk();
                int m = (int) chunk.rowCount();
                if (row + (long) m > n) {
                    return failure(display, display + " changed while it was read", "read it again");
                }
                for (int j = 0; j < cols.size(); j++) {
                    DuckDBReadableVector v = chunk.vector(j);
                    if (arrays[j] instanceof double[] d) {
                        for (int i = 0; i < m; i++) {
                            double x = v.getDouble(i, Double.NaN);
                            d[row + i] = x;
                            if (Double.isInfinite(x) && badRow[j] < 0) badRow[j] = row + i;
                        }
                    } else if (dictionaries.get(j) != null) {
                        Dictionary dict = dictionaries.get(j);
                        int[] codes = (int[]) arrays[j];
                        for (int i = 0; i < m; i++) {
                            String t = v.isNull(i) ? null : v.getString(i);
                            codes[row + i] = t == null ? -1 : dict.code(t);
                        }
                    } else {
                        int[] out = (int[]) arrays[j];
                        for (int i = 0; i < m; i++) {
                            int x = v.getInt(i, IntColumn.MISSING);
                            out[row + i] = x;
                            if (x == IntColumn.MISSING && badRow[j] < 0 && !v.isNull(i)) badRow[j] = row + i;
                        }
                    }
                }
                row += m;
                if ((++chunks & 63) == 0) {
                    progress.progress(task, row, n);
                }
            }
        }
        if (row != n) {
            return failure(display, display + " changed while it was read", "read it again");
        }
        List<Column> built = new ArrayList<>(cols.size());
        for (int j = 0; j < cols.size(); j++) {
            Col col = cols.get(j);
            if (badRow[j] >= 0) {
                errors.add(problem(display, "row " + (badRow[j] + 1)
                        + " of " + display + " holds in the column '" + col.name + "' a number beyond what is read ("
                        + (col.type == ColumnType.DECIMAL ? "an infinite number" : "-2147483648") + ")",
                        "correct the value, or mark it missing (NULL)"));
            }
            built.add(switch (col.type) {
                case DECIMAL -> DoubleColumn.fromValues(col.name, (double[]) arrays[j], n);
                case TEXT -> TextColumn.fromCodes(col.name, dictionaries.get(j).labels(), (int[]) arrays[j], n);
                default -> IntColumn.fromValues(col.name, col.type, (int[]) arrays[j], n);
            });
            arrays[j] = null;
        }
        if (!errors.isEmpty()) {
            return new LoadResult(Optional.empty(), errors);
        }
        Dataset data = new Dataset(datasetName, display, n, built, SourceLines.of(new int[] {0}, new int[] {1}));
        List<DataProblem> problems = new ArrayList<>();
        if (n == 0) {
            problems.add(new DataProblem(Severity.WARNING, display, 0, 0, "", "the Parquet data " + display
                    + " has columns but no rows", "check that the program that wrote it wrote its rows"));
        }
        return new LoadResult(Optional.of(data), problems);
    }

    /** A text column's labels in the order first seen, with their codes; missing values have the code -1. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> labels = new ArrayList<>();
        private final Set<String> markers;

        Dictionary(Set<String> markers) {
            this.markers = markers;
        }

        int code(String t) {
            Integer k = codes.get(t);
            if (k == null) {
                boolean missing = t.isEmpty() || (!markers.isEmpty() && markers.contains(t.toLowerCase(Locale.ROOT)));
                k = missing ? -1 : labels.size();
                if (!missing) {
                    labels.add(t);
                }
                codes.put(t, k);
            }
            return k;
        }

        String[] labels() {
            return labels.toArray(String[]::new);
        }
    }

    /**
     * Chooses how each column is read — for wide integers by their least and greatest value, for timestamps by
     * whether any is not at midnight, found in one pass — and returns the number of rows.
     */
    private static long decide(Connection c, String source, List<Col> cols, String display, List<DataProblem> errors)
            throws SQLException {
        StringBuilder stats = new StringBuilder("SELECT count(*)");
        for (Col col : cols) {
            String q = DuckDb.identifier(col.name);
            if (col.kind == Kind.WIDE_INT) {
                stats.append(", CAST(min(").append(q).append(") AS VARCHAR), CAST(max(").append(q).append(") AS VARCHAR)");
            } else if (col.kind == Kind.TIMESTAMP) {
                String notMidnight = "CAST(" + q + " AS TIMESTAMP) <> CAST(CAST(" + q + " AS DATE) AS TIMESTAMP)";
                stats.append(", CAST(min(").append(q).append(") FILTER (WHERE ").append(notMidnight)
                        .append(") AS VARCHAR), NULL");
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(stats + " FROM " + source)) {
            rs.next();
            long rows = rs.getLong(1);
            int k = 2;
            for (Col col : cols) {
                String q = DuckDb.identifier(col.name);
                switch (col.kind) {
                    case INT -> read(col, ColumnType.INTEGER, "CAST(" + q + " AS INTEGER)");
                    case BOOLEAN -> read(col, ColumnType.BOOLEAN, "CAST(" + q + " AS INTEGER)");
                    case DOUBLE -> read(col, ColumnType.DECIMAL, "CAST(" + q + " AS DOUBLE)");
                    case TEXT -> read(col, ColumnType.TEXT, "CAST(" + q + " AS VARCHAR)");
                    case DATE -> read(col, ColumnType.DATE, "CAST(" + q + " - DATE '1970-01-01' AS INTEGER)");
                    case WIDE_INT -> {
                        String lo = rs.getString(k++);
                        String hi = rs.getString(k++);
                        BigInteger max = lo == null ? BigInteger.ZERO : new BigInteger(lo).abs().max(new BigInteger(hi).abs());
                        if (max.compareTo(BigInteger.valueOf(INT_LIMIT)) <= 0) {
                            read(col, ColumnType.INTEGER, "CAST(" + q + " AS INTEGER)");
                        } else if (max.compareTo(BigInteger.valueOf(EXACT_LIMIT)) <= 0) {
                            read(col, ColumnType.DECIMAL, "CAST(" + q + " AS DOUBLE)");
                        } else {
                            errors.add(problem(display, "the column '" + col.name + "' of " + display + " (" + col.sqlType
                                    + ") holds " + (new BigInteger(hi).abs().equals(max) ? hi : lo) + ", beyond the whole "
                                    + "numbers that are read exactly (up to 2^53 = 9007199254740992)", "if the column is "
                                    + "an identifier or a code, write it as text (VARCHAR) in the program that writes the "
                                    + "file; if it is an amount, scale it"));
                        }
                    }
                    case TIMESTAMP -> {
                        String example = rs.getString(k++);
                        k++;
                        if (example == null) {
                            read(col, ColumnType.DATE, "CAST(CAST(" + q + " AS DATE) - DATE '1970-01-01' AS INTEGER)");
                        } else {
                            errors.add(problem(display, "the column '" + col.name + "' of " + display + " holds times of "
                                    + "day (" + col.sqlType + ", e.g. " + example + "); only dates are read",
                                    "cast the column to a date in the program that writes the file (in SQL: CAST(" + col.name
                                            + " AS DATE)), or split the time into a column of its own"));
                        }
                    }
                    default -> {
                        // reported above
                    }
                }
            }
            return rows;
        }
    }

    private static void read(Col col, ColumnType type, String select) {
        col.type = type;
        col.select = select;
    }

    /** How a column of DuckDB's type {@code t} (as DESCRIBE writes it) is read. */
    private static Kind kind(String t) {
        String u = t.toUpperCase(Locale.ROOT);
        if (u.endsWith("]") || u.contains("(") && !u.startsWith("DECIMAL") && !u.startsWith("ENUM")) {
            return Kind.UNSUPPORTED;
        }
        if (u.startsWith("DECIMAL") || u.equals("FLOAT") || u.equals("DOUBLE") || u.equals("REAL")) {
            return Kind.DOUBLE;
        }
        if (u.startsWith("ENUM") || u.equals("VARCHAR")) {
            return Kind.TEXT;
        }
        if (u.startsWith("TIMESTAMP")) {
            return Kind.TIMESTAMP;
        }
        return switch (u) {
            case "TINYINT", "SMALLINT", "INTEGER", "UTINYINT", "USMALLINT" -> Kind.INT;
            case "UINTEGER", "BIGINT", "UBIGINT", "HUGEINT", "UHUGEINT" -> Kind.WIDE_INT;
            case "BOOLEAN" -> Kind.BOOLEAN;
            case "DATE" -> Kind.DATE;
            default -> Kind.UNSUPPORTED;
        };
    }

    private static DataProblem problem(String display, String message, String hint) {
        return new DataProblem(Severity.ERROR, display, 0, 0, display, message, hint);
    }

    private static LoadResult failure(String display, String message, String hint) {
        return new LoadResult(Optional.empty(), List.of(problem(display, message, hint)));
    }

    /** DuckDB's message without its type prefix and its stack of contexts. */
    private static String message(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return (nl > 0 ? m.substring(0, nl) : m).strip();
    }
}
