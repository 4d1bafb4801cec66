package se.indikator.runtime.data;

/**
 * A named, immutable column of a {@link Dataset}, stored as primitive arrays so that it can be
 * scanned without boxing.
 */
public sealed interface Column permits TextColumn, IntColumn, DoubleColumn {

    /** The column name. */
    String name();

    /** The number of rows. */
    int size();

    /** Whether the value in {@code row} is missing. */
    boolean isMissing(int row);

    /** The number of missing values. */
    int missingCount();

    /** The logical type. */
    ColumnType type();

    /** The value in {@code row} as display text; {@code ""} when missing. */
    String format(int row);

    /** A copy of this column under another name. */
    Column withName(String name);
}
