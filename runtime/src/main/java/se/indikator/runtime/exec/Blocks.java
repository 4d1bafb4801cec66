package se.indikator.runtime.exec;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;

/**
 * Row functions that can also be evaluated over a range of rows at once: a tight loop over one column's
 * array and a lookup table, instead of one call per row. {@link ExprCompiler} and {@link KeyCompiler}
 * return them for the common shapes (a column compared with a constant, a list or a function of a text
 * column; bands and categories of one column; and, or, not of such), and {@link FusedKernel} uses the range
 * form. They are pure and cannot fail, so evaluating them on rows a filter leaves out changes nothing;
 * the range form gives exactly what the row form gives row by row.
 */
final class Blocks {
    private Blocks() {
    }

    /** Largest range of an integer column for which a lookup table is built. */
    static final int MAX_TABLE = 1 << 16;

    /** A condition that can test a range of rows at once. */
    interface Predicate extends RowPredicate {
        /** Tests the rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out[0 …]}. */
        void testRange(int from, int to, boolean[] out);
    }

    /** A breakdown key that can key a range of rows at once. */
    interface Key extends RowKey {
        /** The keys of the rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out[0 …]}. */
        void keyRange(int from, int to, int[] out);
    }

    /** A numeric value that can be read for a range of rows at once. */
    interface Number extends RowNumber {
        /** The values of the rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out[0 …]}. */
        void getRange(int from, int to, double[] out);
    }

    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[1][]);

    /** A scratch array of at least {@code n} ints for this thread (for leaves, which never nest). */
    private static int[] scratch(int n) {
        int[][] holder = SCRATCH.get();
        int[] s = holder[0];
        if (s == null || s.length < n) {
            s = new int[Math.max(n, FusedKernel.BLOCK)];
            holder[0] = s;
        }
        return s;
    }

    // ---------------------------------------------------------------- conditions

    /** A condition on one integer column's value, by table; null when the column's range is too wide. */
    static Predicate intTest(IntColumn col, IntPredicate onValue, boolean onMissing) {
        if (col.missingCount() == col.size()) {
            return new IntTest(col, 0, new boolean[0], onValue, onMissing);
        }
        int min = col.min();
        long range = (long) col.max() - min + 1;
        if (range > MAX_TABLE) {
            return null;
        }
        boolean[] table = new boolean[(int) range];
        for (int k = 0; k < table.length; k++) {
            table[k] = onValue.test(k + min);
        }
        return new IntTest(col, min, table, onValue, onMissing);
    }

    /** A condition on one integer column: a table over the column's range, the function outside it. */
    record IntTest(IntColumn col, int min, boolean[] table, IntPredicate onValue, boolean onMissing,
            boolean[] byByte) implements Predicate {
        IntTest(IntColumn col, int min, boolean[] table, IntPredicate onValue, boolean onMissing) {
            this(col, min, table, onValue, onMissing, col.inBytes() ? new boolean[256] : null);
            if (byByte != null) {
                byByte[0] = onMissing;
                for (int v = Byte.MIN_VALUE + 1; v <= Byte.MAX_VALUE; v++) {
                    int k = v - min;
                    byByte[v + 128] = k >= 0 && k < table.length ? table[k] : onValue.test(v);
                }
            }
        }

        @Override
        public boolean test(int row) {
            int v = col.get(row);
            if (v == IntColumn.MISSING) {
                return onMissing;
            }
            int k = v - min;
            return k >= 0 && k < table.length ? table[k] : onValue.test(v);
        }

        @Override
        public void testRange(int from, int to, boolean[] out) {
            if (byByte != null) {
                col.lookup(from, to, byByte, out);
                return;
            }
            int n = to - from;
            int[] v = scratch(n);
            col.get(from, to, v);
            boolean[] t = table;
            int lo = min;
            for (int i = 0; i < n; i++) {
                int x = v[i];
                if (x == IntColumn.MISSING) {
                    out[i] = onMissing;
                } else {
                    int k = x - lo;
                    out[i] = k >= 0 && k < t.length ? t[k] : onValue.test(x);
                }
            }
        }
    }

    /** A condition on one text column's value: a table over its dictionary codes. */
    static Predicate codeTest(TextColumn col, boolean[] byCode, boolean onMissing) {
        return new CodeTest(col, byCode, onMissing);
    }

    /** A condition on one text column, by dictionary code. */
    record CodeTest(TextColumn col, boolean[] byCode, boolean onMissing) implements Predicate {
        @Override
        public boolean test(int row) {
            int c = col.code(row);
            return c < 0 ? onMissing : byCode[c];
        }

        @Override
        public void testRange(int from, int to, boolean[] out) {
            int n = to - from;
            int[] c = scratch(n);
            col.codes(from, to, c);
            boolean[] t = byCode;
            for (int i = 0; i < n; i++) {
                int x = c[i];
                out[i] = x < 0 ? onMissing : t[x];
            }
        }
    }

    /** {@code not p}. */
    static Predicate not(Predicate p) {
        return new Not(p);
    }

    /** The negation of a condition. */
    record Not(Predicate p) implements Predicate {
        @Override
        public boolean test(int row) {
            return !p.test(row);
        }

        @Override
        public void testRange(int from, int to, boolean[] out) {
            p.testRange(from, to, out);
            for (int i = 0; i < to - from; i++) {
                out[i] = !out[i];
            }
        }
    }

    /** {@code a and b and …} ({@code and} true) or {@code a or b or …}; null unless every operand is a block condition. */
    static Predicate logical(boolean and, List<RowPredicate> operands) {
        Predicate[] ps = new Predicate[operands.size()];
        for (int i = 0; i < ps.length; i++) {
            if (!(operands.get(i) instanceof Predicate p)) {
                return null;
            }
            ps[i] = p;
        }
        return new Logical(and, ps);
    }

    /** Conditions joined by and or by or. */
    record Logical(boolean and, Predicate[] ps) implements Predicate {
        @Override
        public boolean test(int row) {
            for (Predicate p : ps) {
                if (p.test(row) != and) {
                    return !and;
                }
            }
            return and;
        }

        @Override
        public void testRange(int from, int to, boolean[] out) {
            int n = to - from;
            ps[0].testRange(from, to, out);
            boolean[] more = new boolean[n];
            for (int k = 1; k < ps.length; k++) {
                ps[k].testRange(from, to, more);
                if (and) {
                    for (int i = 0; i < n; i++) {
                        out[i] &= more[i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        out[i] |= more[i];
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- keys

    /**
     * A key on one integer column's value: a table over the column's range (when not wider than
     * {@code maxRange}), {@code onValue} outside it; null when the range is too wide.
     */
    static Key intKey(IntColumn col, IntUnaryOperator onValue, int onMissing, long maxRange) {
        if (col.missingCount() == col.size()) {
            return new IntKey(col, 0, new int[0], onValue, onMissing);
        }
        int min = col.min();
        long range = (long) col.max() - min + 1;
        if (range > maxRange) {
            return null;
        }
        int[] table = new int[(int) range];
        for (int k = 0; k < table.length; k++) {
            table[k] = onValue.applyAsInt(k + min);
        }
        return new IntKey(col, min, table, onValue, onMissing);
    }

    /** A key on one integer column, by table. */
    record IntKey(IntColumn col, int min, int[] table, IntUnaryOperator onValue, int onMissing, int[] byByte)
            implements Key {
        IntKey(IntColumn col, int min, int[] table, IntUnaryOperator onValue, int onMissing) {
            this(col, min, table, onValue, onMissing, col.inBytes() ? new int[256] : null);
            if (byByte != null) {
                byByte[0] = onMissing;
                for (int v = Byte.MIN_VALUE + 1; v <= Byte.MAX_VALUE; v++) {
                    int k = v - min;
                    // values the column does not hold are never looked up; -1 keeps the table total
                    byByte[v + 128] = k >= 0 && k < table.length ? table[k] : -1;
                }
            }
        }

        @Override
        public int key(int row) {
            int v = col.get(row);
            if (v == IntColumn.MISSING) {
                return onMissing;
            }
            int k = v - min;
            return k >= 0 && k < table.length ? table[k] : onValue.applyAsInt(v);
        }

        @Override
        public void keyRange(int from, int to, int[] out) {
            if (byByte != null) {
                col.lookup(from, to, byByte, out);
                return;
            }
            int n = to - from;
            col.get(from, to, out);
            int[] t = table;
            int lo = min;
            for (int i = 0; i < n; i++) {
                int x = out[i];
                if (x == IntColumn.MISSING) {
                    out[i] = onMissing;
                } else {
                    int k = x - lo;
                    out[i] = k >= 0 && k < t.length ? t[k] : onValue.applyAsInt(x);
                }
            }
        }
    }

    /** A key on one text column: a table over its dictionary codes. */
    static Key codeKey(TextColumn col, int[] byCode, int onMissing) {
        return new CodeKey(col, byCode, onMissing);
    }

    /** A key on one text column, by dictionary code. */
    record CodeKey(TextColumn col, int[] byCode, int onMissing) implements Key {
        @Override
        public int key(int row) {
            int c = col.code(row);
            return c < 0 ? onMissing : byCode[c];
        }

        @Override
        public void keyRange(int from, int to, int[] out) {
            int n = to - from;
            col.codes(from, to, out);
            int[] t = byCode;
            for (int i = 0; i < n; i++) {
                int x = out[i];
                out[i] = x < 0 ? onMissing : t[x];
            }
        }
    }

    /** Keys combined in mixed radix as {@link GroupKey#combine} does; null unless every key is a block key. */
    static Key combine(List<RowKey> keys, List<Integer> sizes) {
        Key[] ks = new Key[keys.size()];
        for (int i = 0; i < ks.length; i++) {
            if (!(keys.get(i) instanceof Key k)) {
                return null;
            }
            ks[i] = k;
        }
        return new Combined(ks, sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Several keys in mixed radix, first slowest; -1 when any is -1. */
    private record Combined(Key[] ks, int[] ns) implements Key {
        @Override
        public int key(int row) {
            int idx = 0;
            for (int i = 0; i < ks.length; i++) {
                int k = ks[i].key(row);
                if (k < 0) {
                    return -1;
                }
                idx = idx * ns[i] + k;
            }
            return idx;
        }

        @Override
        public void keyRange(int from, int to, int[] out) {
            int n = to - from;
            ks[0].keyRange(from, to, out);
            int[] more = new int[n];
            for (int k = 1; k < ks.length; k++) {
                ks[k].keyRange(from, to, more);
                int radix = ns[k];
                for (int i = 0; i < n; i++) {
                    int a = out[i];
                    int b = more[i];
                    out[i] = a < 0 || b < 0 ? -1 : a * radix + b;
                }
            }
        }
    }

    // ---------------------------------------------------------------- numbers

    /** An integer column as numbers, NaN for missing. */
    static Number intNumber(IntColumn col) {
        return new IntNumber(col);
    }

    /** An integer column read as doubles. */
    record IntNumber(IntColumn col, double[] byByte) implements Number {
        IntNumber(IntColumn col) {
            this(col, col.inBytes() ? new double[256] : null);
            if (byByte != null) {
                byByte[0] = Double.NaN;
                for (int v = Byte.MIN_VALUE + 1; v <= Byte.MAX_VALUE; v++) {
                    byByte[v + 128] = v;
                }
            }
        }

        @Override
        public double get(int row) {
            int v = col.get(row);
            return v == IntColumn.MISSING ? Double.NaN : v;
        }

        @Override
        public void getRange(int from, int to, double[] out) {
            if (byByte != null) {
                col.lookup(from, to, byByte, out);
                return;
            }
            int n = to - from;
            int[] v = scratch(n);
            col.get(from, to, v);
            for (int i = 0; i < n; i++) {
                int x = v[i];
                out[i] = x == IntColumn.MISSING ? Double.NaN : x;
            }
        }
    }

    /** A decimal column as numbers (NaN is missing). */
    static Number doubleNumber(DoubleColumn col) {
        return new DoubleNumber(col);
    }

    /** A decimal column. */
    private record DoubleNumber(DoubleColumn col) implements Number {
        @Override
        public double get(int row) {
            return col.get(row);
        }

        @Override
        public void getRange(int from, int to, double[] out) {
            col.get(from, to, out);
        }
    }
}
