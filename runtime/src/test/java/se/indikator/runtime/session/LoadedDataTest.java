package se.indikator.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.SourceFile;

/**
 * Sessions that share {@link LoadedData} read a data file once while it is unchanged, read it again when it
 * changes, and keep no more tables than asked.
 */
class LoadedDataTest {
    @TempDir
    Path dir;

    static final String SCRIPT = "data people = read \"people.csv\"\n";

    private Dataset checkedTable(LoadedData loaded) {
        Session s = new Session(dir);
        s.cacheFolder(java.util.Optional.empty());
        s.loadedData(loaded);
        assertTrue(s.check(new SourceFile("s.ind", SCRIPT)).diagnostics().isEmpty());
        return s.catalog().data("people").orElseThrow();
    }

    @Test
    void anUnchangedFileIsReadOnceAndAChangedOneAgain() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "age,sex\n30,1\n40,2\n", StandardCharsets.UTF_8);
        LoadedData loaded = new LoadedData(4);
        Dataset first = checkedTable(loaded);
        Dataset second = checkedTable(loaded);
        assertSame(first.columns().get(0), second.columns().get(0), "the second check reads nothing");
        assertEquals(1, loaded.size());

        Files.writeString(csv, "age,sex\n30,1\n40,2\n50,1\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(csv, FileTime.from(Instant.now().plusSeconds(5)));
        Dataset third = checkedTable(loaded);
        assertNotSame(first.columns().get(0), third.columns().get(0));
        assertEquals(3, third.rowCount());
        assertEquals(1, loaded.size(), "the table read before the change is dropped");
    }

    @Test
    void theTableUsedLongestAgoIsDroppedFirst() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "x\n1\n", StandardCharsets.UTF_8);
        Files.writeString(b, "x\n2\n", StandardCharsets.UTF_8);
        LoadedData loaded = new LoadedData(1);
        AtomicInteger reads = new AtomicInteger();
        java.util.function.Function<Path, java.util.function.Supplier<se.indikator.runtime.data.LoadResult>> reader =
                p -> () -> {
                    reads.incrementAndGet();
                    return se.indikator.runtime.data.DataReader.read(p, p.getFileName().toString(),
                            se.indikator.runtime.data.ReadOptions.defaults(), se.indikator.runtime.progress.ProgressListener.NONE);
                };
        var options = se.indikator.runtime.data.ReadOptions.defaults();
        loaded.load(a, "a.csv", options, reader.apply(a));
        loaded.load(a, "a.csv", options, reader.apply(a));
        assertEquals(1, reads.get());
        loaded.load(b, "b.csv", options, reader.apply(b));
        loaded.load(a, "a.csv", options, reader.apply(a));
        assertEquals(3, reads.get(), "a was dropped to keep b");
        assertEquals(1, loaded.size());
    }

    @Test
    void aFileThatCannotBeReadIsNotKept() {
        LoadedData loaded = new LoadedData(2);
        Session s = new Session(dir);
        s.loadedData(loaded);
        assertEquals("E131", s.check(new SourceFile("s.ind", SCRIPT)).diagnostics().get(0).code());
        assertEquals(0, loaded.size());
        assertThrows(IllegalArgumentException.class, () -> new LoadedData(0));
    }
}
