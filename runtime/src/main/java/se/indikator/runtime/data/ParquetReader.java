package se.indikator.runtime.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads Parquet data — one file, or every file a pattern with {@code *} or {@code ?} matches, in the order of
 * their paths — into a {@link Dataset} with typed columns, through DuckDB in process (see {@link ParquetScan}
 * for the types). This class finds and checks the files; DuckDB is loaded only once they are found to be
 * Parquet.
 */
public final class ParquetReader {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetReader() {
    }

    /**
     * The files a {@code read} names: {@code paths} to read (in order) with their {@code names} as the user would
     * write them, or the {@code problems} that stop reading (no file matches, a file is not Parquet).
     */
    public record Matched(List<Path> paths, List<String> names, List<DataProblem> problems) {
        /** Copies the components. */
        public Matched {
            paths = List.copyOf(paths);
            names = List.copyOf(names);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads {@code file} (or the files the pattern {@code file} matches, when {@code displayPath} has {@code *} or
     * {@code ?}); {@code displayPath} is the path as the user wrote it, which names the data in problems.
     */
    public static LoadResult read(Path file, String displayPath, ReadOptions options, ProgressListener progress) {
        Matched found = files(file, displayPath);
        if (!found.problems().isEmpty()) {
            return new LoadResult(Optional.empty(), found.problems());
        }
        String name = DataReader.isGlob(displayPath) ? globName(file) : CsvReader.datasetName(file);
        return ParquetScan.read(found.paths(), displayPath, name, options, progress);
    }

    /**
     * The Parquet files {@code file} names — itself, or what the pattern matches (sorted by path) — each checked
     * to be a Parquet file.
     */
    public static Matched files(Path file, String displayPath) {
        List<Path> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (DataReader.isGlob(displayPath)) {
            try {
                match(file.toAbsolutePath(), displayPath, paths, names);
            } catch (IOException | RuntimeException e) {
                return failure(displayPath, "the files of " + displayPath + " could not be listed: " + e.getMessage(),
                        "check the pattern and that its folder is readable");
            }
            if (paths.isEmpty()) {
                return failure(displayPath, "no file matches " + displayPath,
                        "check the folder and the pattern: * stands for any part of a name within one folder, ** for "
                                + "any folders, ? for one character");
            }
        } else {
            if (!Files.isRegularFile(file)) {
                return failure(displayPath, "file not found: " + displayPath, FileHints.missingFileHint(file, displayPath));
            }
            paths.add(file);
            names.add(displayPath);
        }
        for (int i = 0; i < paths.size(); i++) {
            if (!isParquet(paths.get(i))) {
                String what = paths.size() == 1 && !DataReader.isGlob(displayPath) ? displayPath
                        : names.get(i) + ", which " + displayPath + " matches,";
                return failure(displayPath, what + " is not a Parquet file",
                        DataReader.isGlob(displayPath) ? "make the pattern match only Parquet files, or move the other "
                                + "file out of the folder" : "read a Parquet file, or save the data as Parquet");
            }
        }
        return new Matched(paths, names, List.of());
    }

    private static Matched failure(String displayPath, String message, String hint) {
        return new Matched(List.of(), List.of(),
                List.of(new DataProblem(Severity.ERROR, displayPath, 0, 0, displayPath, message, hint)));
    }

    /** Adds the regular files under the pattern's fixed folder that the rest of the pattern matches, by path. */
    private static void match(Path pattern, String displayPath, List<Path> paths, List<String> names) throws IOException {
        Path root = pattern.getRoot();
        int first = 0;
        while (first < pattern.getNameCount() && !wild(pattern.getName(first).toString())) {
            root = root.resolve(pattern.getName(first).toString());
            first++;
        }
        String rest = pattern.subpath(first, pattern.getNameCount()).toString();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : pattern.getNameCount() - first;
        int wildAt = firstWild(displayPath);
        int slash = Math.max(displayPath.lastIndexOf('/', wildAt), displayPath.lastIndexOf('\\', wildAt));
        String prefix = displayPath.substring(0, slash + 1);
        if (!Files.isDirectory(root)) {
            return;
        }
        Path base = root;
        try (Stream<Path> walk = Files.walk(base, depth)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p)))
                    .sorted(Comparator.comparing(p -> base.relativize(p).toString().replace('\\', '/'))).toList();
            for (Path p : found) {
                paths.add(p);
                names.add(prefix + base.relativize(p).toString().replace('\\', '/'));
            }
        }
    }

    private static boolean wild(String s) {
        return firstWild(s) < s.length();
    }

    private static int firstWild(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return s.length();
    }

    /** The dataset's name for a pattern: the name of its fixed folder. */
    private static String globName(Path pattern) {
        Path p = pattern.toAbsolutePath();
        String name = "data";
        for (int i = 0; i < p.getNameCount() && !wild(p.getName(i).toString()); i++) {
            name = p.getName(i).toString();
        }
        return name;
    }

    /** Whether a file starts and ends with Parquet's magic bytes. */
    public static boolean isParquet(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (size < 12) {
                return false;
            }
            ByteBuffer head = ByteBuffer.allocate(4);
            ByteBuffer tail = ByteBuffer.allocate(4);
            while (head.hasRemaining() && ch.read(head) > 0) {
                // reads the first four bytes
            }
            ch.position(size - 4);
            while (tail.hasRemaining() && ch.read(tail) > 0) {
                // reads the last four bytes
            }
            return java.util.Arrays.equals(head.array(), MAGIC) && java.util.Arrays.equals(tail.array(), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
