package se.indikator.runtime.exec;

import java.util.Arrays;

/**
 * For medians: one pass that gathers each group's non-missing values (and the national ones, at
 * index {@code groups}) into growable primitive arrays, sorted at the end.
 */
final class ValueCollector {
    private ValueCollector() {
    }

    static double[][] collect(int rows, RowPredicate filter, RowNumber value, RowKey group, int groups) {
        double[][] buf = new double[groups + 1][16];
        int[] size = new int[groups + 1];
        for (int r = 0; r < rows; r++) {
            if (!filter.test(r)) {
                continue;
            }
            double v = value.get(r);
            if (Double.isNaN(v)) {
                continue;
            }
            add(buf, size, groups, v);
            int g = group == null ? -1 : group.key(r);
            if (g >= 0) {
                add(buf, size, g, v);
            }
        }
        double[][] out = new double[groups + 1][];
        for (int g = 0; g <= groups; g++) {
            out[g] = Arrays.copyOf(buf[g], size[g]);
            Arrays.sort(out[g]);
        }
        return out;
    }

    private static void add(double[][] buf, int[] size, int g, double v) {
        if (size[g] == buf[g].length) {
            buf[g] = Arrays.copyOf(buf[g], buf[g].length * 2);
        }
        buf[g][size[g]++] = v;
    }
}
