package se.indikator.engines.spark;

import java.sql.SQLException;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import se.indikator.runtime.data.Engine;
import se.indikator.runtime.data.EngineDriver;

/**
 * Sends SQL to the process's Spark session and hands the collected rows of each answer to the reader as a result
 * set ({@link SparkRows}). Loaded in {@link SparkClassLoader}. The session is made by the first connection, with
 * the master it names, dates as {@code java.time.LocalDate}, the time zone UTC and no web interface; a later
 * connection to another master is refused, since a process runs one Spark session. Closing a connection leaves
 * the session to the other connections; it ends with the process.
 */
public final class SparkDriver implements EngineDriver {
    private static SparkSession session;
    private final SparkSession spark;

    public SparkDriver(String master) throws SQLException {
        this.spark = session(master);
    }

    private static synchronized SparkSession session(String master) throws SQLException {
        if (session != null) {
            String running = session.sparkContext().master();
            if (!running.equals(master)) {
                throw new SQLException("this process already runs Spark at " + running + ", and a process runs one Spark session");
            }
            return session;
        }
        try {
            session = SparkSession.builder().master(master).appName("indikator")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .config("spark.sql.ansi.enabled", "false")
                    .config("spark.sql.warehouse.dir", java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                            "indikator-spark-warehouse").toUri().toString())
                    .getOrCreate();
        } catch (RuntimeException e) {
            throw new SQLException(firstLine(e.getMessage()), e);
        }
        session.sparkContext().setLogLevel("ERROR");
        return session;
    }

    @Override
    public <T> T query(String sql, Engine.Rows<T> reader) throws SQLException {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(SparkDriver.class.getClassLoader());
        try {
            org.apache.spark.sql.Dataset<Row> answer = spark.sql(sql);
            List<Row> rows = answer.collectAsList();
            return reader.read(SparkRows.of(answer.schema(), rows));
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) { // Spark's AnalysisException is checked, though no Scala method declares it
            throw new SQLException(firstLine(e.getMessage()), e);
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Override
    public void close() {
        // the session serves the process's other connections
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "Spark gave no reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
