package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * The binary cache holds copies of register microdata: its folder is private (0700), its files too (0600),
 * it keeps within its limit by removing what was used longest ago, it can be cleared, and with the cache off
 * nothing is written.
 */
class CacheFolderTest {
    @TempDir
    Path dir;

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** A CSV of a little more than the 8 MB from which files are cached. */
    private Path bigCsv() throws IOException {
        Path csv = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("region;sex;age;cases\n");
        int i = 0;
        while (sb.length() < (8 << 20) + 1000) {
            sb.append("R").append(i % 21).append(';').append(1 + i % 2).append(';').append(i % 100).append(';')
                    .append(i % 7).append('\n');
            i++;
        }
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        return csv;
    }

    private RunResult read(Session s, String settings) {
        return s.run(new SourceFile("c.ind", settings + "data t = read \"big.csv\"\n"));
    }

    @Test
    void entriesArePrivateAndReadBack() throws IOException {
        bigCsv();
        CacheFolder folder = new CacheFolder(dir.resolve("cache"), CacheFolder.DEFAULT_MAX_BYTES);
        Session s = new Session(dir);
        s.cacheFolder(Optional.of(folder));
        assertFalse(read(s, "").hasErrors());
        List<Path> entries = folder.entries();
        assertEquals(1, entries.size(), "the large file is cached");
        assertEquals("rwx------", perms(folder.dir()));
        assertEquals("rw-------", perms(entries.get(0)));
        assertFalse(read(new SessionWith(folder).session, "").hasErrors(), "read back from the cache");
        assertEquals(1, folder.entries().size());
    }

    /** A new session using the folder. */
    private final class SessionWith {
        final Session session = new Session(dir);

        SessionWith(CacheFolder f) {
            session.cacheFolder(Optional.of(f));
        }
    }

    @Test
    void withTheCacheOffNothingIsWritten() throws IOException {
        bigCsv();
        CacheFolder folder = new CacheFolder(dir.resolve("cache"), CacheFolder.DEFAULT_MAX_BYTES);
        Session s = new Session(dir);
        s.cacheFolder(Optional.of(folder));
        RunResult r = read(s, "set cache off\n");
        assertFalse(r.hasErrors());
        assertFalse(Files.exists(folder.dir()), "no folder, no file");
        assertTrue(s.catalog().data("t").isPresent());
        assertTrue(CacheFolder.fromEnvironment(Map.of("INDIKATOR_CACHE", "off"), "/home/x").isEmpty());
    }

    @Test
    void theFolderKeepsWithinItsLimitRemovingWhatWasUsedLongestAgo() throws IOException {
        CacheFolder folder = new CacheFolder(dir.resolve("cache"), 2500);
        long t = System.currentTimeMillis() - 100_000;
        for (String name : List.of("a", "b", "c")) {
            Path f = folder.newPrivateFile(name + CacheFolder.ENTRY);
            Files.write(f, new byte[1000]);
            Files.setLastModifiedTime(f, FileTime.fromMillis(t += 1000));
        }
        folder.touch(folder.entry("a"));
        assertEquals(1, folder.evict());
        assertFalse(Files.exists(folder.entry("b")), "b was used longest ago");
        assertTrue(Files.exists(folder.entry("a")) && Files.exists(folder.entry("c")));
        Files.writeString(folder.dir().resolve("notes.txt"), "not the cache's");
        assertEquals(2000, folder.clear());
        assertTrue(folder.entries().isEmpty());
        assertTrue(Files.exists(folder.dir().resolve("notes.txt")), "nothing else in the folder is touched");
    }

    @Test
    void theEnvironmentNamesThePlaceAndTheLimit() {
        CacheFolder f = CacheFolder.fromEnvironment(Map.of("INDIKATOR_CACHE_DIR", "/tmp/c", "INDIKATOR_CACHE_MAX", "500M"),
                "/home/x").orElseThrow();
        assertEquals(Path.of("/tmp/c"), f.dir());
        assertEquals(500L << 20, f.maxBytes());
        assertEquals(Path.of("/x/indikator"), CacheFolder.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x"), "/h").orElseThrow().dir());
        assertEquals(Path.of("/h/.cache/indikator"), CacheFolder.fromEnvironment(Map.of(), "/h").orElseThrow().dir());
        assertEquals(4L << 30, CacheFolder.bytes("4G"));
        assertEquals(CacheFolder.DEFAULT_MAX_BYTES, CacheFolder.bytes("lots"));
    }
}
