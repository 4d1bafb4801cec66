package se.indikator.runtime.data;

/** How serious a {@link DataProblem} is. */
public enum Severity {
    /** The data, or part of it, could not be read. */
    ERROR,
    /** The data was read but something looks doubtful. */
    WARNING
}
