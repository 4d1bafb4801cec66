package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two datasets hold the same rows when they are the same file read twice, or the same Parquet file scanned twice
 * (each scan in a DuckDB of its own), and not when one value differs or the files are two.
 */
class SameRowsTest {
    @TempDir
    Path dir;

    private Dataset read(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CsvReader.read(f).dataset().orElseThrow();
    }

    @Test
    void theSameFileReadTwiceHoldsTheSameRows() throws IOException {
        String text = "region;age;share;died\nSkåne;71;0,5;true\nÖrebro;;1,25;false\n;34;;true\n";
        Dataset a = read("a.csv", text);
        Dataset b = read("b.csv", text);
        assertTrue(a.sameRows(b));
        assertTrue(b.sameRows(a.withName("other")));
    }

    @Test
    void oneValueOrOneColumnOtherwiseIsOtherRows() throws IOException {
        Dataset a = read("a.csv", "region;age;share\nSkåne;71;0,5\nÖrebro;;1,25\n");
        assertFalse(a.sameRows(read("b.csv", "region;age;share\nSkåne;71;0,5\nÖrebro;;1,5\n")));
        assertFalse(a.sameRows(read("c.csv", "region;age;share\nSkåne;72;0,5\nÖrebro;;1,25\n")));
        assertFalse(a.sameRows(read("d.csv", "region;age;share\nSkåne;71;0,5\nUppsala;;1,25\n")));
        assertFalse(a.sameRows(read("e.csv", "region;age;part\nSkåne;71;0,5\nÖrebro;;1,25\n")));
        assertFalse(a.sameRows(read("f.csv", "region;age;share\nSkåne;71;0,5\n")));
    }

    @Test
    void theSameParquetFileScannedTwiceHoldsTheSameRows() throws Exception {
        Dataset a = read("a.csv", "region;age\nSkåne;71\nÖrebro;\n");
        DatasetParquet.write(a, dir.resolve("a.parquet"));
        DatasetParquet.write(a, dir.resolve("b.parquet"));
        Dataset first = EngineScan.open(dir.resolve("a.parquet"), "a.parquet", "first", 0).dataset().orElseThrow();
        Dataset second = EngineScan.open(dir.resolve("a.parquet"), "a.parquet", "second", 0).dataset().orElseThrow();
        Dataset other = EngineScan.open(dir.resolve("b.parquet"), "b.parquet", "other", 0).dataset().orElseThrow();
        try {
            assertTrue(first.sameRows(second));
            assertFalse(first.sameRows(other)); // the same values, but nothing says that two files stay alike
            assertFalse(first.sameRows(a));
        } finally {
            for (Dataset d : java.util.List.of(first, second, other)) {
                d.engine().orElseThrow().engine().close();
            }
        }
    }
}
