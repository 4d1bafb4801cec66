package se.indikator.runtime.data;

import java.util.List;
import java.util.Optional;

/** What reading a file gave: the dataset (absent when the file could not be read at all) and the problems. */
public record LoadResult(Optional<Dataset> dataset, List<DataProblem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
