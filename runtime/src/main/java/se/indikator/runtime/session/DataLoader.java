package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.data.BinaryCache;
import se.indikator.runtime.data.CacheFolder;
import se.indikator.runtime.data.DataReader;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.data.ParquetReader;
import se.indikator.runtime.data.ReadOptions;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads a data file for a {@code data} statement: large data — a file of 8 MB and more, Parquet (one file or a
 * pattern's files) of 1 MB and more, as it is compressed — goes through the binary cache ({@link CacheFolder}:
 * private to the user, limited in size), keyed by the content read, unless the cache is off
 * ({@code INDIKATOR_CACHE=off}, or {@code set cache off} in the script).
 */
final class DataLoader {
    static final long CACHE_FROM_BYTES = 8L << 20;
    static final long CACHE_PARQUET_FROM_BYTES = 1L << 20;

    private DataLoader() {
    }

    static LoadResult load(Path file, String displayPath, ReadOptions options, ProgressListener progress,
            Optional<CacheFolder> folder) {
        if (folder.isEmpty()) {
            return DataReader.read(file, displayPath, options, progress);
        }
        try {
            List<Path> files;
            long from;
            if (DataReader.isGlob(displayPath)) {
                ParquetReader.Matched matched = ParquetReader.files(file, displayPath);
                if (!matched.problems().isEmpty()) {
                    return new LoadResult(Optional.empty(), matched.problems());
                }
                files = matched.paths();
                from = CACHE_PARQUET_FROM_BYTES;
            } else if (Files.isRegularFile(file)) {
                files = List.of(file);
                from = ParquetReader.isParquet(file) ? CACHE_PARQUET_FROM_BYTES : CACHE_FROM_BYTES;
            } else {
                return DataReader.read(file, displayPath, options, progress);
            }
            long size = 0;
            for (Path f : files) {
                size += Files.size(f);
            }
            if (size < from) {
                return DataReader.read(file, displayPath, options, progress);
            }
            String key = BinaryCache.key(files, options);
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
