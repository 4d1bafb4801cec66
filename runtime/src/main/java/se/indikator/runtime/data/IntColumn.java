package se.indikator.runtime.data;

import java.time.LocalDate;

/**
 * Integers, dates (as epoch days) and booleans (0/1), stored in byte[], short[] or int[] by the range
 * of the values; {@link #MISSING} marks a missing value. Example: ages 0–110 take one byte a row.
 */
public final class IntColumn implements Column {
    public static final int MISSING = Integer.MIN_VALUE;

    private final String name;
    private final ColumnType type;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final int size;
    private final int missing;
    private final int min;
    private final int max;
    private final long sum;

    IntColumn(String name, ColumnType type, int[] values, int size) {
        this.name = name;
        this.type = type;
        this.size = size;
        int m = 0;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        long s = 0;
        for (int i = 0; i < size; i++) {
            int v = values[i];
            if (v == MISSING) {
                m++;
            } else {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                s += v;
            }
        }
        this.missing = m;
        this.min = lo;
        this.max = hi;
        this.sum = s;
        if (m == size || (lo > Byte.MIN_VALUE && hi <= Byte.MAX_VALUE)) {
            bytes = new byte[size];
            for (int i = 0; i < size; i++) {
                bytes[i] = values[i] == MISSING ? Byte.MIN_VALUE : (byte) values[i];
            }
            shorts = null;
            ints = null;
        } else if (lo > Short.MIN_VALUE && hi <= Short.MAX_VALUE) {
            shorts = new short[size];
            for (int i = 0; i < size; i++) {
                shorts[i] = values[i] == MISSING ? Short.MIN_VALUE : (short) values[i];
            }
            bytes = null;
            ints = null;
        } else {
            ints = java.util.Arrays.copyOf(values, size);
            bytes = null;
            shorts = null;
        }
    }

    public static IntColumn of(String name, ColumnType type, int... values) {
        return new IntColumn(name, type, values, values.length);
    }

    public static IntColumn of(String name, int... values) {
        return of(name, ColumnType.INTEGER, values);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    public int get(int row) {
        if (bytes != null) {
            byte b = bytes[row];
            return b == Byte.MIN_VALUE ? MISSING : b;
        }
        if (shorts != null) {
            short s = shorts[row];
            return s == Short.MIN_VALUE ? MISSING : s;
        }
        return ints[row];
    }

    public long sum() {
        return sum;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    int storageBits() {
        return bytes != null ? 8 : shorts != null ? 16 : 32;
    }

    @Override
    public boolean isMissing(int row) {
        return get(row) == MISSING;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public String format(int row) {
        int v = get(row);
        if (v == MISSING) {
            return "";
        }
        return switch (type) {
            case DATE -> LocalDate.ofEpochDay(v).toString();
            case BOOLEAN -> v == 1 ? "true" : "false";
            default -> Integer.toString(v);
        };
    }
}
