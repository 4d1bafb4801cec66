package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.progress.ProgressListener;

/**
 * The reader is chosen by what a file is: text by its bytes whatever its name, a workbook or Parquet by their
 * magic numbers, and every other kind refused with a message that names it and the kinds that are read — never
 * parsed as CSV, never an empty table.
 */
class DataReaderTest {
    @TempDir
    Path dir;

    private LoadResult read(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return DataReader.read(f, name, ReadOptions.defaults(), ProgressListener.NONE);
    }

    private static void refused(LoadResult r, String kind) {
        assertTrue(r.dataset().isEmpty(), "no table");
        assertEquals(1, r.problems().size(), r.problems().toString());
        DataProblem p = r.problems().get(0);
        assertTrue(p.isError());
        assertTrue(p.message().contains(kind), p.message());
        assertTrue(p.hint().contains(".xlsx") && p.hint().contains(".parquet") && p.hint().contains(".csv"), p.hint());
    }

    @Test
    void textIsReadWhateverItsName() throws IOException {
        LoadResult r = read("export.dat", "region;n\nA;1 234\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1234, ((IntColumn) r.dataset().orElseThrow().column("n").orElseThrow()).get(0));
        assertEquals(Optional.of(DataReader.Kind.TEXT), DataReader.kind(dir.resolve("export.dat")));
    }

    @Test
    void otherKindsAreRefusedByName() throws IOException {
        refused(read("records.json", "[{\"region\": \"A\", \"n\": 1}]\n".getBytes(StandardCharsets.UTF_8)), "a JSON file");
        byte[] sqlite = new byte[200];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, sqlite, 0, 16);
        refused(read("register.sqlite", sqlite), "an SQLite database");
        refused(read("register.db", sqlite), "an SQLite database");
        refused(read("report.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)), "a PDF document");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        refused(read("old.xls", xls), "an old Excel workbook");
        refused(read("blob.bin", new byte[] {1, 2, 0, 0, 5, 6}), "a binary file");
        refused(read("archive.zip", new byte[] {'P', 'K', 3, 4, 0, 0, 0}), ".zip");
    }

    @Test
    void workbooksAndParquetAreToldByTheirBytes() throws IOException {
        Files.write(dir.resolve("named.csv"), new byte[] {'P', 'K', 3, 4, 20, 0});
        assertEquals(Optional.of(DataReader.Kind.EXCEL), DataReader.kind(dir.resolve("named.csv")));
        Files.write(dir.resolve("events"), "PAR1\0\0\0".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Optional.of(DataReader.Kind.PARQUET), DataReader.kind(dir.resolve("events")));
        assertTrue(DataReader.isGlob("events/*.parquet"));
        assertTrue(!DataReader.isGlob("events/2023.parquet"));
    }
}
