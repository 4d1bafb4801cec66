package se.indikator.runtime.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The folder of the binary cache, which holds copies of large data files the user has read (register
 * microdata): private to the user (the folder 0700, every file 0600 where the file system has POSIX
 * permissions), limited in size (the entries read longest ago are removed first), and easy to find, turn
 * off and clear. Its place is {@code $INDIKATOR_CACHE_DIR}, else {@code $XDG_CACHE_HOME/indikator}, else
 * {@code ~/.cache/indikator}; {@code INDIKATOR_CACHE=off} turns it off; {@code INDIKATOR_CACHE_MAX} (e.g.
 * {@code 500M}, {@code 4G}) sets its limit, 2 GB by default.
 */
public final class CacheFolder {
    /** The default limit of the folder's size. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;
    /** The ending of cache entries; nothing else in the folder is touched. */
    public static final String ENTRY = ".bin";

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dir;
    private final long maxBytes;

    public CacheFolder(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /**
     * The cache folder the environment names, or empty when the cache is off ({@code INDIKATOR_CACHE=off}).
     *
     * @param home the user's home folder (used when no other place is named)
     */
    public static Optional<CacheFolder> fromEnvironment(Map<String, String> env, String home) {
        if ("off".equalsIgnoreCase(env.get("INDIKATOR_CACHE"))) {
            return Optional.empty();
        }
        Path dir;
        if (env.get("INDIKATOR_CACHE_DIR") != null) {
            dir = Path.of(env.get("INDIKATOR_CACHE_DIR"));
        } else if (env.get("XDG_CACHE_HOME") != null) {
            dir = Path.of(env.get("XDG_CACHE_HOME"), "indikator");
        } else {
            dir = Path.of(env.get("HOME") != null ? env.get("HOME") : home, ".cache", "indikator");
        }
        long max = env.get("INDIKATOR_CACHE_MAX") == null ? DEFAULT_MAX_BYTES : bytes(env.get("INDIKATOR_CACHE_MAX"));
        return Optional.of(new CacheFolder(dir, max));
    }

    /** The folder of this process's environment, or empty when the cache is off. */
    public static Optional<CacheFolder> ofThisProcess() {
        return fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * A size such as {@code 500M}, {@code 4G}, {@code 1048576}: bytes, or kilo-, mega-, giga-bytes (powers of
     * 1024); a size that cannot be read gives the default.
     */
    static long bytes(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace("B", "");
        long unit = 1;
        if (!t.isEmpty() && "KMG".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1);
        }
        try {
            double v = Double.parseDouble(t.trim());
            return v >= 0 ? (long) (v * unit) : DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    public Path dir() {
        return dir;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The entry of a key (a file name in the folder). */
    public Path entry(String key) {
        return dir.resolve(key + ENTRY);
    }

    /** Creates the folder (0700) if it is not there; an existing folder is made private too. */
    public void create() throws IOException {
        try {
            Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            // there already
        }
        restrict(dir, FOLDER);
    }

    /** A new file in the folder, readable and writable by the user only. */
    public Path newPrivateFile(String name) throws IOException {
        create();
        Path f = dir.resolve(name);
        Files.deleteIfExists(f);
        if (posix()) {
            Files.createFile(f, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(f);
        }
        return f;
    }

    /** Marks an entry as just used, so that it is removed last. */
    public void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // the order of removal is a preference only
        }
    }

    /** The entries, with their sizes. */
    public List<Path> entries() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + ENTRY)) {
            s.forEach(out::add);
        }
        return out;
    }

    /** The size of all entries, in bytes. */
    public long size() throws IOException {
        long total = 0;
        for (Path p : entries()) {
            total += Files.size(p);
        }
        return total;
    }

    /** Removes the entries used longest ago until the folder is within its limit; the number removed. */
    public int evict() throws IOException {
        List<Path> all = entries();
        all.sort(Comparator.comparing(CacheFolder::lastModified));
        long total = 0;
        for (Path p : all) {
            total += Files.size(p);
        }
        int removed = 0;
        for (Path p : all) {
            if (total <= maxBytes) {
                break;
            }
            long size = Files.size(p);
            if (Files.deleteIfExists(p)) {
                total -= size;
                removed++;
            }
        }
        return removed;
    }

    /** Removes every entry (and unfinished entries); the number of bytes freed. */
    public long clear() throws IOException {
        long freed = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + ENTRY + "{,.tmp}")) {
            for (Path p : s) {
                freed += Files.size(p);
                Files.deleteIfExists(p);
            }
        }
        return freed;
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(p, perms);
        }
    }
}
