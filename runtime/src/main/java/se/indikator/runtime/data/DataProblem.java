package se.indikator.runtime.data;

/**
 * A problem found while reading a data file, with its place (1-based line and column; line 0 for the
 * file as a whole), the offending text, what is wrong and a hint, e.g. {@code deaths.csv:17:12: row has
 * 5 fields, the header has 6}.
 */
public record DataProblem(boolean error, String file, int line, int column, String offendingText, String message,
        String hint) {
}
