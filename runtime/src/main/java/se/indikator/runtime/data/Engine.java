package se.indikator.runtime.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A connection to an SQL engine that keeps data where they lie and answers queries: its name in the script, the
 * dialect it speaks ({@code duckdb}, {@code postgresql}, {@code spark}) and the driver that sends it SQL, used by
 * one query at a time. The few words of SQL that the schema's own queries write differently by dialect — how an
 * identifier is quoted and the name of the text type — are here; those of compiled passes are the SQL dialect's.
 */
public final class Engine implements AutoCloseable {
    private final String name;
    private final String dialect;
    private final EngineDriver driver;

    public Engine(String name, String dialect, Connection connection) {
        this(name, dialect, EngineDriver.jdbc(Objects.requireNonNull(connection)));
    }

    public Engine(String name, String dialect, EngineDriver driver) {
        this.name = Objects.requireNonNull(name);
        this.dialect = Objects.requireNonNull(dialect);
        this.driver = Objects.requireNonNull(driver);
    }

    /** What reads a query's rows. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** The engine's name as the script knows it. */
    public String name() {
        return name;
    }

    /** The name of the SQL dialect the engine speaks. */
    public String dialect() {
        return dialect;
    }

    /** {@code id} as a quoted identifier of the engine's SQL: backquoted for Spark, in double quotes elsewhere. */
    public String identifier(String id) {
        String q = dialect.equals("spark") ? "`" : "\"";
        return q + id.replace(q, q + q) + q;
    }

    /** The name of the engine's text type, for a cast to text. */
    public String textType() {
        return dialect.equals("spark") ? "STRING" : "VARCHAR";
    }

    /** Runs a query and reads its rows; one query at a time. */
    public synchronized <T> T query(String sql, Rows<T> reader) throws SQLException {
        return driver.query(sql, reader);
    }

    @Override
    public synchronized void close() throws SQLException {
        driver.close();
    }

    @Override
    public String toString() {
        return "Engine[" + name + ", " + dialect + "]";
    }
}
