package se.indikator.runtime.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable column of integers, dates (as epoch days) or booleans (as 0/1), stored in the narrowest
 * of {@code byte[]}, {@code short[]} or {@code int[]} that holds its range of values.
 */
public final class IntColumn implements Column {

    /** The value {@link #get(int)} returns for a missing row. */
    public static final int MISSING = Integer.MIN_VALUE;

    private final String name;
    private final ColumnType type;
    private final int size;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final int missingCount;
    private final long sum;
    private final int min;
    private final int max;

    private IntColumn(String name, ColumnType type, int size, byte[] bytes, short[] shorts, int[] ints,
                      int missingCount, long sum, int min, int max) {
        this.name = name;
        this.type = type;
        this.size = size;
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
        this.missingCount = missingCount;
        this.sum = sum;
        this.min = min;
        this.max = max;
    }

    /**
     * Builds a column from the first {@code size} entries of {@code values} ({@link #MISSING} for missing),
     * choosing the narrowest storage. The array is not kept.
     */
    static IntColumn fromValues(String name, ColumnType type, int[] values, int size) {
        Objects.requireNonNull(name, "name");
        if (type != ColumnType.INTEGER && type != ColumnType.DATE && type != ColumnType.BOOLEAN) {
            throw new IllegalArgumentException("an IntColumn cannot hold " + type);
        }
        int missing = 0;
        long total = 0;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            int v = values[i];
            if (v == MISSING) {
                missing++;
            } else {
                total += v;
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            }
        }
        if (missing == size) {
            lo = MISSING;
            hi = MISSING;
        }
        boolean none = missing == size;
        if (none || (lo > Byte.MIN_VALUE && hi <= Byte.MAX_VALUE)) {
            byte[] b = new byte[size];
            for (int i = 0; i < size; i++) {
                int v = values[i];
                b[i] = v == MISSING ? Byte.MIN_VALUE : (byte) v;
            }
            return new IntColumn(name, type, size, b, null, null, missing, total, lo, hi);
        }
        if (lo > Short.MIN_VALUE && hi <= Short.MAX_VALUE) {
            short[] s = new short[size];
            for (int i = 0; i < size; i++) {
                int v = values[i];
                s[i] = v == MISSING ? Short.MIN_VALUE : (short) v;
            }
            return new IntColumn(name, type, size, null, s, null, missing, total, lo, hi);
        }
        return new IntColumn(name, type, size, null, null, Arrays.copyOf(values, size), missing, total, lo, hi);
    }

    /** The raw storage, for the binary cache: one of the three arrays. */
    Object storage() {
        return bytes != null ? bytes : shorts != null ? (Object) shorts : ints;
    }

    /** A column over storage read back from the binary cache (the arrays are kept). */
    static IntColumn fromStorage(String name, ColumnType type, Object storage, int size, int missing, long sum, int min,
            int max) {
        return new IntColumn(name, type, size, storage instanceof byte[] b ? b : null, storage instanceof short[] s ? s : null,
                storage instanceof int[] i ? i : null, missing, sum, min, max);
    }

    /** An INTEGER column of the given values; {@code null} is missing. */
    public static IntColumn of(String name, Integer... values) {
        Builder b = new Builder(name, ColumnType.INTEGER);
        for (Integer v : values) {
            if (v == null) b.addMissing(); else b.add(v);
        }
        return b.build();
    }

    /** A DATE column of the given dates; {@code null} is missing. */
    public static IntColumn ofDates(String name, LocalDate... values) {
        Builder b = new Builder(name, ColumnType.DATE);
        for (LocalDate v : values) {
            if (v == null) b.addMissing(); else b.addDate(v);
        }
        return b.build();
    }

    /** A BOOLEAN column of the given values; {@code null} is missing. */
    public static IntColumn ofBooleans(String name, Boolean... values) {
        Builder b = new Builder(name, ColumnType.BOOLEAN);
        for (Boolean v : values) {
            if (v == null) b.addMissing(); else b.addBoolean(v);
        }
        return b.build();
    }

    /** The stored bytes, for the package's kernels that read them where they lie (null when not in bytes). */
    byte[] byteValues() {
        return bytes;
    }

    /** Whether the values are stored in bytes (then {@link Byte#MIN_VALUE} stands for missing). */
    public boolean inBytes() {
        return bytes != null;
    }

    /**
     * For a column {@linkplain #inBytes() stored in bytes}: {@code out[i] = table[stored + 128]} for the rows
     * {@code from} to {@code to}, where {@code table[0]} is the answer for a missing value.
     */
    public void lookup(int from, int to, boolean[] table, boolean[] out) {
        Objects.checkFromToIndex(from, to, size);
        byte[] b = bytes;
        for (int r = from, i = 0; r < to; r++, i++) {
            out[i] = table[b[r] + 128];
        }
    }

    /** As {@link #lookup(int, int, boolean[], boolean[])}, with integer answers. */
    public void lookup(int from, int to, int[] table, int[] out) {
        Objects.checkFromToIndex(from, to, size);
        byte[] b = bytes;
        for (int r = from, i = 0; r < to; r++, i++) {
            out[i] = table[b[r] + 128];
        }
    }

    /**
     * For a column {@linkplain #inBytes() stored in bytes}, counts rows into a histogram in the same pass that reads
     * them: {@code hist[base[i] + table[stored + 128]]++} for the rows {@code from} to {@code to} ({@code i} counting
     * from 0; no base when {@code base} is null).
     */
    public void tally(int from, int to, int[] table, int[] base, int[] hist) {
        Objects.checkFromToIndex(from, to, size);
        byte[] b = bytes;
        if (base == null) {
            for (int r = from; r < to; r++) {
                hist[table[b[r] + 128]]++;
            }
        } else {
            for (int r = from, i = 0; r < to; r++, i++) {
                hist[base[i] + table[b[r] + 128]]++;
            }
        }
    }

    /** As {@link #lookup(int, int, boolean[], boolean[])}, with numeric answers. */
    public void lookup(int from, int to, double[] table, double[] out) {
        Objects.checkFromToIndex(from, to, size);
        byte[] b = bytes;
        for (int r = from, i = 0; r < to; r++, i++) {
            out[i] = table[b[r] + 128];
        }
    }

    /** The values of rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out[0 …]}, {@link #MISSING} for missing. */
    public void get(int from, int to, int[] out) {
        Objects.checkFromToIndex(from, to, size);
        if (bytes != null) {
            byte[] b = bytes;
            for (int r = from, i = 0; r < to; r++, i++) {
                byte v = b[r];
                out[i] = v == Byte.MIN_VALUE ? MISSING : v;
            }
        } else if (shorts != null) {
            short[] s = shorts;
            for (int r = from, i = 0; r < to; r++, i++) {
                short v = s[r];
                out[i] = v == Short.MIN_VALUE ? MISSING : v;
            }
        } else {
            System.arraycopy(ints, from, out, 0, to - from);
        }
    }

    /** The value in {@code row}, or {@link #MISSING}. */
    public int get(int row) {
        Objects.checkIndex(row, size);
        if (bytes != null) {
            byte v = bytes[row];
            return v == Byte.MIN_VALUE ? MISSING : v;
        }
        if (shorts != null) {
            short v = shorts[row];
            return v == Short.MIN_VALUE ? MISSING : v;
        }
        return ints[row];
    }

    /** The sum of the non-missing values. */
    public long sum() {
        return sum;
    }

    /** The smallest non-missing value, or {@link #MISSING} when every value is missing. */
    public int min() {
        return min;
    }

    /** The largest non-missing value, or {@link #MISSING} when every value is missing. */
    public int max() {
        return max;
    }

    /** The date in {@code row} for a DATE column, or {@code null} when missing. */
    public LocalDate getDate(int row) {
        int v = get(row);
        return v == MISSING ? null : LocalDate.ofEpochDay(v);
    }

    /** The width in bits of the storage chosen: 8, 16 or 32. */
    int storageBits() {
        return bytes != null ? 8 : shorts != null ? 16 : 32;
    }

    @Override public String name() { return name; }
    @Override public int size() { return size; }
    @Override public boolean isMissing(int row) { return get(row) == MISSING; }
    @Override public int missingCount() { return missingCount; }
    @Override public ColumnType type() { return type; }

    @Override
    public String format(int row) {
        int v = get(row);
        if (v == MISSING) return "";
        switch (type) {
            case DATE: return LocalDate.ofEpochDay(v).toString();
            case BOOLEAN: return v != 0 ? "true" : "false";
            default: return Integer.toString(v);
        }
    }

    @Override
    public IntColumn withName(String newName) {
        return new IntColumn(Objects.requireNonNull(newName), type, size, bytes, shorts, ints, missingCount, sum, min, max);
    }

    @Override
    public String toString() {
        return "IntColumn[" + name + ", " + type + ", " + size + " rows]";
    }

    /** A growable builder of an {@link IntColumn}; {@link #build()} narrows the storage. */
    public static final class Builder {
        private final String name;
        private final ColumnType type;
        private int[] values = new int[16];
        private int size;

        /** A builder of a column of the given type (INTEGER, DATE or BOOLEAN). */
        public Builder(String name, ColumnType type) {
            this.name = Objects.requireNonNull(name, "name");
            if (type != ColumnType.INTEGER && type != ColumnType.DATE && type != ColumnType.BOOLEAN) {
                throw new IllegalArgumentException("an IntColumn cannot hold " + type);
            }
            this.type = type;
        }

        /** Appends a value; {@link #MISSING} appends a missing value. */
        public Builder add(int value) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = value;
            return this;
        }

        /** Appends a missing value. */
        public Builder addMissing() {
            return add(MISSING);
        }

        /** Appends a date as its epoch day. */
        public Builder addDate(LocalDate date) {
            return add(Math.toIntExact(date.toEpochDay()));
        }

        /** Appends a boolean as 0/1. */
        public Builder addBoolean(boolean value) {
            return add(value ? 1 : 0);
        }

        /** The column built from the values appended so far. */
        public IntColumn build() {
            return fromValues(name, type, values, size);
        }
    }
}
