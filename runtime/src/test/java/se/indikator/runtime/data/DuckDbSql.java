package se.indikator.runtime.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Runs SQL in a DuckDB of the test's own, straight through JDBC and not through indikator's code: the tests
 * make Parquet files with it as another program would, and read indikator's Parquet back with it.
 */
public final class DuckDbSql {
    private DuckDbSql() {
    }

    /** A new in-memory database. */
    public static Connection connect() throws SQLException {
        return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    }

    /** Runs the statements in one new database. */
    public static void run(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Writes the rows of {@code select} to {@code file} as Parquet. */
    public static void parquet(Path file, String select) throws SQLException {
        run("COPY (" + select + ") TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
    }
}
