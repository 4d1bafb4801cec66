package se.indikator.runtime.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of reading a data file: the dataset, if one could be built, and the problems found. */
public record LoadResult(Optional<Dataset> dataset, List<DataProblem> problems) {

    /** Validates and copies the components. */
    public LoadResult {
        Objects.requireNonNull(dataset);
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(DataProblem::isError);
    }

    /** The error problems. */
    public List<DataProblem> errors() {
        return problems.stream().filter(DataProblem::isError).toList();
    }
}
