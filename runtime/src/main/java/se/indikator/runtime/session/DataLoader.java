package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import se.indikator.runtime.data.BinaryCache;
import se.indikator.runtime.data.CacheFolder;
import se.indikator.runtime.data.DataReader;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.data.ReadOptions;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads a data file for a {@code data} statement: large files (8 MB and more) go through the binary
 * cache ({@link CacheFolder}: private to the user, limited in size), keyed by the file's content, unless
 * the cache is off ({@code INDIKATOR_CACHE=off}, or {@code set cache off} in the script).
 */
final class DataLoader {
    static final long CACHE_FROM_BYTES = 8L << 20;

    private DataLoader() {
    }

    static LoadResult load(Path file, String displayPath, ReadOptions options, ProgressListener progress,
            Optional<CacheFolder> folder) {
        if (folder.isEmpty() || !Files.isRegularFile(file)) {
            return DataReader.read(file, displayPath, options, progress);
        }
        try {
            if (Files.size(file) < CACHE_FROM_BYTES) {
                return DataReader.read(file, displayPath, options, progress);
            }
            String key = BinaryCache.key(file, options);
            Path entry = folder.get().entry(key);
            Optional<LoadResult> cached = BinaryCache.read(entry, key, displayPath);
            if (cached.isPresent()) {
                folder.get().touch(entry);
                return cached.get();
            }
            LoadResult fresh = DataReader.read(file, displayPath, options, progress);
            if (fresh.dataset().isPresent()) {
                try {
                    BinaryCache.write(folder.get(), key, fresh);
                } catch (IOException e) {
                    // the cache is an optimisation: reading still worked
                }
            }
            return fresh;
        } catch (IOException e) {
            return DataReader.read(file, displayPath, options, progress);
        }
    }
}
