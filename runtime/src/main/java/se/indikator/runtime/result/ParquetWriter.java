package se.indikator.runtime.result;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import se.indikator.runtime.data.DuckDb;

/**
 * Writes a {@link ResultTable} as a Parquet file through DuckDB (loaded only when a table is written so): a
 * column whose every cell is a number (or blank) as DOUBLE at full precision, every other column as VARCHAR,
 * blank cells as NULL; the table's title and footnotes (one per line) as the file's key-value metadata
 * {@code title} and {@code footnotes}. The file is written beside its place and moved there when complete.
 */
public final class ParquetWriter {
    private ParquetWriter() {
    }

    /** Writes {@code table} to {@code file}, replacing it. */
    public static void write(ResultTable table, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Connection c = DuckDb.open()) {
                boolean[] numeric = numericColumns(table);
                create(c, table, numeric);
                append(c, table, numeric);
                try (Statement s = c.createStatement()) {
                    s.execute("COPY result TO " + DuckDb.literal(tmp.toString()) + " (FORMAT parquet, KV_METADATA {title: "
                            + DuckDb.literal(table.title() == null ? "" : table.title()) + ", footnotes: "
                            + DuckDb.literal(String.join("\n", table.footnotes())) + "})");
                }
            } catch (SQLException e) {
                throw new IOException("the table could not be written as Parquet: " + e.getMessage(), e);
            } catch (LinkageError e) {
                throw new IOException("Parquet cannot be written on this machine: DuckDB, which writes it, did not start ("
                        + e + ")", e);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Which columns hold only numbers and blanks. */
    static boolean[] numericColumns(ResultTable table) {
        boolean[] numeric = new boolean[table.columns().size()];
        java.util.Arrays.fill(numeric, true);
        for (List<Object> row : table.rows()) {
            for (int j = 0; j < numeric.length; j++) {
                Object v = row.get(j);
                if (v != null && !(v instanceof Double)) {
                    numeric[j] = false;
                }
            }
        }
        return numeric;
    }

    private static void create(Connection c, ResultTable table, boolean[] numeric) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE result (");
        for (int j = 0; j < numeric.length; j++) {
            sql.append(j == 0 ? "" : ", ").append(DuckDb.identifier(table.columns().get(j)))
                    .append(numeric[j] ? " DOUBLE" : " VARCHAR");
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql.append(")").toString());
        }
    }

    private static void append(Connection c, ResultTable table, boolean[] numeric) throws SQLException {
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "result")) {
            for (List<Object> row : table.rows()) {
                a.beginRow();
                for (int j = 0; j < numeric.length; j++) {
                    Object v = row.get(j);
                    if (v == null) {
                        a.appendNull();
                    } else if (numeric[j]) {
                        a.append(((Double) v).doubleValue());
                    } else {
                        a.append(v.toString());
                    }
                }
                a.endRow();
            }
            a.flush();
        }
    }
}
