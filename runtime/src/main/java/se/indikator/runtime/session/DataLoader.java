package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import se.indikator.runtime.data.BinaryCache;
import se.indikator.runtime.data.CsvReader;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.data.ReadOptions;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads a data file for a {@code data} statement: large files (8 MB and more) go through the binary
 * cache, keyed by the file's content, in {@code $INDIKATOR_CACHE_DIR}, {@code $XDG_CACHE_HOME/indikator}
 * or {@code ~/.cache/indikator}; {@code INDIKATOR_CACHE=off} turns the cache off.
 */
final class DataLoader {
    static final long CACHE_FROM_BYTES = 8L << 20;

    private DataLoader() {
    }

    static LoadResult load(Path file, String displayPath, ReadOptions options, ProgressListener progress) {
        Path dir = cacheDir();
        if (dir == null || !Files.isRegularFile(file)) {
            return CsvReader.read(file, displayPath, options, progress);
        }
        try {
            if (Files.size(file) < CACHE_FROM_BYTES) {
                return CsvReader.read(file, displayPath, options, progress);
            }
            String key = BinaryCache.key(file, options);
            Path entry = dir.resolve(key + ".bin");
            Optional<LoadResult> cached = BinaryCache.read(entry, key, displayPath);
            if (cached.isPresent()) {
                return cached.get();
            }
            LoadResult fresh = CsvReader.read(file, displayPath, options, progress);
            if (fresh.dataset().isPresent()) {
                try {
                    BinaryCache.write(entry, key, fresh);
                } catch (IOException e) {
                    // the cache is an optimisation: reading still worked
                }
            }
            return fresh;
        } catch (IOException e) {
            return CsvReader.read(file, displayPath, options, progress);
        }
    }

    static Path cacheDir() {
        if ("off".equalsIgnoreCase(System.getenv("INDIKATOR_CACHE"))) {
            return null;
        }
        String explicit = System.getenv("INDIKATOR_CACHE_DIR");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null) {
            return Path.of(xdg, "indikator");
        }
        String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
        return Path.of(home, ".cache", "indikator");
    }
}
