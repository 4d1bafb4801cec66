package se.indikator.runtime.exec;

/** A compiled condition over one data source's rows: {@code test(row)} without boxing. */
@FunctionalInterface
public interface RowPredicate {
    boolean test(int row);

    RowPredicate ALL = row -> true;
}
