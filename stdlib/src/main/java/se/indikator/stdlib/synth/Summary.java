package se.indikator.stdlib.synth;

import java.util.List;

/**
 * The result of one generator run: one {@link FileSummary} per written file, in a fixed order,
 * and the wall-clock time the run took.
 *
 * @param files   the written files, in the order listed in docs/synthetic-data.md
 * @param seconds total wall-clock seconds of the run
 */
public record Summary(List<FileSummary> files, double seconds) {

    /** Copies the file list so that the summary is immutable. */
    public Summary {
        files = List.copyOf(files);
    }

    /** Total number of data rows over all files. */
    public long totalRows() {
        return files.stream().mapToLong(FileSummary::rows).sum();
    }

    /** Total number of bytes over all files. */
    public long totalBytes() {
        return files.stream().mapToLong(FileSummary::bytes).sum();
    }
}
