package se.indikator.runtime.data;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An in-process DuckDB database for reading and writing Parquet, opened only when such a file is read or
 * written: this is the one class (with {@code ParquetScan} and the Parquet writer) that names DuckDB, so a run
 * that reads only CSV never loads DuckDB's classes nor extracts its native library. The database lives in
 * memory, uses every core, keeps its memory within a share of what the JVM leaves free, never downloads an
 * extension and spills (if ever) to the system's temporary folder.
 */
public final class DuckDb {
    private static final long MB = 1L << 20;
    private static final long KIB = 1L << 10;

    private DuckDb() {
    }

    /** A new connection to a private in-memory database, configured as the class says. */
    public static Connection open() throws SQLException {
        return open(memoryLimit());
    }

    /** A new connection to a private in-memory database that uses at most {@code memoryBytes} of memory. */
    public static Connection open(long memoryBytes) throws SQLException {
        return configured(new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties()), memoryBytes);
    }

    /**
     * A new connection, only for reading, to the DuckDB database file {@code file}, which uses at most
     * {@code memoryBytes} of memory ({@code 0}: the share of the machine's memory the class describes).
     */
    public static Connection openFile(Path file, long memoryBytes) throws SQLException {
        Properties read = new Properties();
        read.setProperty("duckdb.read_only", "true");
        Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), read);
        return configured(c, memoryBytes > 0 ? memoryBytes : memoryLimit());
    }

    private static Connection configured(Connection c, long memoryBytes) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
            s.execute("SET threads = " + Math.max(1, Runtime.getRuntime().availableProcessors()));
            s.execute("SET memory_limit = '" + Math.max(1, memoryBytes / KIB) + "KiB'");
            s.execute("SET preserve_insertion_order = true");
            s.execute("SET temp_directory = " + literal(Path.of(System.getProperty("java.io.tmpdir"), "indikator-duckdb")
                    .toString()));
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * DuckDB's memory limit: half of what the machine has beyond the JVM's largest heap, at least 256 MB and at
     * most 16 GB (the data itself goes to the JVM's heap; DuckDB only needs room for its row groups in flight).
     */
    static long memoryLimit() {
        long physical = 8L << 30;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        long free = physical - Runtime.getRuntime().maxMemory();
        return Math.max(256 * MB, Math.min(free / 2, 16L << 30));
    }

    /** {@code text} as an SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@code name} as a quoted SQL identifier. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
