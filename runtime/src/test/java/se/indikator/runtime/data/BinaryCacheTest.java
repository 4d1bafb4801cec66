package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary cache gives back exactly what the CSV reader gave, and only for the same content and options. */
class BinaryCacheTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryColumnLineAndProblem() throws IOException {
        StringBuilder sb = new StringBuilder("region;age;rate;day;flag;big\n");
        for (int i = 0; i < 500; i++) {
            sb.append(i % 3 == 0 ? "Västra Götaland" : i % 3 == 1 ? "Örebro" : "").append(';').append(i % 101).append(';')
                    .append(i % 7 == 0 ? "" : (i / 10) + "," + (i % 10)).append(';').append("2024-01-").append(10 + i % 20)
                    .append(';').append(i % 2 == 0).append(';').append(i * 100_000).append('\n');
            if (i == 100) {
                sb.append("\"two\nlines\";1;1;2024-01-01;true;1\n");
            }
        }
        sb.append("bad;row\n");
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        LoadResult fresh = CsvReader.read(csv, "t.csv", ReadOptions.defaults());
        String key = BinaryCache.key(csv, ReadOptions.defaults());
        Path entry = dir.resolve("cache").resolve(key + ".bin");
        BinaryCache.write(entry, key, fresh);
        LoadResult cached = BinaryCache.read(entry, key, "t.csv").orElseThrow();
        Dataset a = fresh.dataset().orElseThrow();
        Dataset b = cached.dataset().orElseThrow();
        assertEquals(a.rowCount(), b.rowCount());
        assertEquals(a.columnNames(), b.columnNames());
        for (int c = 0; c < a.columns().size(); c++) {
            Column x = a.columns().get(c);
            Column y = b.columns().get(c);
            assertEquals(x.type(), y.type());
            assertEquals(x.missingCount(), y.missingCount());
            for (int r = 0; r < a.rowCount(); r++) {
                assertEquals(x.format(r), y.format(r), x.name() + " row " + r);
                assertEquals(a.sourceLine(r), b.sourceLine(r));
            }
        }
        assertEquals(fresh.problems(), cached.problems());
        assertTrue(BinaryCache.read(entry, "another-key", "t.csv").isEmpty(), "another key is not used");
        Files.writeString(csv, sb.toString().replace("Örebro", "Skåne"), StandardCharsets.UTF_8);
        assertNotEquals(key, BinaryCache.key(csv, ReadOptions.defaults()), "the key follows the content");
        assertNotEquals(key, BinaryCache.key(csv, ReadOptions.defaults().withSeparator(';')), "and the options");
    }
}
