package se.indikator.runtime.statements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files a session reads — the scripts it runs, the scripts they import and the data files they read —
 * by their real paths, so that no result is written over one of them. Two paths name the same file when
 * their real paths are equal (symbolic links and {@code ..} resolved, as far as the path exists) or when the
 * file system says they are the same file.
 */
public final class ReadFiles {
    private final Map<Path, String> files = new LinkedHashMap<>();

    /**
     * Notes that the session reads {@code path}, relative to {@code base}; {@code what} says what the file is
     * to the run, as the error names it (e.g. "a data file this run reads"). A path that is not a file name is
     * left out: it cannot be read either.
     */
    public void add(Path base, String path, String what) {
        try {
            add(base.resolve(path), what);
        } catch (InvalidPathException e) {
            // not a file name: nothing is read from it
        }
    }

    /** Notes that the session reads {@code file}, described by {@code what}. */
    public synchronized void add(Path file, String what) {
        files.putIfAbsent(real(file), what);
    }

    /** What {@code file} is to the session when the session reads it (e.g. "the script being run"), else empty. */
    public synchronized Optional<String> reader(Path file) {
        Path real = real(file);
        String what = files.get(real);
        if (what != null) {
            return Optional.of(what);
        }
        if (Files.exists(real)) {
            for (Map.Entry<Path, String> e : files.entrySet()) {
                try {
                    if (Files.exists(e.getKey()) && Files.isSameFile(real, e.getKey())) {
                        return Optional.of(e.getValue());
                    }
                } catch (IOException x) {
                    // cannot tell: the paths differ, so they are taken as different files
                }
            }
        }
        return Optional.empty();
    }

    /** Forgets every file (a new session). */
    public synchronized void clear() {
        files.clear();
    }

    /**
     * The absolute, normalised path with the symbolic links of its longest existing part resolved; the rest,
     * which does not exist yet, is appended as written.
     */
    static Path real(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            while (!missing.isEmpty()) {
                real = real.resolve(missing.pop());
            }
            return real;
        } catch (IOException | SecurityException e) {
            return abs;
        }
    }
}
