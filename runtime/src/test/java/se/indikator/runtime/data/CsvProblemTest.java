package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.indikator.runtime.data.CsvTestFiles.read;
import static se.indikator.runtime.data.CsvTestFiles.write;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems: malformed rows, unterminated quotes, bad headers, missing and empty files. */
class CsvProblemTest {

    @TempDir
    Path dir;

    @Test
    void malformedRowsAreReportedWithPositionAndSkipped() throws IOException {
        String csv = "a;b;c\n"
                + "1;2;3\n"
                + "4;5\n"            // line 3: too few
                + "6;7;8;9\n"        // line 4: too many
                + "10;11;12\n";
        LoadResult r = read(write(dir, "m.csv", csv));
        assertTrue(r.hasErrors());
        Dataset d = r.dataset().orElseThrow();
        assertEquals(2, d.rowCount());
        assertEquals(5, d.sourceLine(1));
        assertEquals(10, ((IntColumn) d.column("a").orElseThrow()).get(1));
        List<DataProblem> p = r.errors();
        assertEquals(2, p.size());
        DataProblem few = p.get(0);
        assertEquals("m.csv", few.file());
        assertEquals(3, few.line());
        assertEquals(4, few.column());
        assertEquals("4;5", few.offendingText());
        assertEquals("row has 2 fields, the header has 3", few.message());
        assertFalse(few.hint().isEmpty());
        DataProblem many = p.get(1);
        assertEquals(4, many.line());
        assertEquals(7, many.column());
        assertEquals("row has 4 fields, the header has 3", many.message());
    }

    @Test
    void columnCountsCharactersNotBytesAndLongLinesAreShortened() throws IOException {
        String longText = "å".repeat(100);
        LoadResult r = read(write(dir, "m.csv", "a;b\nÅÄÖ;x;y\n" + longText + "\n"));
        DataProblem first = r.errors().get(0);
        assertEquals(7, first.column());   // "y" is the 7th character (the 10th byte)
        DataProblem second = r.errors().get(1);
        assertEquals(3, second.line());
        assertEquals(80, second.offendingText().length());
        assertTrue(second.offendingText().endsWith("..."));
    }

    @Test
    void decimalCommasInCommaFileGetASpecificHint() throws IOException {
        LoadResult r = read(write(dir, "m.csv", "a,b\n1,2\n3,4,5\n"));
        DataProblem p = r.errors().get(0);
        assertEquals(3, p.line());
        assertTrue(p.hint().contains("decimal commas"), p.hint());
    }

    @Test
    void multiLineRowProblemIsOnTheRightLine() throws IOException {
        LoadResult r = read(write(dir, "m.csv", "a;b\n\"x\ny\";1;2\n3;4\n"));
        DataProblem p = r.errors().get(0);
        assertEquals(3, p.line());
        assertEquals(6, p.column());
        assertEquals("y\";1;2", p.offendingText());
        assertEquals(4, r.dataset().orElseThrow().sourceLine(0));
    }

    @Test
    void unterminatedQuoteIsReportedAndReadingContinues() throws IOException {
        LoadResult r = read(write(dir, "m.csv", "a;b\n1;x\n2;\"oops\n3;y\n4;z\n"));
        assertEquals(1, r.errors().size(), r.problems().toString());
        DataProblem p = r.errors().get(0);
        assertEquals(3, p.line());
        assertEquals(3, p.column());
        assertTrue(p.message().contains("not closed"));
        Dataset d = r.dataset().orElseThrow();
        assertEquals(3, d.rowCount());
        assertEquals("y", d.column("b").orElseThrow().format(1));
        assertEquals(4, d.sourceLine(1));
        assertEquals(5, d.sourceLine(2));
    }

    @Test
    void problemListIsCapped() throws IOException {
        StringBuilder sb = new StringBuilder("a;b\n");
        for (int i = 0; i < 70; i++) sb.append("1;2;3\n").append("4;5\n");
        LoadResult r = read(write(dir, "m.csv", sb.toString()));
        assertEquals(ProblemLog.MAX + 1, r.problems().size());
        DataProblem last = r.problems().get(ProblemLog.MAX);
        assertEquals("and 20 more problems", last.message());
        assertEquals(Severity.ERROR, last.severity());
        assertEquals(70, r.dataset().orElseThrow().rowCount());
        assertEquals(2 + 69 * 2 + 1, r.dataset().orElseThrow().sourceLine(69));
    }

    @Test
    void duplicateAndEmptyHeaderNamesAreErrors() throws IOException {
        LoadResult r = read(write(dir, "h.csv", "region;antal;region;\nA;1;B;2\n"));
        assertTrue(r.dataset().isEmpty());
        List<DataProblem> p = r.errors();
        assertEquals(2, p.size());
        assertEquals(1, p.get(0).line());
        assertEquals(14, p.get(0).column());
        assertTrue(p.get(0).message().contains("'region' occurs twice"));
        assertEquals(21, p.get(1).column());
        assertTrue(p.get(1).message().contains("column 4 has no name"));
    }

    @Test
    void missingFileSuggestsSimilarNames() throws IOException {
        write(dir, "regioner_2023.csv", "a\n1\n");
        write(dir, "Regioner_2022.tsv", "a\n1\n");
        write(dir, "annat.txt", "a\n1\n");
        LoadResult r = CsvReader.read(dir.resolve("regioner_2024.csv"), "data/regioner_2024.csv", ReadOptions.defaults());
        assertTrue(r.dataset().isEmpty());
        DataProblem p = r.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(0, p.line());
        assertEquals("data/regioner_2024.csv", p.file());
        assertTrue(p.message().contains("file not found"));
        assertEquals("did you mean Regioner_2022.tsv, regioner_2023.csv?", p.hint());
    }

    @Test
    void missingFileWithoutSimilarNamesListsTheFolder() throws IOException {
        write(dir, "befolkning.csv", "a\n1\n");
        LoadResult r = CsvReader.read(dir.resolve("xyz.csv"), "xyz.csv", ReadOptions.defaults());
        assertTrue(r.problems().get(0).hint().contains("befolkning.csv"), r.problems().get(0).hint());
    }

    @Test
    void emptyFileAndHeaderOnlyFile() throws IOException {
        LoadResult empty = read(write(dir, "e.csv", ""));
        assertTrue(empty.dataset().isEmpty());
        assertTrue(empty.errors().get(0).message().contains("is empty"));
        LoadResult blank = read(write(dir, "b.csv", "\n\r\n"));
        assertTrue(blank.errors().get(0).message().contains("is empty"));
        LoadResult header = read(write(dir, "h.csv", "a;b\n"));
        assertFalse(header.hasErrors());
        assertEquals(0, header.dataset().orElseThrow().rowCount());
        assertEquals(List.of("a", "b"), header.dataset().orElseThrow().columnNames());
        assertTrue(header.problems().get(0).message().contains("no data rows"));
    }

    @Test
    void latin1ResourceFileReadsCompletely() throws URISyntaxException {
        Path p = Path.of(getClass().getResource("/data/regioner_latin1.csv").toURI());
        assertTrue(Files.exists(p));
        LoadResult r = CsvReader.read(p, "regioner_latin1.csv", ReadOptions.defaults());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Dataset d = r.dataset().orElseThrow();
        assertEquals("regioner_latin1", d.name());
        assertEquals("regioner_latin1.csv", d.source());
        assertEquals(ColumnType.TEXT, d.column("lan").orElseThrow().type());
        assertEquals("Jämtland Härjedalen", d.column("region").orElseThrow().format(2));
        assertEquals(ColumnType.INTEGER, d.column("antal").orElseThrow().type());
        assertEquals(ColumnType.DECIMAL, d.column("andel").orElseThrow().type());
        tech.tablesaw.api.Table t = d.toTable();
        assertEquals("Örebro", t.stringColumn("region").get(3));
        assertEquals(9.75, t.doubleColumn("andel").get(1));
        assertTrue(t.intColumn("antal").isMissing(2));
        String described = d.describe().render();
        assertTrue(described.contains("antal  integer  missing 1  range 40 .. 120"), described);
    }
}
