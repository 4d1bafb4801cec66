package se.indikator.runtime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Hints for a file that is not there: data files with similar names in the same folder. */
final class FileHints {
    private FileHints() {
    }

    static String similar(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "the folder " + (dir == null ? "" : dir.getFileName() + " ") + "does not exist either; paths are relative to the script's folder";
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")).sorted().toList();
            if (names.isEmpty()) {
                return "there are no .csv or .tsv files in that folder; paths are relative to the script's folder";
            }
            String wanted = file.getFileName().toString();
            return se.indikator.runtime.diag.Suggest.closest(wanted, names).map(n -> "did you mean '" + n + "'?")
                    .orElse("files there: " + String.join(", ", names.stream().limit(10).toList()));
        } catch (IOException e) {
            return "paths are relative to the script's folder";
        }
    }
}
