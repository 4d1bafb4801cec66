package se.indikator.runtime.data;

/** The logical type of a {@link Column}, as inferred from a file or chosen by a builder. */
public enum ColumnType {
    /** Categorical text, dictionary encoded. */
    TEXT,
    /** Whole numbers that fit in an {@code int}. */
    INTEGER,
    /** Numbers with decimals, stored as {@code double}. */
    DECIMAL,
    /** Calendar dates, stored as epoch days. */
    DATE,
    /** True/false values, stored as 0/1. */
    BOOLEAN
}
