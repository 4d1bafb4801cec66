package se.indikator.stdlib.compare;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Multiplicity adjustment of a vector of p-values, as R's {@code p.adjust}: Holm (1979) step-down
 * and Benjamini and Hochberg (1995) false discovery rate. NaN p-values are left as NaN and not
 * counted in m. Example: p = 0.01, 0.04, 0.03, 0.005 → BH 0.02, 0.04, 0.04, 0.02 and Holm 0.03,
 * 0.06, 0.06, 0.02.
 */
public final class PValueAdjustment {

    private PValueAdjustment() {
    }

    /** Holm: with p sorted ascending, adj_(i) = max over j ≤ i of min(1, (m − j + 1)·p_(j)). */
    public static double[] holm(double[] p) {
        Integer[] order = sortedIndices(p);
        int m = order.length;
        double[] out = nanCopy(p);
        double running = 0;
        for (int i = 0; i < m; i++) {
            double v = Math.min(1.0, (m - i) * p[order[i]]);
            running = Math.max(running, v);
            out[order[i]] = running;
        }
        return out;
    }

    /** Benjamini–Hochberg: with p sorted ascending, adj_(i) = min over j ≥ i of min(1, m/j·p_(j)). */
    public static double[] benjaminiHochberg(double[] p) {
        Integer[] order = sortedIndices(p);
        int m = order.length;
        double[] out = nanCopy(p);
        double running = 1.0;
        for (int i = m - 1; i >= 0; i--) {
            double v = Math.min(1.0, (double) m / (i + 1) * p[order[i]]);
            running = Math.min(running, v);
            out[order[i]] = running;
        }
        return out;
    }

    private static Integer[] sortedIndices(double[] p) {
        for (double v : p) {
            if (v < 0 || v > 1) {
                throw new IllegalArgumentException("p-values must lie in [0, 1]: " + v);
            }
        }
        Integer[] idx = java.util.stream.IntStream.range(0, p.length)
                .filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> p[i]));
        return idx;
    }

    private static double[] nanCopy(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
