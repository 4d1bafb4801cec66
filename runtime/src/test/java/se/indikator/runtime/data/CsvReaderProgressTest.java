package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.progress.ProgressListener;

/** The reader reports the bytes read out of the file's size while it reads, and says when it has finished. */
class CsvReaderProgressTest {
    @TempDir
    Path dir;

    @Test
    void reportsBytesReadAndFinishes() throws IOException {
        StringBuilder sb = new StringBuilder("region;persons\n");
        for (int i = 0; i < 300_000; i++) {
            sb.append(i % 2 == 0 ? "Skåne" : "Örebro").append(';').append(i % 1000).append('\n');
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, sb);
        long size = Files.size(file);
        List<long[]> calls = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        ProgressListener l = new ProgressListener() {
            @Override
            public void progress(String task, long done, long total) {
                assertEquals("reading big.csv", task);
                calls.add(new long[] {done, total});
            }

            @Override
            public void finished(String task) {
                finished.add(task);
            }
        };
        LoadResult r = CsvReader.read(file, "big.csv", ReadOptions.defaults(), l);
        assertEquals(300_000, r.dataset().orElseThrow().rowCount());
        assertTrue(calls.size() >= 4, "progress reported " + calls.size() + " times");
        assertEquals(0, calls.get(0)[0]);
        for (int i = 0; i < calls.size(); i++) {
            assertEquals(size, calls.get(i)[1]);
            assertTrue(i == 0 || calls.get(i)[0] >= calls.get(i - 1)[0], "never backwards");
            assertTrue(calls.get(i)[0] <= size);
        }
        assertTrue(calls.get(calls.size() - 1)[0] > size / 2, "more than half read at the last report");
        assertEquals(List.of("reading big.csv"), finished);
    }
}
