package se.indikator.runtime.model;

import se.indikator.runtime.data.ColumnType;

/** The type of a value in an expression: number, text, boolean or date. */
public enum ValueType {
    NUMBER, TEXT, BOOLEAN, DATE;

    public static ValueType of(ColumnType t) {
        return switch (t) {
            case INTEGER, DECIMAL -> NUMBER;
            case TEXT -> TEXT;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
        };
    }

    public String word() {
        return switch (this) {
            case NUMBER -> "a number";
            case TEXT -> "text";
            case BOOLEAN -> "true/false";
            case DATE -> "a date";
        };
    }
}
