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
import se.indikator.runtime.data.EngineModule;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;

/**
 * The conformance corpus of {@link EngineConformanceTest} on Spark {@code local[2]}, one Spark session for the
 * whole test: its Parquet file scanned by Spark where it lies ({@code scan … on}) and the same rows as a view of
 * the session ({@code table … from}), each giving the printed tables of the same rows read into memory, character
 * for character; so do the medians, percentiles, survival and frequency columns of {@link EngineRowsConformanceTest},
 * whose conditions Spark applies before the rows cross and whose long lists of values it looks up as a relation; the
 * SQL sent is Spark's, and what cannot be used is an error at its statement.
 */
class SparkConformanceTest {
    @TempDir
    static Path dir;

    private static final String CONNECT = "connection s = spark \"local[2]\"";

    @BeforeAll
    static void data() throws SQLException, java.io.IOException {
        Path file = dir.resolve("people.parquet").toAbsolutePath();
        DuckDbSql.parquet(file, EngineConformanceTest.ROWS);
        EngineModule spark = EngineModule.find("spark").orElseThrow();
        spark.connect("local[2]").query("CREATE OR REPLACE TEMPORARY VIEW people AS SELECT * FROM " + spark.files(file.toString()),
                rs -> null);
        EngineRowsConformanceTest.write(dir);
    }

    @Test
    void whatNeedsTheRowsOfFilesScannedBySparkGivesTheTablesOfTheirRowsInMemory() {
        EngineRowsConformanceTest.assertSameAsInMemory(dir, CONNECT + "; data p = scan \"cohort.parquet\" on s");
    }

    @Test
    void filesScannedBySparkGiveTheTablesOfTheirRowsInMemory() {
        EngineConformanceTest.assertSameAsInMemory(dir, CONNECT + "; data p = scan \"people.parquet\" on s");
    }

    @Test
    void aViewOfSparkGivesTheTablesOfItsRowsInMemory() {
        EngineConformanceTest.assertSameAsInMemory(dir, CONNECT + "; data p = table \"people\" from s");
    }

    @Test
    void theSqlSentIsSparks() {
        Session session = new Session(dir);
        String script = String.format(EngineConformanceTest.DECLARATIONS, "set suppress none", "read")
                .replace(EngineConformanceTest.READ, CONNECT + "; data p = scan \"people.parquet\" on s");
        assertFalse(session.run(new SourceFile("s.ind", script)).hasErrors());
        String plan = session.explain("died_share by age15");
        assertTrue(plan.contains("query on s over p"), plan);
        String sql = session.sql("treatable by era");
        assertTrue(sql.startsWith("-- on s, data p:"), sql);
        assertTrue(sql.contains("COALESCE(`died`, FALSE)") || sql.contains("`cause`"), sql);
        assertTrue(sql.contains("datediff("), sql);
    }

    @Test
    void whatSparkCannotUseIsAnErrorAtItsStatement() {
        RunResult r = new Session(dir).run(new SourceFile("s.ind", String.join("\n",
                CONNECT,
                "data absent = scan \"absent/*.parquet\" on s",
                "data nothing = table \"nowhere\" from s",
                "connection other = spark \"local[3]\"")));
        List<String> codes = r.diagnostics().stream().map(x -> x.code() + "@" + x.span().line()).toList();
        assertEquals(List.of("E131@2", "E602@3", "E601@4"), codes, r.diagnostics().toString());
        r.diagnostics().forEach(x -> assertTrue(x.hint() != null && !x.hint().isBlank(), x::toString));
    }
}
