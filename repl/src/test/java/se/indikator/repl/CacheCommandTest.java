package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.CacheFolder;

/** {@code indikator cache} says where the cache is and how large; {@code indikator cache clear} empties it. */
class CacheCommandTest {
    @TempDir
    Path dir;

    private static String run(List<String> args, Optional<CacheFolder> f, int status) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int s = CacheCommand.run(args, f, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(status, s, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void infoAndClear() throws IOException {
        CacheFolder f = new CacheFolder(dir.resolve("c"), 1L << 20);
        Files.write(f.newPrivateFile("x" + CacheFolder.ENTRY), new byte[2 << 19]);
        String info = run(List.of(), Optional.of(f), 0);
        assertTrue(info.contains("cache folder: " + f.dir()) && info.contains("1.0 MB in 1 entries, limit 1.0 MB"), info);
        assertTrue(run(List.of("clear"), Optional.of(f), 0).contains("1.0 MB freed"));
        assertTrue(f.entries().isEmpty());
        assertTrue(run(List.of(), Optional.empty(), 0).contains("the cache is off"));
        assertTrue(run(List.of("wipe"), Optional.of(f), 2).contains("cache takes 'clear' or 'info'"));
    }
}
