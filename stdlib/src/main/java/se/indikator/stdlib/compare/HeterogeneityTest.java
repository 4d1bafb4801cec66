package se.indikator.stdlib.compare;

import se.indikator.stdlib.dist.Quantiles;

/**
 * A χ² test of heterogeneity across k groups: the statistic, its degrees of freedom (k − 1) and
 * the upper-tail p-value. Build with {@link #proportions} (Pearson χ² on the 2×k table) or
 * {@link #rates} (Poisson heterogeneity Σ (O − E)²/E with E_i = t_i·ΣO/Σt). Example: 10/100,
 * 20/100, 30/100 give χ² = 12.5 on 2 df, p = e^−6.25.
 *
 * @param statistic        the χ² statistic
 * @param degreesOfFreedom k − 1
 * @param pValue           P(χ²_df ≥ statistic)
 */
public record HeterogeneityTest(double statistic, int degreesOfFreedom, double pValue) {

    /** Pearson χ² on the 2×k table of events x_i and non-events n_i − x_i. */
    public static HeterogeneityTest proportions(double[] x, double[] n) {
        check(x, n);
        double sx = 0;
        double sn = 0;
        for (int i = 0; i < x.length; i++) {
            sx += x[i];
            sn += n[i];
        }
        double pooled = sx / sn;
        double chi = 0;
        for (int i = 0; i < x.length; i++) {
            double e1 = n[i] * pooled;
            double e0 = n[i] * (1 - pooled);
            chi += (x[i] - e1) * (x[i] - e1) / e1 + (n[i] - x[i] - e0) * (n[i] - x[i] - e0) / e0;
        }
        int df = x.length - 1;
        return new HeterogeneityTest(chi, df, Quantiles.chiSquareUpperTail(chi, df));
    }

    /** Poisson heterogeneity of counts x_i over person-time t_i. */
    public static HeterogeneityTest rates(double[] x, double[] t) {
        check(x, t);
        double sx = 0;
        double st = 0;
        for (int i = 0; i < x.length; i++) {
            sx += x[i];
            st += t[i];
        }
        double chi = 0;
        for (int i = 0; i < x.length; i++) {
            double e = t[i] * sx / st;
            chi += (x[i] - e) * (x[i] - e) / e;
        }
        int df = x.length - 1;
        return new HeterogeneityTest(chi, df, Quantiles.chiSquareUpperTail(chi, df));
    }

    private static void check(double[] x, double[] n) {
        if (x.length != n.length || x.length < 2) {
            throw new IllegalArgumentException("need at least two groups of equal-length arrays");
        }
    }
}
