package se.indikator.runtime.data;

/**
 * One column of a {@link Dataset}, held in a primitive array so that kernels scan it without boxing:
 * text as dictionary codes, integers, dates and booleans as narrow integers, decimals as doubles.
 */
public sealed interface Column permits TextColumn, IntColumn, DoubleColumn {
    String name();

    int size();

    boolean isMissing(int row);

    int missingCount();

    ColumnType type();

    /** The value as text for display; empty when missing. */
    String format(int row);
}
