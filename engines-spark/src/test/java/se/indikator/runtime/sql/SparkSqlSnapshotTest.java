package se.indikator.runtime.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.DuckDbSql;
import se.indikator.runtime.data.EngineModule;

/**
 * The reviewed SQL of Spark's dialect ({@code sql/spark.sql}, kept and checked by the runtime's
 * {@code PassSqlSnapshotTest}) is SQL that Spark {@code local[2]} runs, and over the same rows it answers what the
 * reviewed SQL of DuckDB answers in DuckDB: bands at their edges, a case with missing text, a list, {@code not
 * between}, a date and a weight over missing values.
 */
class SparkSqlSnapshotTest {
    private static final String ROWS = """
            SELECT
              CASE WHEN i % 23 = 0 THEN NULL ELSE (i * 7) % 110 - 5 END AS age,
              CASE i % 5 WHEN 0 THEN 'Skåne' WHEN 1 THEN 'Örebro' WHEN 2 THEN '' WHEN 3 THEN NULL ELSE 'Gotland' END AS region,
              ['I21', 'C50', 'K35', 'E11', NULL][1 + i % 5] AS cause,
              CASE WHEN i % 19 = 0 THEN NULL ELSE (i % 9) * 0.25 END::DOUBLE AS cost,
              CASE WHEN i % 17 = 0 THEN NULL ELSE DATE '2019-12-28' + (i % 9)::INTEGER END AS visit,
              CASE WHEN i % 13 = 0 THEN NULL ELSE i % 3 = 0 END AS died
            FROM range(0, 3000) t(i)""";

    @TempDir
    Path dir;

    @Test
    void sparksReviewedSqlRunsAndAnswersAsDuckDbsDoes() throws Exception {
        Path file = dir.resolve("people.parquet").toAbsolutePath();
        DuckDbSql.parquet(file, ROWS);
        String from = "FROM people AS t";
        String spark = reviewed("spark").replace(from, "FROM snapshot_people AS t");
        String duck = reviewed("duckdb").replace(from, "FROM read_parquet('" + file.toString().replace("'", "''") + "') AS t");
        assertTrue(spark.contains("snapshot_people") && duck.contains("read_parquet"), "the reviewed SQL reads " + from);
        List<String> inDuckDb;
        try (Connection c = DuckDbSql.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(duck)) {
            inDuckDb = rows(rs);
        }
        EngineModule module = EngineModule.find("spark").orElseThrow();
        var engine = module.connect("local[2]");
        engine.query("CREATE OR REPLACE TEMPORARY VIEW snapshot_people AS SELECT * FROM " + module.files(file.toString()),
                rs -> null);
        List<String> inSpark = engine.query(spark, SparkSqlSnapshotTest::rows);
        assertTrue(inDuckDb.size() > 5, inDuckDb::toString);
        assertEquals(String.join("\n", inDuckDb), String.join("\n", inSpark));
    }

    private static String reviewed(String dialect) throws IOException {
        try (InputStream in = SparkSqlSnapshotTest.class.getResourceAsStream("/sql/" + dialect + ".sql")) {
            assertNotNull(in, "sql/" + dialect + ".sql is not among the runtime's test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each row as its values, numbers as doubles (engines type their sums differently). */
    private static List<String> rows(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                row.add(v == null ? "null" : v instanceof Number x ? Double.toString(x.doubleValue()) : v.toString());
            }
            out.add(String.join(" | ", row));
        }
        return out;
    }
}
