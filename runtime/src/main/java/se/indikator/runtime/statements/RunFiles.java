package se.indikator.runtime.statements;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.indikator.runtime.result.ResultTable;

/**
 * The files one run writes, shared by its statements' {@link Presenter}s: the files the session reads (never
 * written), the folder of {@code --csv} with the names already used in it, and the workbooks written so far, so
 * that a second statement writing to the same {@code .xlsx} adds its sheets to the first's.
 */
public final class RunFiles {
    private final ReadFiles reads;
    private final Path csvDir;
    private final Set<String> csvNames = new HashSet<>();
    private final Map<Path, List<ResultTable>> workbooks = new HashMap<>();

    /**
     * @param reads the files the session reads
     * @param csvDir the folder where every printed table is also written as CSV, or null
     */
    public RunFiles(ReadFiles reads, Path csvDir) {
        this.reads = reads;
        this.csvDir = csvDir;
    }

    ReadFiles reads() {
        return reads;
    }

    Path csvDir() {
        return csvDir;
    }

    /** A file name in the {@code --csv} folder for {@code stem} that no table of this run has taken yet. */
    String csvName(String stem) {
        String safe = stem.replaceAll("[^\\p{L}\\p{N}_-]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (safe.isEmpty()) {
            safe = "table";
        }
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        String name = safe + ".csv";
        for (int n = 2; !csvNames.add(name); n++) {
            name = safe + "_" + n + ".csv";
        }
        return name;
    }

    /** The tables of workbook {@code file} after adding {@code tables}: all this run has written to it. */
    List<ResultTable> addSheets(Path file, List<ResultTable> tables) {
        List<ResultTable> all = workbooks.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ArrayList<>());
        all.addAll(tables);
        return List.copyOf(all);
    }
}
