package se.indikator.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.BinaryCache;
import se.indikator.runtime.data.CacheFolder;
import se.indikator.runtime.data.DuckDbSql;
import se.indikator.runtime.data.ReadOptions;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;

/**
 * The same data as CSV, as one Parquet file and as a pattern of Parquet files (all made by DuckDB's own SQL)
 * gives the same indicator values through the language; Parquet goes through the binary cache, keyed by the
 * content of every matched file.
 */
class ParquetThroughLanguageTest {
    private static final String PERSONS = """
            SELECT CASE i % 4 WHEN 0 THEN 'Skåne' WHEN 1 THEN 'Västra Götaland' WHEN 2 THEN 'Örebro' ELSE NULL END AS region,
                   CASE WHEN i % 3 = 0 THEN '0180' ELSE '1280' END AS kommun,
                   1 + i % 2 AS sex, (i * 7) % 100 AS age, (i % 13 = 0) AS died,
                   DATE '1930-01-01' + (i * 37 % 30000)::INTEGER AS born, (i % 5)::DECIMAL(10,2) / 4 AS weight,
                   1000000 + i AS id
            FROM range(FROM_ROW, TO_ROW) t(i)""";

    private static final String SCRIPT = """
            set language en
            set suppress none
            data p = read "%s"
            indicator died "Died" {
                numerator   count(*) from p where died and born < "1960-01-01"
                denominator count(*) from p where born < "1960-01-01"
                measure     percent
            }
            indicator heavy "Weight" {
                numerator   sum(weight) from p where age >= 40
                denominator count(*) from p where age >= 40
                measure     rate per 100
            }
            export died by region to "died_%s.csv"
            export died by kommun to "kommun_%s.csv"
            export heavy by region to "heavy_%s.csv"
            """;

    @TempDir
    Path dir;

    private void persons(Path file, int from, int to, String format) throws SQLException {
        DuckDbSql.run("COPY (" + PERSONS.replace("FROM_ROW", String.valueOf(from)).replace("TO_ROW", String.valueOf(to)) + ") TO '"
                + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT " + format + ")");
    }

    private List<String> run(String path, String tag) throws IOException {
        RunResult r = new Session(dir).run(new SourceFile("s.ind", String.format(SCRIPT, path, tag, tag, tag)));
        assertFalse(r.hasErrors(), () -> DiagnosticPrinter.formatAll(r.diagnostics()));
        return List.of(Files.readString(dir.resolve("died_" + tag + ".csv")), Files.readString(dir.resolve("kommun_" + tag + ".csv")),
                Files.readString(dir.resolve("heavy_" + tag + ".csv")));
    }

    @Test
    void csvParquetAndAPatternGiveTheSameIndicators() throws IOException, SQLException {
        persons(dir.resolve("persons.csv"), 0, 5000, "csv");
        persons(dir.resolve("persons.parquet"), 0, 5000, "parquet");
        Files.createDirectories(dir.resolve("parts"));
        persons(dir.resolve("parts/a.parquet"), 0, 1700, "parquet");
        persons(dir.resolve("parts/b.parquet"), 1700, 3100, "parquet");
        persons(dir.resolve("parts/c.parquet"), 3100, 5000, "parquet");
        List<String> csv = run("persons.csv", "csv");
        assertTrue(csv.get(0).contains("Skåne") && csv.get(1).contains("0180"), csv.get(0) + csv.get(1));
        assertEquals(csv, run("persons.parquet", "one"));
        assertEquals(csv, run("parts/*.parquet", "glob"));
    }

    @Test
    void aPatternsFilesAreCachedByTheirContent() throws IOException, SQLException {
        Path parts = Files.createDirectories(dir.resolve("parts"));
        // random numbers do not compress: the files are above the 1 MB from which Parquet is cached
        String noise = "SELECT i AS id, random() AS x, random() AS y FROM range(%d, %d) t(i)";
        DuckDbSql.parquet(parts.resolve("a.parquet"), String.format(noise, 0, 60_000));
        DuckDbSql.parquet(parts.resolve("b.parquet"), String.format(noise, 60_000, 120_000));
        CacheFolder folder = new CacheFolder(dir.resolve("cache"), CacheFolder.DEFAULT_MAX_BYTES);
        Session s = new Session(dir);
        s.cacheFolder(Optional.of(folder));
        String script = "data n = read \"parts/*.parquet\"\n";
        assertFalse(s.run(new SourceFile("c.ind", script)).hasErrors());
        assertEquals(1, folder.entries().size(), "the pattern's data is cached");
        String key = BinaryCache.key(List.of(parts.resolve("a.parquet"), parts.resolve("b.parquet")), ReadOptions.defaults());
        assertEquals(folder.entry(key), folder.entries().get(0));

        // the cache is what is read the next time: a planted entry under the same key is taken
        var planted = se.indikator.runtime.data.Dataset.builder("n").ints("planted", 1, 2, 3).build();
        BinaryCache.write(folder.entry(key), key, new se.indikator.runtime.data.LoadResult(Optional.of(planted), List.of()));
        Session again = new Session(dir);
        again.cacheFolder(Optional.of(folder));
        RunResult r = again.run(new SourceFile("c.ind", script + "data m = read \"parts/*.parquet\"\n"));
        assertFalse(r.hasErrors());
        assertEquals(List.of("planted"), DataLoader.load(parts.resolve("*.parquet"), "parts/*.parquet", ReadOptions.defaults(),
                se.indikator.runtime.progress.ProgressListener.NONE, Optional.of(folder)).dataset().orElseThrow().columnNames());

        // the key is the files' content in order, not their paths; changing a file changes it
        Path moved = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(parts.resolve("a.parquet"), moved.resolve("x.parquet"));
        Files.copy(parts.resolve("b.parquet"), moved.resolve("y.parquet"));
        assertEquals(key, BinaryCache.key(List.of(moved.resolve("x.parquet"), moved.resolve("y.parquet")), ReadOptions.defaults()));
        assertNotEquals(key, BinaryCache.key(List.of(moved.resolve("y.parquet"), moved.resolve("x.parquet")), ReadOptions.defaults()));
        DuckDbSql.parquet(parts.resolve("b.parquet"), String.format(noise, 60_000, 120_001));
        assertNotEquals(key, BinaryCache.key(List.of(parts.resolve("a.parquet"), parts.resolve("b.parquet")), ReadOptions.defaults()));
        assertEquals(3, DataLoader.load(parts.resolve("*.parquet"), "parts/*.parquet", ReadOptions.defaults(),
                se.indikator.runtime.progress.ProgressListener.NONE, Optional.of(folder)).dataset().orElseThrow().columnNames().size());
        assertEquals(2, folder.entries().size());
    }
}
