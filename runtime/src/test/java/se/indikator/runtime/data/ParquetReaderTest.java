package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Parquet files made by another program (DuckDB's own SQL, not indikator's code) are read into typed columns
 * with their values, missing values and problems; a pattern reads its files in order.
 */
class ParquetReaderTest {
    @TempDir
    Path dir;

    private LoadResult read(String path) {
        return DataReader.read(dir.resolve(path), path, ReadOptions.defaults(), ProgressListener.NONE);
    }

    private static String messages(LoadResult r) {
        return String.join("\n", r.problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void typedColumnsWithTheirValues() throws SQLException {
        DuckDbSql.parquet(dir.resolve("p.parquet"), """
                SELECT * FROM (VALUES
                  (1, 'Skåne', '0180', DATE '2024-01-15', 7::BIGINT, 5000000000::BIGINT, 12.34::DECIMAL(10,2), 0.1::DOUBLE,
                   true, TIMESTAMP '2024-02-29 00:00:00', 3::SMALLINT, 1.5::FLOAT),
                  (2, 'Västra Götaland', '1280', DATE '1931-06-30', NULL, -9007199254740991::BIGINT, NULL, 1e300::DOUBLE,
                   false, NULL, -300::SMALLINT, NULL),
                  (3, NULL, NULL, NULL, -2147483647::BIGINT, NULL, -0.05::DECIMAL(10,2), NULL, NULL,
                   TIMESTAMP '1970-01-01 00:00:00', NULL, 2.0::FLOAT),
                  (4, 'Örebro', '', DATE '2024-01-15', 2147483647::BIGINT, 0::BIGINT, 99999999.99::DECIMAL(10,2), -0.0::DOUBLE,
                   true, TIMESTAMP '2000-12-31', 0::SMALLINT, 0.0::FLOAT)
                ) t(id, region, kommun, born, n, big, amount, rate, flag, day, small, f)""");
        LoadResult r = read("p.parquet");
        assertTrue(r.problems().isEmpty(), messages(r));
        Dataset d = r.dataset().orElseThrow();
        assertEquals("p", d.name());
        assertEquals("p.parquet", d.source());
        assertEquals(4, d.rowCount());
        assertEquals(List.of("id", "region", "kommun", "born", "n", "big", "amount", "rate", "flag", "day", "small", "f"),
                d.columnNames());
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.TEXT, ColumnType.TEXT, ColumnType.DATE, ColumnType.INTEGER,
                ColumnType.DECIMAL, ColumnType.DECIMAL, ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE,
                ColumnType.INTEGER, ColumnType.DECIMAL), d.columns().stream().map(Column::type).toList());
        TextColumn region = (TextColumn) d.column("region").orElseThrow();
        assertEquals("Skåne", region.get(0));
        assertEquals("Västra Götaland", region.get(1));
        assertTrue(region.isMissing(2));
        assertEquals("Örebro", region.get(3));
        TextColumn kommun = (TextColumn) d.column("kommun").orElseThrow();
        assertEquals("0180", kommun.get(0), "a code keeps its leading zero");
        assertTrue(kommun.isMissing(2));
        assertTrue(kommun.isMissing(3), "the empty text is missing, as in CSV");
        IntColumn born = (IntColumn) d.column("born").orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 15).toEpochDay(), born.get(0));
        assertEquals(LocalDate.of(1931, 6, 30).toEpochDay(), born.get(1));
        assertTrue(born.isMissing(2));
        IntColumn n = (IntColumn) d.column("n").orElseThrow();
        assertEquals(7, n.get(0));
        assertTrue(n.isMissing(1));
        assertEquals(-2147483647, n.get(2));
        assertEquals(2147483647, n.get(3));
        DoubleColumn big = (DoubleColumn) d.column("big").orElseThrow();
        assertEquals(5e9, big.get(0));
        assertEquals(-9007199254740991.0, big.get(1));
        assertTrue(big.isMissing(2));
        DoubleColumn amount = (DoubleColumn) d.column("amount").orElseThrow();
        assertEquals(12.34, amount.get(0));
        assertTrue(amount.isMissing(1));
        assertEquals(-0.05, amount.get(2));
        assertEquals(99999999.99, amount.get(3));
        DoubleColumn rate = (DoubleColumn) d.column("rate").orElseThrow();
        assertEquals(0.1, rate.get(0));
        assertEquals(1e300, rate.get(1));
        assertEquals(1, d.column("rate").orElseThrow().missingCount());
        IntColumn flag = (IntColumn) d.column("flag").orElseThrow();
        assertEquals(1, flag.get(0));
        assertEquals(0, flag.get(1));
        assertTrue(flag.isMissing(2));
        IntColumn day = (IntColumn) d.column("day").orElseThrow();
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), day.get(0));
        assertEquals(0, day.get(2));
        assertEquals(LocalDate.of(2000, 12, 31).toEpochDay(), day.get(3));
        assertEquals(-300, ((IntColumn) d.column("small").orElseThrow()).get(1));
        assertEquals(1.5, ((DoubleColumn) d.column("f").orElseThrow()).get(0));
        assertEquals(1, d.sourceLine(0), "rows are numbered from 1");
        assertEquals(4, d.sourceLine(3));
    }

    @Test
    void columnsOfOtherTypesAreErrorsNamingThemAndNoDatasetIsMade() throws SQLException {
        DuckDbSql.parquet(dir.resolve("bad.parquet"), """
                SELECT 1 AS id, [1, 2] AS codes, TIMESTAMP '2024-01-15 13:45:00' AS at,
                       9007199254740993::BIGINT AS huge, {'a': 1} AS s, TIME '12:00' AS t, 'x'::BLOB AS b""");
        LoadResult r = read("bad.parquet");
        assertTrue(r.dataset().isEmpty());
        String all = messages(r);
        assertEquals(6, r.errors().size(), all);
        assertTrue(all.contains("'codes'") && all.contains("INTEGER[]"), all);
        assertTrue(all.contains("'at'") && all.contains("2024-01-15 13:45:00") && all.contains("CAST(at AS DATE)"), all);
        assertTrue(all.contains("'huge'") && all.contains("9007199254740993"), all);
        assertTrue(all.contains("'s'") && all.contains("STRUCT"), all);
        assertTrue(all.contains("'t'") && all.contains("TIME"), all);
        assertTrue(all.contains("'b'") && all.contains("BLOB"), all);
        assertFalse(all.contains("'id'"), all);
    }

    @Test
    void aPatternReadsEveryMatchedFileInOrder() throws SQLException, IOException {
        Path events = Files.createDirectories(dir.resolve("events"));
        DuckDbSql.parquet(events.resolve("2024.parquet"), "SELECT 2024 AS year, 'Örebro' AS region FROM range(3)");
        DuckDbSql.parquet(events.resolve("2023.parquet"), "SELECT 2023 AS year, 'Skåne' AS region FROM range(2)");
        Files.writeString(events.resolve("readme.txt"), "not data");
        LoadResult r = read("events/*.parquet");
        assertTrue(r.problems().isEmpty(), messages(r));
        Dataset d = r.dataset().orElseThrow();
        assertEquals("events", d.name());
        assertEquals(5, d.rowCount());
        IntColumn year = (IntColumn) d.column("year").orElseThrow();
        assertEquals(List.of(2023, 2023, 2024, 2024, 2024), java.util.stream.IntStream.range(0, 5).map(year::get).boxed().toList());
        assertEquals("Skåne", ((TextColumn) d.column("region").orElseThrow()).get(0));
        assertEquals(List.of("events/2023.parquet", "events/2024.parquet"),
                ParquetReader.files(dir.resolve("events/*.parquet"), "events/*.parquet").names());
    }

    @Test
    void aPatternThatMatchesNothingOrSomethingElseIsAnErrorNamingIt() throws SQLException, IOException {
        Path events = Files.createDirectories(dir.resolve("events"));
        DuckDbSql.parquet(events.resolve("a.parquet"), "SELECT 1 AS x");
        LoadResult none = read("events/*.pq");
        assertTrue(none.dataset().isEmpty());
        assertTrue(messages(none).contains("no file matches events/*.pq"), messages(none));
        Files.writeString(events.resolve("b.parquet"), "x,y\n1,2\n");
        LoadResult other = read("events/*.parquet");
        assertTrue(other.dataset().isEmpty());
        assertTrue(messages(other).contains("events/b.parquet") && messages(other).contains("is not a Parquet file"),
                messages(other));
        assertTrue(read("nowhere/*.parquet").hasErrors());
    }

    @Test
    void aFileWithoutRowsIsAWarning() throws SQLException {
        DuckDbSql.parquet(dir.resolve("empty.parquet"), "SELECT 1 AS x, 'a' AS y WHERE false");
        LoadResult r = read("empty.parquet");
        Dataset d = r.dataset().orElseThrow();
        assertEquals(0, d.rowCount());
        assertEquals(List.of("x", "y"), d.columnNames());
        assertEquals(1, r.problems().size());
        assertFalse(r.hasErrors());
        assertTrue(messages(r).contains("no rows"), messages(r));
    }

    @Test
    void theScriptsMissingMarkersApplyToText() throws SQLException {
        DuckDbSql.parquet(dir.resolve("m.parquet"), "SELECT * FROM (VALUES ('a'), ('Uppgift saknas'), ('b')) t(v)");
        LoadResult r = DataReader.read(dir.resolve("m.parquet"), "m.parquet",
                ReadOptions.defaults().withMissingMarkers("uppgift saknas"), ProgressListener.NONE);
        TextColumn v = (TextColumn) r.dataset().orElseThrow().column("v").orElseThrow();
        assertTrue(v.isMissing(1));
        assertEquals(List.of("a", "b"), v.labels());
    }
}
