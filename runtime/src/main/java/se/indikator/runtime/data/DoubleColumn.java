package se.indikator.runtime.data;

/** Decimal numbers in a double[]; NaN marks a missing value. */
public final class DoubleColumn implements Column {
    private final String name;
    private final double[] values;
    private final int missing;

    DoubleColumn(String name, double[] values, int size) {
        this.name = name;
        this.values = values.length == size ? values : java.util.Arrays.copyOf(values, size);
        int m = 0;
        for (int i = 0; i < size; i++) {
            if (Double.isNaN(this.values[i])) {
                m++;
            }
        }
        this.missing = m;
    }

    public static DoubleColumn of(String name, double... values) {
        return new DoubleColumn(name, values.clone(), values.length);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    public double get(int row) {
        return values[row];
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public ColumnType type() {
        return ColumnType.DECIMAL;
    }

    @Override
    public String format(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
