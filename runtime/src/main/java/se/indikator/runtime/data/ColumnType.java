package se.indikator.runtime.data;

/** The type of a loaded column, inferred from its values: text, integer, decimal, date or boolean. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, DATE, BOOLEAN
}
