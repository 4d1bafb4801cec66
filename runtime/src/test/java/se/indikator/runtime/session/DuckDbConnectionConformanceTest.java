package se.indikator.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.DuckDbSql;
import se.indikator.runtime.data.Engine;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;

/**
 * The conformance corpus of {@link EngineConformanceTest} through a DuckDB database file: its rows in a table of
 * the file ({@code connection … = duckdb}, {@code data … = table … from}) and its Parquet file scanned by the
 * file's engine ({@code scan … on}), each giving the printed tables of the same rows read into memory, character
 * for character; {@code set engine memory} is the memory DuckDB is given, and each statement that cannot be used
 * is an error at the words that are wrong.
 */
class DuckDbConnectionConformanceTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void data() throws SQLException {
        DuckDbSql.parquet(dir.resolve("people.parquet"), EngineConformanceTest.ROWS);
        Path file = dir.resolve("register.duckdb").toAbsolutePath();
        DuckDbSql.run("ATTACH '" + file.toString().replace("'", "''") + "' AS register",
                "CREATE TABLE register.people AS " + EngineConformanceTest.ROWS, "DETACH register");
    }

    @Test
    void aTableOfADuckDbFileGivesTheTablesOfItsRowsInMemory() {
        EngineConformanceTest.assertSameAsInMemory(dir,
                "connection d = duckdb \"register.duckdb\"; data p = table \"people\" from d");
    }

    @Test
    void filesScannedOnADuckDbConnectionGiveTheTablesOfTheirRowsInMemory() {
        EngineConformanceTest.assertSameAsInMemory(dir,
                "connection d = duckdb \"register.duckdb\"; data p = scan \"people.parquet\" on d");
    }

    @Test
    void theMemoryLimitIsTheOneDuckDbIsGiven() throws SQLException {
        Session session = new Session(dir);
        String script = String.join("\n", "set engine memory \"300MiB\"", "data s = scan \"people.parquet\"",
                "connection d = duckdb \"register.duckdb\"", "data t = table \"people\" from d",
                "set engine memory \"2 GiB\"", "data u = scan \"people.parquet\"");
        assertFalse(session.run(new SourceFile("m.ind", script)).hasErrors());
        long mib = 1L << 20;
        assertEquals(300 * mib, limit(session, "s"));
        assertEquals(300 * mib, limit(session, "t"));
        assertEquals(2048 * mib, limit(session, "u"));
        assertEquals(1_500_000_000L, EngineMemory.bytes("1,5 gb"));
        assertEquals(EngineConformanceTest.tablesWith(dir, "set suppress none", EngineConformanceTest.READ),
                EngineConformanceTest.tablesWith(dir, "set suppress none",
                        "set engine memory \"200MB\"; data p = scan \"people.parquet\""));
    }

    /** The memory limit, in bytes, of the engine that holds a dataset's rows, as DuckDB reports it. */
    private static long limit(Session session, String data) throws SQLException {
        Engine engine = session.catalog().data(data).orElseThrow().engine().orElseThrow().engine();
        return engine.query("SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'", rs -> {
            rs.next();
            return EngineMemory.bytes(rs.getString(1));
        });
    }

    @Test
    void aStatementThatCannotBeUsedIsAnErrorWhereItIsWrong() {
        RunResult r = new Session(dir).run(new SourceFile("s.ind", String.join("\n",
                "connection nofile = duckdb \"absent.duckdb\"",
                "connection notduck = duckdb \"people.parquet\"",
                "connection pg = jdbc \"jdbc:postgresql://127.0.0.1:1/postgres\"",
                "data a = scan \"people.parquet\" on pg",
                "data b = scan \"people.parquet\" on elsewhere",
                "data c = scan \"people.parquet\" on nofile",
                "set engine memory \"plenty\"",
                "set engine memory \"10MB\"")));
        List<String> codes = r.diagnostics().stream().map(x -> x.code() + "@" + x.span().line() + ":" + x.span().column())
                .toList();
        assertEquals(List.of("E603@1:28", "E603@2:29", "E601@3:1", "E604@4:35", "E602@5:35", "E602@6:35", "E605@7:19",
                "E605@8:19"), codes, r.diagnostics().toString());
        r.diagnostics().forEach(x -> assertTrue(x.hint() != null && !x.hint().isBlank(), x::toString));
    }
}
