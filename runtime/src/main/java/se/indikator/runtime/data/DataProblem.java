package se.indikator.runtime.data;

import java.util.Objects;

/**
 * A problem found while reading a data file, with its position (1-based line and column; 0 when the
 * problem concerns the whole file), the offending text, a message and a hint on how to fix it.
 */
public record DataProblem(Severity severity, String file, int line, int column, String offendingText,
                          String message, String hint) {

    /** Validates the components; text components may be empty but not null. */
    public DataProblem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(offendingText);
        Objects.requireNonNull(message);
        Objects.requireNonNull(hint);
    }

    /** Whether this is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (column > 0) sb.append(':').append(column);
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (!offendingText.isEmpty()) sb.append("\n    ").append(offendingText);
        if (!hint.isEmpty()) sb.append("\n  hint: ").append(hint);
        return sb.toString();
    }
}
