package se.indikator.runtime.data;

import java.util.Objects;

/**
 * Counts rows of two columns stored in bytes into a histogram in one pass over both: each row adds one to the cell
 * that a lookup table of each column gives for its stored byte. It is the kernel's loop for a pass keyed by one
 * small column and counted by another (a proportion by region), reading the columns' bytes where they lie.
 */
public final class ByteTally {
    private ByteTally() {
    }

    /**
     * Whether a column can be counted here: a whole-number column {@linkplain IntColumn#inBytes() stored in bytes}
     * (its table indexed by byte + 128), or a text column whose codes are bytes (its table indexed by code + 1).
     */
    public static boolean fits(Column c) {
        return c instanceof IntColumn i && i.inBytes() || c instanceof TextColumn t && t.byteCodes() != null;
    }

    /**
     * {@code hist[firstTable[first's entry] + lastTable[last's entry]]++} for the rows {@code from} to {@code to}, with
     * each column's entry as {@link #fits} describes it.
     */
    public static void count(Column first, int[] firstTable, Column last, int[] lastTable, int from, int to, int[] hist) {
        byte[] a = bytes(first);
        byte[] b = bytes(last);
        Objects.checkFromToIndex(from, to, Math.min(a.length, b.length));
        int offA = first instanceof IntColumn ? 128 : 1;
        int offB = last instanceof IntColumn ? 128 : 1;
        for (int r = from; r < to; r++) {
            hist[firstTable[a[r] + offA] + lastTable[b[r] + offB]]++;
        }
    }

    private static byte[] bytes(Column c) {
        if (c instanceof IntColumn i && i.inBytes()) {
            return i.byteValues();
        }
        if (c instanceof TextColumn t && t.byteCodes() != null) {
            return t.byteCodes();
        }
        throw new IllegalArgumentException("not stored in bytes: " + c.name());
    }
}
