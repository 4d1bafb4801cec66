package se.indikator.runtime.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Whether two datasets hold the very same rows: the same file read twice under two names, or the same relation
 * of the same engine. In memory that is the same columns — names, types, dictionaries and stored values, row by
 * row; for rows an engine holds, the same relation in the same engine, or the same files by their absolute paths
 * scanned twice. What is published of one is then published
 * of the other, and the disclosure ledger protects their tables together.
 */
final class SameRows {
    private SameRows() {
    }

    static boolean test(Dataset a, Dataset b) {
        if (a == b) {
            return true;
        }
        if (!a.columnNames().equals(b.columnNames())) {
            return false;
        }
        if (a.engine().isPresent() || b.engine().isPresent()) {
            if (a.engine().isEmpty() || b.engine().isEmpty()) {
                return false;
            }
            EngineTable s = a.engine().get();
            EngineTable t = b.engine().get();
            boolean sameEngine = s.engine() == t.engine()
                    || s.located() && t.located() && s.engine().dialect().equals(t.engine().dialect());
            return sameEngine && s.relation().equals(t.relation());
        }
        if (a.rowCount() != b.rowCount()) {
            return false;
        }
        for (Column c : a.columns()) {
            if (!sameValues(c, b.column(c.name()).orElseThrow(), a.rowCount())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValues(Column x, Column y, int rows) {
        if (x.type() != y.type()) {
            return false;
        }
        if (x instanceof TextColumn t && y instanceof TextColumn u) {
            return Arrays.equals(t.dictionary(), u.dictionary()) && sameArrays(t.storage(), u.storage(), rows);
        }
        if (x instanceof IntColumn i && y instanceof IntColumn j) {
            return sameArrays(i.storage(), j.storage(), rows);
        }
        if (x instanceof DoubleColumn d && y instanceof DoubleColumn e) {
            return Arrays.equals(d.storage(), 0, rows, e.storage(), 0, rows);
        }
        return false;
    }

    /** The first {@code rows} entries of two arrays of the same primitive type are equal. */
    private static boolean sameArrays(Object p, Object q, int rows) {
        Objects.requireNonNull(p);
        Objects.requireNonNull(q);
        if (p instanceof byte[] a && q instanceof byte[] b) {
            return Arrays.equals(a, 0, rows, b, 0, rows);
        }
        if (p instanceof short[] a && q instanceof short[] b) {
            return Arrays.equals(a, 0, rows, b, 0, rows);
        }
        if (p instanceof int[] a && q instanceof int[] b) {
            return Arrays.equals(a, 0, rows, b, 0, rows);
        }
        return false;
    }
}
