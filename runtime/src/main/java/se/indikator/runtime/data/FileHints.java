package se.indikator.runtime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Builds the hint for a data file that does not exist: similarly named .csv/.tsv files in its folder. */
final class FileHints {

    private static final int MAX_LISTED = 5;

    private FileHints() {
    }

    /**
     * The hint for {@code file}, written as the script wrote it ({@code display}); the folder is named as
     * written too ("data/"), or as "the script's folder", never by its place on this machine.
     */
    static String missingFileHint(Path file, String display) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        String written = display.replace('\\', '/');
        int slash = written.lastIndexOf('/');
        String shown = slash < 0 ? "the script's folder" : "'" + written.substring(0, slash + 1) + "'";
        if (folder == null || !Files.isDirectory(folder)) {
            return "the folder " + shown + " does not exist either";
        }
        String wanted = stem(absolute.getFileName().toString());
        List<String> all = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> {
                        String lower = n.toLowerCase(Locale.ROOT);
                        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")
                                || lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".parquet");
                    })
                    .sorted()
                    .forEach(all::add);
        } catch (IOException e) {
            return "the folder " + shown + " could not be listed: " + e.getMessage();
        }
        if (all.isEmpty()) return "there are no data files (.csv, .tsv, .txt, .xlsx, .parquet) in " + shown;
        List<String> similar = new ArrayList<>();
        for (String name : all) {
            if (similar(wanted, stem(name))) similar.add(name);
        }
        if (similar.isEmpty()) {
            return "no similar name; the data files in " + shown + " are: " + list(all);
        }
        return "did you mean " + list(similar) + "?";
    }

    private static String list(List<String> names) {
        List<String> shown = names.subList(0, Math.min(MAX_LISTED, names.size()));
        String text = String.join(", ", shown);
        return names.size() > shown.size() ? text + " (and " + (names.size() - shown.size()) + " more)" : text;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.contains(b) || b.contains(a)) return true;
        return distance(a, b) <= Math.max(2, Math.min(a.length(), b.length()) / 3);
    }

    /** The edit distance (insertions, deletions, substitutions) between two strings. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
