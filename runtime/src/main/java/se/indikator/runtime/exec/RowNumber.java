package se.indikator.runtime.exec;

/** A compiled numeric expression over one data source's rows; NaN stands for missing. */
@FunctionalInterface
public interface RowNumber {
    double get(int row);
}
