package se.indikator.runtime.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What sends an engine its SQL and hands the rows of each answer to a reader: a JDBC connection, or an engine's own
 * API (Spark's, from its module, {@link EngineModule}).
 */
public interface EngineDriver extends AutoCloseable {
    /** Runs a query and has {@code reader} read its rows, which are closed after it. */
    <T> T query(String sql, Engine.Rows<T> reader) throws SQLException;

    @Override
    void close() throws SQLException;

    /** The driver that sends each query through a statement of {@code connection}. */
    static EngineDriver jdbc(Connection connection) {
        return new EngineDriver() {
            @Override
            public <T> T query(String sql, Engine.Rows<T> reader) throws SQLException {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    return reader.read(rs);
                }
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }
}
