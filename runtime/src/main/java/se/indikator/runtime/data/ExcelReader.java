package se.indikator.runtime.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.progress.ProgressListener;

/** Reads Excel data into a {@link Dataset} (being written). */
public final class ExcelReader {
    private ExcelReader() {
    }

    /** Reads {@code file}. */
    public static LoadResult read(Path file, String displayPath, ReadOptions options, ProgressListener progress) {
        return new LoadResult(Optional.empty(), List.of(new DataProblem(Severity.ERROR, displayPath, 0, 0, displayPath,
                "Excel is not read yet", "save the data as CSV")));
    }
}
