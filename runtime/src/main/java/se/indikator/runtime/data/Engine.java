package se.indikator.runtime.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A connection to an SQL engine that keeps data where they lie and answers queries: its name in the script, the
 * dialect it speaks ({@code duckdb}, {@code postgresql}) and one JDBC connection, used by one query at a time.
 */
public final class Engine implements AutoCloseable {
    private final String name;
    private final String dialect;
    private final Connection connection;

    public Engine(String name, String dialect, Connection connection) {
        this.name = Objects.requireNonNull(name);
        this.dialect = Objects.requireNonNull(dialect);
        this.connection = Objects.requireNonNull(connection);
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

    /** Runs a query and reads its rows; one query at a time. */
    public synchronized <T> T query(String sql, Rows<T> reader) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }

    @Override
    public String toString() {
        return "Engine[" + name + ", " + dialect + "]";
    }
}
