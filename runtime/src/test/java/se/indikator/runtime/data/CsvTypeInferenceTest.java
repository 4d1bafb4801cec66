package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.indikator.runtime.data.CsvTestFiles.read;
import static se.indikator.runtime.data.CsvTestFiles.readOk;
import static se.indikator.runtime.data.CsvTestFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type inference, missing values and narrow storage of read columns. */
class CsvTypeInferenceTest {

    @TempDir
    Path dir;

    private Column col(Dataset d, String name) {
        return d.column(name).orElseThrow();
    }

    @Test
    void infersEachType() throws IOException {
        Dataset d = readOk(write(dir, "t.csv",
                "i;dec;d;b;t\n"
                        + "1;1,5;2024-01-31;true;a\n"
                        + "-20;2;2023-12-01;FALSE;b\n"
                        + "300;-0,125;2000-02-29;True;1\n"));
        assertEquals(ColumnType.INTEGER, col(d, "i").type());
        assertEquals(ColumnType.DECIMAL, col(d, "dec").type());
        assertEquals(ColumnType.DATE, col(d, "d").type());
        assertEquals(ColumnType.BOOLEAN, col(d, "b").type());
        assertEquals(ColumnType.TEXT, col(d, "t").type());
        IntColumn i = (IntColumn) col(d, "i");
        assertEquals(281, i.sum());
        assertEquals(16, i.storageBits());
        assertEquals(-0.125, ((DoubleColumn) col(d, "dec")).get(2));
        assertEquals(LocalDate.of(2000, 2, 29), ((IntColumn) col(d, "d")).getDate(2));
        IntColumn b = (IntColumn) col(d, "b");
        assertEquals(1, b.get(0));
        assertEquals(0, b.get(1));
        assertEquals(1, b.get(2));
        assertEquals(8, b.storageBits());
    }

    @Test
    void integersWidenToDecimalsLaterInTheFile() throws IOException {
        Dataset d = readOk(write(dir, "t.csv", "x,y\n1,2147483647\n2,2147483648\n2.5,3\n"));
        assertEquals(ColumnType.DECIMAL, col(d, "x").type());
        assertEquals(2.5, ((DoubleColumn) col(d, "x")).get(2));
        assertEquals(ColumnType.DECIMAL, col(d, "y").type());
        assertEquals(2147483648.0, ((DoubleColumn) col(d, "y")).get(1));
    }

    @Test
    void invalidDateOrMixedValuesFallBackToText() throws IOException {
        Dataset d = readOk(write(dir, "t.csv", "d;b;n\n2023-02-28;true;1\n2023-02-30;yes;2\n2023-03-01;false;x\n"));
        assertEquals(ColumnType.TEXT, col(d, "d").type());
        assertEquals("2023-02-28", col(d, "d").format(0));
        assertEquals("2023-02-30", col(d, "d").format(1));
        assertEquals(ColumnType.TEXT, col(d, "b").type());
        assertEquals(List.of("true", "yes", "false"), ((TextColumn) col(d, "b")).labels());
        assertEquals(ColumnType.TEXT, col(d, "n").type());
    }

    @Test
    void leadingZerosStayText() throws IOException {
        Dataset d = readOk(write(dir, "t.csv", "lan;namn\n01;Stockholm\n03;Uppsala\n25;Norrbotten\n"));
        assertEquals(ColumnType.TEXT, col(d, "lan").type());
        assertEquals(List.of("01", "03", "25"), ((TextColumn) col(d, "lan")).labels());
    }

    @Test
    void leadingZeroAfterNumbersFallsBackWithExactEarlierTextAndAWarning() throws IOException {
        LoadResult r = read(write(dir, "t.csv", "kod;x\n12;1,50\n-7;-0,0\n25;12\n08;7,125\n"));
        Dataset d = r.dataset().orElseThrow();
        assertEquals(List.of("12", "-7", "25", "08"), ((TextColumn) col(d, "kod")).labels());
        assertEquals(ColumnType.DECIMAL, col(d, "x").type());
        assertEquals(1, r.problems().size(), r.problems().toString());
        DataProblem w = r.problems().get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals(5, w.line());
        assertTrue(w.message().contains("'kod'") && w.message().contains("leading zeros"), w.message());
    }

    @Test
    void decimalsFallingBackToTextKeepTheirOriginalSpelling() throws IOException {
        Dataset d = readOk(write(dir, "t.csv", "x;y\n1,50;a\n-0,0;b\n3;c\n0,125;d\n<5;e\n"));
        TextColumn x = (TextColumn) col(d, "x");
        assertEquals(List.of("1,50", "-0,0", "3", "0,125", "<5"), x.labels());
    }

    @Test
    void missingMarkers() throws IOException {
        Path p = write(dir, "t.csv", "n;t\n1;a\nNA;na\n.;NULL\n;null\n\"\";\"\"\n-;saknas\n4;b\n");
        LoadResult r = CsvReader.read(p, "t.csv", ReadOptions.defaults().withMissingMarkers("-", "SAKNAS"));
        Dataset d = r.dataset().orElseThrow();
        IntColumn n = (IntColumn) col(d, "n");
        assertEquals(ColumnType.INTEGER, n.type());
        assertEquals(5, n.missingCount());
        assertEquals(5, n.sum());
        TextColumn t = (TextColumn) col(d, "t");
        assertEquals(5, t.missingCount());
        assertEquals(List.of("a", "b"), t.labels());
        Dataset plain = CsvTestFiles.readOk(p);
        assertEquals(ColumnType.TEXT, col(plain, "n").type());
    }

    @Test
    void nonAsciiMissingMarkerMatchesInBothEncodings() throws IOException {
        for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_8,
                java.nio.charset.StandardCharsets.ISO_8859_1)) {
            Path p = write(dir, "m.csv", "n;t\n1;Skåne\nokänt;Örebro\n", cs);
            Dataset d = CsvReader.read(p, "m.csv", ReadOptions.defaults().withMissingMarkers("okänt"))
                    .dataset().orElseThrow();
            assertEquals(ColumnType.INTEGER, col(d, "n").type());
            assertEquals(1, col(d, "n").missingCount());
            assertEquals("Örebro", col(d, "t").format(1));
        }
    }

    @Test
    void allMissingColumnIsEmptyText() throws IOException {
        Dataset d = readOk(write(dir, "t.csv", "a;b\n1;\n2;NA\n"));
        assertEquals(ColumnType.TEXT, col(d, "b").type());
        assertEquals(2, col(d, "b").missingCount());
    }

    @Test
    void missingValuesBeforeFirstValueKeepTheirPlace() throws IOException {
        Dataset d = readOk(write(dir, "t.csv", "a;b\n1;\n2;NA\n3;4,5\n"));
        DoubleColumn b = (DoubleColumn) col(d, "b");
        assertTrue(Double.isNaN(b.get(0)));
        assertTrue(Double.isNaN(b.get(1)));
        assertEquals(4.5, b.get(2));
    }

    @Test
    void readColumnsUseNarrowStorage() throws IOException {
        StringBuilder sb = new StringBuilder("small;mid;big;kod\n");
        for (int i = 0; i < 200; i++) {
            sb.append(i % 100).append(';').append(i * 100).append(';').append(i * 100_000).append(";k").append(i).append('\n');
        }
        Dataset d = readOk(write(dir, "n.csv", sb.toString()));
        assertEquals(8, ((IntColumn) col(d, "small")).storageBits());
        assertEquals(16, ((IntColumn) col(d, "mid")).storageBits());
        assertEquals(32, ((IntColumn) col(d, "big")).storageBits());
        assertEquals(16, ((TextColumn) col(d, "kod")).storageBits());
        assertEquals(19_900_000, ((IntColumn) col(d, "big")).max());
    }

    @Test
    void exponentAndSpacesAroundNumbers() throws IOException {
        Dataset d = readOk(write(dir, "t.csv", "x,y\n 1e-05 , 7 \n2.5E3,8\n"));
        assertEquals(1e-5, ((DoubleColumn) col(d, "x")).get(0));
        assertEquals(2500.0, ((DoubleColumn) col(d, "x")).get(1));
        assertEquals(7, ((IntColumn) col(d, "y")).get(0));
    }
}
