package se.indikator.runtime.data;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/** An immutable column of decimal numbers stored in a {@code double[]}, with NaN marking missing values. */
public final class DoubleColumn implements Column {

    private final String name;
    private final double[] values;
    private final int missingCount;

    private DoubleColumn(String name, double[] values, int missingCount) {
        this.name = name;
        this.values = values;
        this.missingCount = missingCount;
    }

    /** Builds a column from the first {@code size} entries of {@code values}; the array is not kept. */
    static DoubleColumn fromValues(String name, double[] values, int size) {
        double[] copy = Arrays.copyOf(values, size);
        int missing = 0;
        for (double v : copy) {
            if (Double.isNaN(v)) missing++;
        }
        return new DoubleColumn(Objects.requireNonNull(name, "name"), copy, missing);
    }

    double[] storage() {
        return values;
    }

    /** A column over values read back from the binary cache (the array is kept). */
    static DoubleColumn fromStorage(String name, double[] values, int missing) {
        return new DoubleColumn(name, values, missing);
    }

    /** A column of the given values; {@code null} or NaN is missing. */
    public static DoubleColumn of(String name, Double... values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] == null ? Double.NaN : values[i];
        }
        return fromValues(name, v, v.length);
    }

    /** The values of rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out[0 …]}, NaN for missing. */
    public void get(int from, int to, double[] out) {
        java.util.Objects.checkFromToIndex(from, to, values.length);
        System.arraycopy(values, from, out, 0, to - from);
    }

    /** The value in {@code row}, or NaN when missing. */
    public double get(int row) {
        return values[Objects.checkIndex(row, values.length)];
    }

    @Override public String name() { return name; }
    @Override public int size() { return values.length; }
    @Override public boolean isMissing(int row) { return Double.isNaN(get(row)); }
    @Override public int missingCount() { return missingCount; }
    @Override public ColumnType type() { return ColumnType.DECIMAL; }

    @Override
    public String format(int row) {
        double v = get(row);
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    @Override
    public DoubleColumn withName(String newName) {
        return new DoubleColumn(Objects.requireNonNull(newName), values, missingCount);
    }

    @Override
    public String toString() {
        return "DoubleColumn[" + name + ", " + values.length + " rows]";
    }

    /** A growable builder of a {@link DoubleColumn}. */
    public static final class Builder {
        private final String name;
        private double[] values = new double[16];
        private int size;

        /** A builder of a column named {@code name}. */
        public Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Appends a value; NaN appends a missing value. */
        public Builder add(double value) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = value;
            return this;
        }

        /** Appends a missing value. */
        public Builder addMissing() {
            return add(Double.NaN);
        }

        /** The column built from the values appended so far. */
        public DoubleColumn build() {
            return fromValues(name, values, size);
        }
    }
}
