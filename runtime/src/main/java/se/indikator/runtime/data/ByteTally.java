package se.indikator.runtime.data;

import java.util.Objects;

/**
 * Counts rows of two columns stored in bytes into a histogram in one pass over both: each row adds one to the cell
 * that a table of the pair of its two stored bytes gives. It is the kernel's loop for a pass keyed by one small
 * column and counted by another (a proportion by region), reading the columns' bytes where they lie. The pair's
 * table is made once from the two columns' own tables, so a row costs one lookup rather than two.
 */
public final class ByteTally {
    private ByteTally() {
    }

    /** Entries in a pair's table: one per pair of stored bytes. */
    public static final int PAIRS = 1 << 16;

    /**
     * Whether a column can be counted here: a whole-number column {@linkplain IntColumn#inBytes() stored in bytes}
     * (its table indexed by byte + 128), or a text column whose codes are bytes (its table indexed by code + 1).
     */
    public static boolean fits(Column c) {
        return c instanceof IntColumn i && i.inBytes() || c instanceof TextColumn t && t.byteCodes() != null;
    }

    /**
     * The table of the pair: at {@code (first's byte & 0xFF) << 8 | (last's byte & 0xFF)},
     * {@code firstTable[first's entry] + lastTable[last's entry]}, with each column's entry as {@link #fits}
     * describes it (0 for a byte the column cannot hold).
     */
    public static int[] pairTable(Column first, int[] firstTable, Column last, int[] lastTable) {
        int[] a = entries(first, firstTable);
        int[] b = entries(last, lastTable);
        int[] pair = new int[PAIRS];
        for (int x = 0; x < 256; x++) {
            int ax = a[x];
            for (int y = 0; y < 256; y++) {
                pair[x << 8 | y] = ax + b[y];
            }
        }
        return pair;
    }

    /** What a column's table gives each unsigned stored byte (0 where the column never stores that byte). */
    private static int[] entries(Column c, int[] table) {
        int offset = c instanceof IntColumn ? 128 : 1;
        int[] out = new int[256];
        for (int u = 0; u < 256; u++) {
            int e = (byte) u + offset;
            out[u] = e >= 0 && e < table.length ? table[e] : 0;
        }
        return out;
    }

    /** {@code hist[pair[first's byte, last's byte]]++} for the rows {@code from} to {@code to} ({@link #pairTable}). */
    public static void count(Column first, Column last, int[] pair, int from, int to, int[] hist) {
        byte[] a = bytes(first);
        byte[] b = bytes(last);
        Objects.checkFromToIndex(from, to, Math.min(a.length, b.length));
        if (pair.length != PAIRS) {
            throw new IllegalArgumentException("a pair's table has " + PAIRS + " entries");
        }
        for (int r = from; r < to; r++) {
            hist[pair[(a[r] & 0xFF) << 8 | b[r] & 0xFF]]++;
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
