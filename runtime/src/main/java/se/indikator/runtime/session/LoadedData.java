package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.indikator.runtime.data.DataReader;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.data.ParquetReader;
import se.indikator.runtime.data.ReadOptions;

/**
 * Data files read once and kept in memory across sessions, for a program that checks the same script again
 * and again (the language server re-checks on every edit): a table is read again only when one of its files
 * changed — its size or time of change — or its read options did, and then replaces the table read from the
 * files as they were. A table is kept with the problems its file had, so they are reported again each time; a
 * file that could not be read is not kept. At most {@code capacity} tables are kept, the one used longest ago
 * dropped first. Safe to share between threads.
 */
public final class LoadedData {
    /** What a loaded table is kept by: its files as they were when read, and its read options. */
    private record Key(List<Stamp> files, String displayPath, ReadOptions options) {
        /** The files' real paths, whatever their state. */
        List<Path> paths() {
            return files.stream().map(Stamp::path).toList();
        }
    }

    /** One file as it was: its real path, size and time of last change. */
    private record Stamp(Path path, long size, long modified) {
    }

    private final int capacity;
    private final Map<Key, LoadResult> kept;

    /** Keeps at most {@code capacity} tables. */
    public LoadedData(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache of loaded data keeps at least one table, not " + capacity);
        }
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** How many tables are kept. */
    public synchronized int size() {
        return kept.size();
    }

    /**
     * The table at {@code file} as {@code read} loads it: the kept one when its files have not changed since,
     * else read now (and kept when it loaded).
     */
    LoadResult load(Path file, String displayPath, ReadOptions options, Supplier<LoadResult> read) {
        Optional<Key> key = key(file, displayPath, options);
        if (key.isEmpty()) {
            return read.get();
        }
        synchronized (this) {
            LoadResult hit = kept.get(key.get());
            if (hit != null) {
                return hit;
            }
        }
        LoadResult fresh = read.get();
        if (fresh.dataset().isPresent()) {
            synchronized (this) {
                // the same files as they were before they changed are of no more use
                kept.keySet().removeIf(k -> k.paths().equals(key.get().paths()) && !k.equals(key.get()));
                kept.put(key.get(), fresh);
                while (kept.size() > capacity) {
                    kept.remove(kept.keySet().iterator().next());
                }
            }
        }
        return fresh;
    }

    /** The key of the files a read names as they are now; empty when they cannot be looked at. */
    private static Optional<Key> key(Path file, String displayPath, ReadOptions options) {
        try {
            List<Path> files;
            if (DataReader.isGlob(displayPath)) {
                ParquetReader.Matched matched = ParquetReader.files(file, displayPath);
                if (!matched.problems().isEmpty()) {
                    return Optional.empty();
                }
                files = matched.paths();
            } else if (Files.isRegularFile(file)) {
                files = List.of(file);
            } else {
                return Optional.empty();
            }
            List<Stamp> stamps = new ArrayList<>();
            for (Path f : files) {
                stamps.add(new Stamp(f.toRealPath(), Files.size(f), Files.getLastModifiedTime(f).toMillis()));
            }
            return Optional.of(new Key(stamps, displayPath, options));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
