package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader: detection, types, narrow storage, quoting, encodings and positioned problems. */
class CsvReaderBehaviourTest {
    @TempDir
    Path dir;

    private LoadResult read(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return CsvReader.read(f, name, ReadOptions.defaults());
    }

    private Dataset ok(String text) throws IOException {
        LoadResult r = read("t.csv", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.problems().stream().noneMatch(DataProblem::isError), r.problems().toString());
        return r.dataset().orElseThrow();
    }

    @Test
    void detectsCommaSemicolonAndTab() throws IOException {
        assertEquals(List.of("a", "b"), ok("a,b\n1,2\n").columnNames());
        assertEquals(List.of("a", "b"), ok("a;b\n1;2\n").columnNames());
        assertEquals(List.of("a", "b"), ok("a\tb\n1\t2\n").columnNames());
    }

    @Test
    void readsDecimalCommasWithSemicolons() throws IOException {
        Dataset d = ok("region;rate\nSkåne;12,5\nÖrebro;3\n");
        DoubleColumn rate = (DoubleColumn) d.column("rate").orElseThrow();
        assertEquals(12.5, rate.get(0));
        assertEquals(3.0, rate.get(1));
    }

    @Test
    void keepsLeadingZeroCodesAsText() throws IOException {
        Dataset d = ok("region_code,n\n01,5\n03,7\n25,9\n");
        TextColumn code = (TextColumn) d.column("region_code").orElseThrow();
        assertEquals("01", code.label(code.code(0)));
        assertEquals(ColumnType.INTEGER, d.column("n").orElseThrow().type());
    }

    @Test
    void latin1AndUtf8KeepSwedishLetters() throws IOException {
        String text = "region;n\nVästra Götaland;1\nJämtland Härjedalen;2\nÖrebro;3\nSkåne;4\n";
        for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
            Dataset d = read("r.csv", text.getBytes(cs)).dataset().orElseThrow();
            TextColumn region = (TextColumn) d.column("region").orElseThrow();
            assertEquals("Västra Götaland", region.format(0), cs.name());
            assertEquals("Jämtland Härjedalen", region.format(1), cs.name());
            assertEquals("Örebro", region.format(2), cs.name());
            assertEquals("Skåne", region.format(3), cs.name());
        }
    }

    @Test
    void infersEveryType() throws IOException {
        Dataset d = ok("i,x,day,flag,t\n1,1.5,2024-01-31,true,a\n-2,2,2023-12-01,FALSE,b\n");
        assertEquals(ColumnType.INTEGER, d.column("i").orElseThrow().type());
        assertEquals(ColumnType.DECIMAL, d.column("x").orElseThrow().type());
        assertEquals(ColumnType.DATE, d.column("day").orElseThrow().type());
        assertEquals(ColumnType.BOOLEAN, d.column("flag").orElseThrow().type());
        assertEquals(ColumnType.TEXT, d.column("t").orElseThrow().type());
        assertEquals("2024-01-31", d.column("day").orElseThrow().format(0));
        assertEquals(0, ((IntColumn) d.column("flag").orElseThrow()).get(1));
    }

    @Test
    void missingMarkersAreMissing() throws IOException {
        Dataset d = ok("a,b\n1,x\nNA,\n.,NULL\n4,y\n");
        IntColumn a = (IntColumn) d.column("a").orElseThrow();
        assertEquals(2, a.missingCount());
        assertEquals(IntColumn.MISSING, a.get(1));
        assertEquals(2, d.column("b").orElseThrow().missingCount());
    }

    @Test
    void storesCodesInTheNarrowestArray() throws IOException {
        StringBuilder sb = new StringBuilder("small,big,label\n");
        for (int i = 0; i < 300; i++) {
            sb.append(i % 100).append(',').append(i * 1000).append(",L").append(i).append('\n');
        }
        Dataset d = ok(sb.toString());
        assertEquals(8, ((IntColumn) d.column("small").orElseThrow()).storageBits());
        assertEquals(32, ((IntColumn) d.column("big").orElseThrow()).storageBits());
        assertEquals(16, ((TextColumn) d.column("label").orElseThrow()).storageBits());
        assertEquals(8, TextColumn.of("s", "a", "b").storageBits());
    }

    @Test
    void quotedFieldsWithSeparatorsQuotesAndNewlinesKeepTheirLines() throws IOException {
        Dataset d = ok("name,n\n\"Smith, J\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\nlast,4\n");
        TextColumn name = (TextColumn) d.column("name").orElseThrow();
        assertEquals("Smith, J", name.format(0));
        assertEquals("say \"hi\"", name.format(1));
        assertEquals("two\nlines", name.format(2));
        assertEquals(4, d.sourceLine(2));
        assertEquals(6, d.sourceLine(3));
    }

    @Test
    void malformedRowsAreReportedWithLineAndColumnAndReadingGoesOn() throws IOException {
        LoadResult r = read("bad.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n".getBytes(StandardCharsets.UTF_8));
        List<DataProblem> errors = r.problems().stream().filter(DataProblem::isError).toList();
        assertEquals(2, errors.size(), r.problems().toString());
        assertEquals(3, errors.get(0).line());
        assertEquals("row has 2 fields, the header has 3", errors.get(0).message());
        assertEquals("4,5", errors.get(0).offendingText());
        assertEquals(4, errors.get(1).line());
        assertEquals(7, errors.get(1).column());
        assertEquals(2, r.dataset().orElseThrow().rowCount());
    }

    @Test
    void missingFileSuggestsSimilarNames() throws IOException {
        Files.writeString(dir.resolve("deaths.csv"), "a\n1\n");
        LoadResult r = CsvReader.read(dir.resolve("death.csv"), "death.csv", ReadOptions.defaults());
        assertFalse(r.dataset().isPresent());
        assertEquals("file not found: death.csv", r.problems().get(0).message());
        assertEquals("did you mean deaths.csv?", r.problems().get(0).hint());
    }

    @Test
    void duplicateHeaderAndEmptyFileAreErrors() throws IOException {
        assertTrue(read("d.csv", "a,a\n1,2\n".getBytes(StandardCharsets.UTF_8)).problems().get(0).message()
                .contains("the column name 'a' occurs twice in the header"));
        assertEquals("the file e.csv is empty", read("e.csv", new byte[0]).problems().get(0).message());
    }

    @Test
    void tablesawCopyKeepsTypesAndMissing() throws IOException {
        Dataset d = ok("r,n,x\nA,1,1.5\nB,,2.5\n");
        tech.tablesaw.api.Table t = d.toTable();
        assertEquals(2, t.rowCount());
        assertEquals("A", t.stringColumn("r").get(0));
        assertTrue(t.intColumn("n").isMissing(1));
        assertEquals(2.5, t.doubleColumn("x").get(1));
    }
}
