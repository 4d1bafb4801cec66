package se.indikator.runtime.sql;

import java.util.List;

/**
 * The distinct values of a text column where the data lie, so that a function of the column is evaluated in
 * Java once per value and sent as the list of values where it holds.
 */
@FunctionalInterface
public interface TextValues {
    /** The column's distinct values that are not missing, in any order. */
    List<String> of(String column);
}
