package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers written with thousands separators as Swedish files have them: spaces of three kinds always, points
 * only where the point is not the decimal mark, in groups of three; a column that turns to text keeps such
 * values as they were written.
 */
class ThousandsTest {
    @TempDir
    Path dir;

    private Dataset read(byte[] content, ReadOptions options) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.write(f, content);
        LoadResult r = CsvReader.read(f, "t.csv", options);
        return r.dataset().orElseThrow();
    }

    private static double number(Dataset d, String column, int row) {
        Column c = d.column(column).orElseThrow();
        return c instanceof IntColumn i ? i.get(row) : ((DoubleColumn) c).get(row);
    }

    @Test
    void spacesOfEveryKindSeparateThousands() throws IOException {
        Dataset d = read("n;x\n1 234;1 234,5\n12\u00a0345\u00a0678;-2\u202f000,25\n7;0,5\n".getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults());
        assertEquals(ColumnType.INTEGER, d.column("n").orElseThrow().type());
        assertEquals(List.of(1234.0, 12345678.0, 7.0), List.of(number(d, "n", 0), number(d, "n", 1), number(d, "n", 2)));
        assertEquals(1234.5, number(d, "x", 0), 0);
        assertEquals(-2000.25, number(d, "x", 1), 0);
    }

    @Test
    void aLatin1NoBreakSpaceIsASeparatorToo() throws IOException {
        byte[] latin1 = "område;n\nÖrebro;1\u00a0234\n".getBytes(StandardCharsets.ISO_8859_1);
        Dataset d = read(latin1, ReadOptions.defaults());
        assertEquals(1234.0, number(d, "n", 0), 0);
        assertEquals("Örebro", d.column("område").orElseThrow().format(0));
    }

    @Test
    void pointsSeparateThousandsOnlyWhereThePointIsNotTheDecimalMark() throws IOException {
        byte[] file = "n\n1.234\n1.234.567,5\n".getBytes(StandardCharsets.UTF_8);
        Dataset comma = read(file, ReadOptions.defaults().withDecimalMark(','));
        assertEquals(1234.0, number(comma, "n", 0), 0);
        assertEquals(1234567.5, number(comma, "n", 1), 0);
        Dataset declared = read(file, ReadOptions.defaults().withThousands('.'));
        assertEquals(1234567.5, number(declared, "n", 1), 0);
        // undeclared, 1.234 is a decimal and 1.234.567,5 is not a number: the column is text, as written
        Dataset undeclared = read(file, ReadOptions.defaults().withSeparator(';'));
        assertEquals(ColumnType.TEXT, undeclared.column("n").orElseThrow().type());
    }

    @Test
    void groupsOfAnotherLengthAreNotNumbers() throws IOException {
        for (String v : List.of("1 23", "12 3456", "0 123", "1  234", "1 234 5", " 1 234x")) {
            Dataset d = read(("n\n" + v + "\n").getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
            assertEquals(ColumnType.TEXT, d.column("n").orElseThrow().type(), v);
        }
        Dataset none = read("n\n1 234\n".getBytes(StandardCharsets.UTF_8), ReadOptions.defaults().withThousands(ReadOptions.NO_THOUSANDS));
        assertEquals(ColumnType.TEXT, none.column("n").orElseThrow().type());
    }

    @Test
    void aColumnThatTurnsToTextKeepsItsValuesAsWritten() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "kod;n\nA;1 234\nB;12\nC;2 000,5\nD;saknas\n");
        LoadResult r = CsvReader.read(f, "t.csv", ReadOptions.defaults());
        TextColumn n = (TextColumn) r.dataset().orElseThrow().column("n").orElseThrow();
        assertEquals(List.of("1 234", "12", "2 000,5", "saknas"), List.of(n.format(0), n.format(1), n.format(2), n.format(3)));
        DataProblem w = r.problems().get(0);
        assertEquals(5, w.line());
        assertEquals(3, w.column());
        assertTrue(w.hint().contains("missing \"saknas\""), w.hint());
    }
}
