package se.indikator.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.EngineTranscripts;
import se.indikator.runtime.EngineTranscriptsTest;
import se.indikator.runtime.TranscriptTest;
import se.indikator.runtime.data.DuckDbSql;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;

/**
 * The conformance corpus of {@link EngineConformanceTest} with its rows in PostgreSQL: a server of the machine's
 * PostgreSQL is made and started in a temporary folder, listening only on a Unix socket there (no TCP address),
 * and reached through it by JDBC with junixsocket's socket factory, as a script names it; the rows are copied into
 * a table, and the script's tables through {@code connection … = jdbc} and {@code data … = table} must equal those
 * of the same rows read into memory, character for character; so must those of {@link EngineRowsConformanceTest},
 * whose medians, percentiles and survival read filtered rows. A connection or table that fails is an error at its
 * statement. A machine without PostgreSQL fails the test, as CI must not pass without it.
 */
class PostgresConformanceTest {
    private static Path folder;
    private static Path work;

    /** The port that names the socket file; no TCP port is opened. */
    private static final int PORT = 5432;

    /**
     * The driver's cleaner, which closes the connections of the sessions the tests leave open, once the server has
     * stopped or ended them, and would print the broken socket's stack trace for each: quiet, and held.
     */
    private static final Logger CLEANER = Logger.getLogger("org.postgresql.util.LazyCleanerImpl");

    /** The driver's socket factory for a Unix socket, given the socket file's path. */
    static final String SOCKET_FACTORY = "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg";

    @BeforeAll
    static void start() throws Exception {
        CLEANER.setLevel(Level.OFF);
        folder = Files.createTempDirectory("indikator-pg");
        work = Files.createDirectories(folder.resolve("work"));
        Path data = folder.resolve("data");
        Path bin = binaries();
        boolean root = System.getProperty("user.name").equals("root");
        if (root) {
            run(List.of("chown", "-R", "postgres", folder.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C"), root);
        // later lines of postgresql.conf override earlier ones: a socket in the folder and no TCP address
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "", "listen_addresses = ''",
                "unix_socket_directories = '" + folder.toString().replace("'", "''") + "'", "port = " + PORT, ""),
                StandardOpenOption.APPEND);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("log").toString(), "-w",
                "start"), root);
        DuckDbSql.parquet(work.resolve("people.parquet"), EngineConformanceTest.ROWS);
        EngineRowsConformanceTest.write(work);
        try (Connection duck = DuckDbSql.connect(); Connection pg = postgres()) {
            copy(duck, EngineConformanceTest.ROWS, pg, "people");
            copy(duck, EngineRowsConformanceTest.ROWS, pg, "cohort");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (folder == null) {
            return;
        }
        boolean root = System.getProperty("user.name").equals("root");
        run(List.of(binaries().resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "fast", "-w",
                "stop"), root);
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** The folder of PostgreSQL's programs: on the PATH, or where Debian puts them. */
    private static Path binaries() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.naturalOrder()).orElse(null);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new IOException("PostgreSQL (initdb, pg_ctl) is not installed; .ci/run installs Debian's postgresql");
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), () -> String.join(" ", full) + ":\n" + out);
    }

    private static Connection postgres() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        return DriverManager.getConnection(url(), props);
    }

    /** The URL of the server through its socket file, as a script writes it. */
    private static String url() {
        return url(folder.resolve(".s.PGSQL." + PORT));
    }

    private static String url(Path socket) {
        return "jdbc:postgresql://localhost/postgres?socketFactory=" + SOCKET_FACTORY + "&socketFactoryArg=" + socket;
    }

    /** Copies the rows of a query in DuckDB into a new table of PostgreSQL, with the same column types. */
    private static void copy(Connection duck, String select, Connection pg, String table) throws SQLException {
        try (Statement ds = duck.createStatement(); ResultSet rs = ds.executeQuery(select)) {
            ResultSetMetaData m = rs.getMetaData();
            List<String> defs = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                String type = switch (m.getColumnTypeName(i)) {
                    case "TINYINT", "SMALLINT" -> "smallint";
                    case "INTEGER" -> "integer";
                    case "BIGINT" -> "bigint";
                    case "DOUBLE" -> "double precision";
                    case "DATE" -> "date";
                    case "BOOLEAN" -> "boolean";
                    default -> "text";
                };
                defs.add("\"" + m.getColumnLabel(i) + "\" " + type);
                marks.add("?");
            }
            try (Statement ps = pg.createStatement()) {
                ps.execute("CREATE TABLE " + table + " (" + String.join(", ", defs) + ")");
            }
            try (PreparedStatement ins = pg.prepareStatement("INSERT INTO " + table + " VALUES (" + String.join(", ", marks) + ")")) {
                while (rs.next()) {
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof java.sql.Date || m.getColumnTypeName(i).equals("DATE")) {
                            ins.setObject(i, v == null ? null : rs.getObject(i, java.time.LocalDate.class));
                        } else {
                            ins.setObject(i, v);
                        }
                    }
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        }
    }

    private static String render(String script) {
        Session session = new Session(work);
        session.catalog().settings(session.catalog().settings().withColumns("all"));
        return Transcript.render(session, "s.ind", script);
    }

    private static String tables(String suppress, boolean inPostgres) {
        String script = String.format(EngineConformanceTest.DECLARATIONS, suppress, "read") + EngineConformanceTest.SHOWS;
        String read = "data p = read \"people.parquet\"";
        String here = "connection pg = jdbc \"" + url() + "\" user \"postgres\"; data p = table \"public.people\" from pg";
        String out = render(inPostgres ? script.replace(read, here) : script);
        assertFalse(out.contains("error["), out);
        // the rows of a table have no lines, so a warning about them names the data without one
        return out.replace(here, read).replace("#> public.people:", "#> people.parquet:")
                .replaceAll("(?m)^#> people\\.parquet:\\d+:\\d+:", "#> people.parquet:");
    }

    /** Every transcript, and every example, with each file it reads as a table of the server. */
    @TestFactory
    Stream<DynamicTest> transcriptsAndExamplesGiveTheirOutputWithTheirDataInPostgresql(@TempDir Path tmp) {
        String connect = "connection pg_engine = jdbc \"" + url() + "\" user \"postgres\"";
        EngineTranscripts.TableLoader load = (parquet, table) -> {
            try (Connection duck = DuckDbSql.connect(); Connection pg = postgres()) {
                copy(duck, "SELECT * FROM read_parquet('" + parquet.toString().replace("'", "''") + "')", pg, table);
            }
        };
        return Stream.concat(
                EngineTranscripts.inTables(TranscriptTest.DIR, "PostgreSQL", connect, "pg_engine", load).tests(tmp.resolve("t")),
                EngineTranscripts.inTables(EngineTranscriptsTest.EXAMPLES, "PostgreSQL", connect, "pg_engine", load)
                        .tests(tmp.resolve("e")));
    }

    @Test
    void aTableInPostgresqlGivesTheTablesOfItsRowsInMemory() {
        String memory = tables("set suppress none", false);
        assertTrue(memory.contains("Västra Götaland"), memory);
        assertEquals(memory, tables("set suppress none", true));
        assertEquals(tables("set suppress below 5", false), tables("set suppress below 5", true));
    }

    @Test
    void whatNeedsTheRowsOfATableInPostgresqlGivesTheTablesOfItsRowsInMemory() {
        EngineRowsConformanceTest.assertSameAsInMemory(work,
                "connection pg = jdbc \"" + url() + "\" user \"postgres\"; data p = table \"public.cohort\" from pg");
    }

    @Test
    void aConnectionOrTableThatFailsIsAnErrorAtItsStatement() {
        RunResult r = new Session(work).run(new SourceFile("s.ind", String.join("\n",
                "connection pg = jdbc \"" + url() + "\" user \"postgres\"",
                "data absent = table \"public.nothing\" from pg",
                "data elsewhere = table \"public.people\" from other",
                "connection secret = jdbc \"" + url() + "\" user \"postgres\" password env \"INDIKATOR_NO_SUCH_VARIABLE\"",
                "connection closed = jdbc \"" + url(folder.resolve("absent").resolve(".s.PGSQL." + PORT)) + "\"")));
        List<String> codes = r.diagnostics().stream().map(d -> d.code() + "@" + d.span().line()).toList();
        assertEquals(List.of("E602@2", "E602@3", "E601@4", "E601@5"), codes, r.diagnostics().toString());
        assertNotNull(r.diagnostics().get(0).hint());
        // a socket file that is not there is said so, in the system's words, with no stack trace
        String closed = r.diagnostics().get(3).message();
        assertTrue(closed.endsWith("could not be opened: The connection attempt failed: No such file or directory"), closed);
    }

    @Test
    void theServerListensOnlyOnItsSocket() throws SQLException {
        try (Connection pg = postgres(); Statement s = pg.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('listen_addresses'), inet_server_addr() IS NULL")) {
            assertTrue(rs.next());
            assertEquals("", rs.getString(1));
            assertTrue(rs.getBoolean(2), "the connection is not through a Unix socket");
        }
    }

    @Test
    void anEngineThatStopsAnsweringIsAnErrorAtTheStatementThatAskedIt() throws SQLException {
        Session session = new Session(work);
        String here = "connection gone = jdbc \"" + url() + "\" user \"postgres\"; data p = table \"public.people\" from gone";
        String script = String.format(EngineConformanceTest.DECLARATIONS, "set suppress none", "read")
                .replace("data p = read \"people.parquet\"", here);
        assertFalse(session.run(new SourceFile("s.ind", script)).hasErrors());
        try (Connection pg = postgres(); Statement s = pg.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = 'postgres'");
        }
        RunResult r = session.run(new SourceFile("t.ind", "show died_share by region"));
        List<String> codes = r.diagnostics().stream().map(d -> d.code()).distinct().toList();
        assertEquals(List.of("E600"), codes, r.diagnostics().toString());
        assertEquals(1, r.diagnostics().get(0).span().line());
    }
}
