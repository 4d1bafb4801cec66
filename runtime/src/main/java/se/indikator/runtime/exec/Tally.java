package se.indikator.runtime.exec;

import se.indikator.runtime.data.ByteTally;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;

/**
 * A joint count of one source's rows by everything a set of passes tells apart — their group key, their
 * stratum key, the truth of each of the simple conditions their filters and flags are made of, and a small
 * whole value — from which each of those passes' cells are read afterwards. The count is a histogram of
 * ints indexed by mixed radix: the conditions' truths are its low bits, then the group (one slot more for
 * rows without a group), the stratum (one more for rows outside the strata), and the value.
 *
 * <p>A row's index is the sum of what each {@link Digit} adds: one table lookup per column for all the
 * conditions, keys and values over that column (a byte-stored integer column by its stored byte, a text
 * column by its dictionary code), or a condition or key evaluated over the block. So a block costs one
 * tight loop per column read plus one increment per row, whatever the number of passes. The cells are read
 * from the histogram exactly: every count is a whole number and every value a small whole number, so the
 * sums are those that adding row by row in doubles gives.
 */
final class Tally {
    /** Something that adds to each row's index. */
    static final class Digit {
        static final int INTS = 0;
        static final int TEXT = 1;
        static final int CONDITION = 2;
        static final int KEY = 3;
        final int kind;
        /** The column of a table digit (stored byte + 128, or dictionary code + 1, indexes the table). */
        final IntColumn ints;
        final TextColumn text;
        int[] table;
        final Blocks.Predicate condition;
        final Blocks.Key key;
        /** What a true condition adds; what one key slot adds; the slot of a key of -1. */
        int bit;
        int stride;
        int none;

        /** The column whose stored entry indexes the table (null for a condition or a key). */
        se.indikator.runtime.data.Column column() {
            return kind == INTS ? ints : kind == TEXT ? text : null;
        }

        private Digit(int kind, IntColumn ints, TextColumn text, Blocks.Predicate condition, Blocks.Key key) {
            this.kind = kind;
            this.ints = ints;
            this.text = text;
            this.condition = condition;
            this.key = key;
        }

        static Digit of(IntColumn col) {
            return new Digit(INTS, col, null, null, null);
        }

        static Digit of(TextColumn col) {
            return new Digit(TEXT, null, col, null, null);
        }

        static Digit of(Blocks.Predicate condition) {
            return new Digit(CONDITION, null, null, condition, null);
        }

        static Digit of(Blocks.Key key) {
            return new Digit(KEY, null, null, null, key);
        }
    }

    /** One pass read from the tally: which bit patterns pass its filter and its flag (null without a flag). */
    record Member(int pass, boolean[] filter, boolean[] flag, boolean valued) {
    }

    final Digit[] digits;
    final Member[] members;
    final int atoms;
    final int groups;
    final int strata;
    final int groupSlots;
    final int strataSlots;
    final int size;
    /** The table of the pair of stored bytes when there are two digits, both columns stored in bytes (else null). */
    private final int[] pair;

    /** Rows from which a pair's table is worth its making. */
    static final int PAIR_ROWS = ByteTally.PAIRS * 4;

    Tally(Digit[] digits, Member[] members, int atoms, int groups, int strata, boolean outside, boolean valued,
            int rows) {
        this.digits = digits;
        this.members = members;
        this.atoms = atoms;
        this.groups = groups;
        this.strata = strata;
        this.groupSlots = groups + 1;
        this.strataSlots = outside ? strata + 1 : strata;
        this.size = (groupSlots * strataSlots * (valued ? 256 : 1)) << atoms;
        this.pair = rows >= PAIR_ROWS && digits.length == 2 && bytePair(digits[0].column(), digits[1].column())
                ? ByteTally.pairTable(digits[0].column(), digits[0].table, digits[1].column(), digits[1].table) : null;
    }

    /** Whether rows are counted by the table of a pair of stored bytes. */
    boolean paired() {
        return pair != null;
    }

    private static boolean bytePair(se.indikator.runtime.data.Column a, se.indikator.runtime.data.Column b) {
        return a != null && b != null && ByteTally.fits(a) && ByteTally.fits(b);
    }

    /** The scratch arrays of one thread. */
    static final class Scratch {
        final int[] index = new int[FusedKernel.BLOCK];
        final int[] read = new int[FusedKernel.BLOCK];
        final boolean[] tested = new boolean[FusedKernel.BLOCK];
    }

    /** Counts the rows {@code from} to {@code to} into {@code hist}. */
    void count(int from, int to, int[] hist, Scratch s) {
        int n = to - from;
        int last = digits.length - 1;
        if (last < 0) {
            hist[0] += n;
            return;
        }
        if (pair != null) { // two columns in bytes: one loop over both
            ByteTally.count(digits[0].column(), digits[1].column(), pair, from, to, hist);
            return;
        }
        int[] idx = s.index;
        for (int k = 0; k < last; k++) {
            add(digits[k], k == 0, from, to, s);
        }
        // the last digit is added as the rows are counted
        Digit d = digits[last];
        boolean only = last == 0;
        if (d.kind == Digit.INTS) {
            d.ints.tally(from, to, d.table, only ? null : idx, hist);
        } else if (d.kind == Digit.TEXT) {
            d.text.tally(from, to, d.table, only ? null : idx, hist);
        } else {
            add(d, only, from, to, s);
            for (int i = 0; i < n; i++) {
                hist[idx[i]]++;
            }
        }
    }

    /** Adds what a digit gives each row of the block to the rows' indexes (sets them, for the first digit). */
    private static void add(Digit d, boolean first, int from, int to, Scratch s) {
        int n = to - from;
        int[] idx = s.index;
        int[] read = s.read;
        switch (d.kind) {
            case Digit.INTS -> {
                if (first) {
                    d.ints.lookup(from, to, d.table, idx);
                } else {
                    d.ints.lookup(from, to, d.table, read);
                    for (int i = 0; i < n; i++) {
                        idx[i] += read[i];
                    }
                }
            }
            case Digit.TEXT -> {
                d.text.codes(from, to, read);
                int[] t = d.table;
                if (first) {
                    for (int i = 0; i < n; i++) {
                        idx[i] = t[read[i] + 1];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        idx[i] += t[read[i] + 1];
                    }
                }
            }
            case Digit.CONDITION -> {
                boolean[] tested = s.tested;
                d.condition.testRange(from, to, tested);
                int bit = d.bit;
                if (first) {
                    java.util.Arrays.fill(idx, 0, n, 0);
                }
                for (int i = 0; i < n; i++) {
                    idx[i] += tested[i] ? bit : 0;
                }
            }
            default -> {
                d.key.keyRange(from, to, read);
                int stride = d.stride;
                int none = d.none;
                if (first) {
                    java.util.Arrays.fill(idx, 0, n, 0);
                }
                for (int i = 0; i < n; i++) {
                    int k = read[i];
                    idx[i] += (k < 0 ? none : k) * stride;
                }
            }
        }
    }

    /** The cells of each member pass, from the histogram of one chunk; in the order of {@link #members}. */
    Kernel.Accumulated[] finish(int[] hist) {
        Kernel.Accumulated[] out = new Kernel.Accumulated[members.length];
        int cells = (groups + 1) * strata;
        int mask = (1 << atoms) - 1;
        for (int m = 0; m < members.length; m++) {
            Member mem = members[m];
            long[] rows = new long[cells];
            long[] flagged = new long[cells];
            long[] sum = mem.valued ? new long[cells] : null;
            long[] sq = mem.valued ? new long[cells] : null;
            long[] missingByCell = new long[cells];
            long missing = 0;
            long outside = 0;
            for (int e = 0; e < hist.length; e++) {
                int c = hist[e];
                if (c == 0) {
                    continue;
                }
                int bits = e & mask;
                if (!mem.filter[bits]) {
                    continue;
                }
                int rest = e >>> atoms;
                int g = rest % groupSlots;
                rest /= groupSlots;
                int st = rest % strataSlots;
                int v = rest / strataSlots;
                if (st == strata) {
                    outside += c;
                    continue;
                }
                int nc = groups * strata + st;
                int gc = g < groups ? g * strata + st : -1;
                if (mem.valued) {
                    if (v == 0) {
                        // the stored byte of a missing value
                        missing += c;
                        missingByCell[nc] += c;
                        if (gc >= 0) {
                            missingByCell[gc] += c;
                        }
                        continue;
                    }
                    long x = v - 128;
                    sum[nc] += c * x;
                    sq[nc] += c * x * x;
                    if (gc >= 0) {
                        sum[gc] += c * x;
                        sq[gc] += c * x * x;
                    }
                }
                rows[nc] += c;
                if (gc >= 0) {
                    rows[gc] += c;
                }
                if (mem.flag != null && mem.flag[bits]) {
                    flagged[nc] += c;
                    if (gc >= 0) {
                        flagged[gc] += c;
                    }
                }
            }
            double[] r = doubles(rows);
            out[m] = new Kernel.Accumulated(groups, strata, r, doubles(flagged), mem.valued ? doubles(sum) : r.clone(),
                    mem.valued ? doubles(sq) : r.clone(), doubles(missingByCell), missing, 0, -1, outside);
        }
        return out;
    }

    private static double[] doubles(long[] counts) {
        double[] out = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            out[c] = counts[c];
        }
        return out;
    }
}
