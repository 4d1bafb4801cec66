package se.indikator.runtime.exec;

/** A compiled breakdown: the row's category index, or -1 when the row belongs to no category. */
@FunctionalInterface
public interface RowKey {
    int key(int row);
}
