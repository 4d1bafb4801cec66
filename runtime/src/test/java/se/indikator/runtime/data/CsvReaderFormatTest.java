package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.indikator.runtime.data.CsvTestFiles.readOk;
import static se.indikator.runtime.data.CsvTestFiles.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separators, decimal marks, encodings and quoting. */
class CsvReaderFormatTest {

    @TempDir
    Path dir;

    @Test
    void detectsComma() throws IOException {
        Dataset d = readOk(write(dir, "a.csv", "region,antal,andel\nSkåne,12,0.5\nÖrebro,7,1.25\n"));
        assertEquals(List.of("region", "antal", "andel"), d.columnNames());
        assertEquals(ColumnType.DECIMAL, d.column("andel").orElseThrow().type());
        assertEquals(1.25, ((DoubleColumn) d.column("andel").orElseThrow()).get(1));
    }

    @Test
    void detectsSemicolonAndDecimalComma() throws IOException {
        Dataset d = readOk(write(dir, "a.csv", "region;antal;andel\nSkåne;12;12,5\nÖrebro;7;0,25\n"));
        assertEquals(3, d.columns().size());
        DoubleColumn andel = (DoubleColumn) d.column("andel").orElseThrow();
        assertEquals(12.5, andel.get(0));
        assertEquals(0.25, andel.get(1));
        assertEquals(ColumnType.INTEGER, d.column("antal").orElseThrow().type());
    }

    @Test
    void detectsTab() throws IOException {
        Dataset d = readOk(write(dir, "a.tsv", "region\tantal\tandel\nSkåne\t12\t3,5\nGotland\t1\t2\n"));
        assertEquals(List.of("region", "antal", "andel"), d.columnNames());
        assertEquals(3.5, ((DoubleColumn) d.column("andel").orElseThrow()).get(0));
    }

    @Test
    void tieBetweenCommaAndSemicolonGoesToSemicolonWithDecimalCommas() throws IOException {
        // both separators occur once per line; the data has decimal commas, so ';' wins
        Dataset d = readOk(write(dir, "a.csv", "a,b;c\n1,5;2\n2,5;3\n"));
        assertEquals(List.of("a,b", "c"), d.columnNames());
        assertEquals(1.5, ((DoubleColumn) d.column("a,b").orElseThrow()).get(0));
    }

    @Test
    void commaSeparatorNeverReadsUnquotedDecimalCommas() throws IOException {
        Dataset d = readOk(write(dir, "a.csv", "x,y\n\"1,5\",2\n3,4\n"));
        // "1,5" quoted in a comma file is text unless the decimal mark is given
        assertEquals(ColumnType.TEXT, d.column("x").orElseThrow().type());
        LoadResult r = CsvReader.read(dir.resolve("a.csv"), "a.csv", ReadOptions.defaults().withDecimalMark(','));
        assertEquals(1.5, ((DoubleColumn) r.dataset().orElseThrow().column("x").orElseThrow()).get(0));
    }

    @Test
    void explicitSeparatorOverridesDetection() throws IOException {
        Path p = write(dir, "a.csv", "a;b,c\n1;2,3\n");
        Dataset d = CsvReader.read(p, "a.csv", ReadOptions.defaults().withSeparator(',')).dataset().orElseThrow();
        assertEquals(List.of("a;b", "c"), d.columnNames());
    }

    private static final String SWEDISH = "region;antal\nVästra Götaland;1\nJämtland Härjedalen;2\nÖrebro;3\nSkåne;4\n";

    @Test
    void readsUtf8WithSwedishLetters() throws IOException {
        Dataset d = readOk(write(dir, "u.csv", SWEDISH, StandardCharsets.UTF_8));
        assertRegions(d);
    }

    @Test
    void readsIso88591WithSwedishLetters() throws IOException {
        Dataset d = readOk(write(dir, "l.csv", SWEDISH, StandardCharsets.ISO_8859_1));
        assertRegions(d);
    }

    @Test
    void stripsByteOrderMark() throws IOException {
        Dataset d = readOk(write(dir, "b.csv", "\uFEFF" + SWEDISH, StandardCharsets.UTF_8));
        assertEquals("region", d.columnNames().get(0));
        assertRegions(d);
    }

    @Test
    void explicitEncodingIsUsed() throws IOException {
        Path p = write(dir, "l.csv", SWEDISH, StandardCharsets.ISO_8859_1);
        LoadResult r = CsvReader.read(p, "l.csv", ReadOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1));
        assertRegions(r.dataset().orElseThrow());
    }

    private static void assertRegions(Dataset d) {
        TextColumn region = (TextColumn) d.column("region").orElseThrow();
        assertEquals(List.of("Västra Götaland", "Jämtland Härjedalen", "Örebro", "Skåne"), region.labels());
    }

    @Test
    void quotedFieldsWithSeparatorQuoteAndNewlineKeepSourceLines() throws IOException {
        String csv = "id;kommentar;n\r\n"
                + "1;\"a;b\";10\r\n"
                + "2;\"rad ett\r\nrad två\";20\r\n"
                + "3;\"säger \"\"hej\"\"\";30\r\n"
                + "\r\n"
                + "4;vanlig;40\r\n";
        Dataset d = readOk(write(dir, "q.csv", csv));
        TextColumn k = (TextColumn) d.column("kommentar").orElseThrow();
        assertEquals("a;b", k.format(0));
        assertEquals("rad ett\r\nrad två", k.format(1));
        assertEquals("säger \"hej\"", k.format(2));
        assertEquals("vanlig", k.format(3));
        assertEquals(4, d.rowCount());
        assertEquals(2, d.sourceLine(0));
        assertEquals(3, d.sourceLine(1));
        assertEquals(5, d.sourceLine(2));
        assertEquals(7, d.sourceLine(3));
        assertEquals(40, ((IntColumn) d.column("n").orElseThrow()).get(3));
    }

    @Test
    void headerNamesAreTrimmedAndQuotedNamesAllowed() throws IOException {
        Dataset d = readOk(write(dir, "h.csv", " region ;\"antal; totalt\"\nA;1\n"));
        assertEquals(List.of("region", "antal; totalt"), d.columnNames());
    }

    @Test
    void fileWithoutFinalNewlineAndSmallBufferBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder("a;b\n");
        for (int i = 0; i < 5000; i++) sb.append("\"x").append(i).append("\n y\";").append(i).append('\n');
        sb.append("last;1");
        Dataset d = readOk(write(dir, "big.csv", sb.toString()));
        assertEquals(5001, d.rowCount());
        assertEquals(2 + 2 * 4999, d.sourceLine(4999));
        assertEquals("last", d.column("a").orElseThrow().format(5000));
        assertTrue(d.sourceLine(5000) > d.sourceLine(4999));
    }

    @Test
    void tinyBufferGivesTheSameResultAcrossChunkBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder("namn;n;x\r\n");
        for (int i = 0; i < 300; i++) {
            sb.append("\"Väst\"\"ra\r\nGötaland ").append(i % 7).append("\";").append(i).append(';').append(i).append(",5\r\n");
        }
        Path p = write(dir, "t.csv", sb.toString());
        Dataset big = CsvReader.read(p, "t.csv", ReadOptions.defaults()).dataset().orElseThrow();
        for (int size : new int[] {16, 37, 64}) {
            LoadResult r = CsvReader.read(p, "t.csv", ReadOptions.defaults(), size);
            assertTrue(r.problems().isEmpty(), r.problems().toString());
            Dataset d = r.dataset().orElseThrow();
            assertEquals(300, d.rowCount());
            for (int row = 0; row < 300; row += 13) {
                assertEquals(big.sourceLine(row), d.sourceLine(row));
                for (Column c : big.columns()) {
                    assertEquals(c.format(row), d.column(c.name()).orElseThrow().format(row));
                }
            }
        }
        assertEquals("Väst\"ra\r\nGötaland 3", big.column("namn").orElseThrow().format(3));
        assertEquals(2 + 2 * 299, big.sourceLine(299));
        assertEquals(299.5, ((DoubleColumn) big.column("x").orElseThrow()).get(299));
    }
}
