package se.indikator.stdlib.equity;

import java.util.Arrays;

import se.indikator.stdlib.dist.Quantiles;

/**
 * Overdispersion of funnel-plot indicators after Spiegelhalter (2005), "Handling over-dispersion of
 * performance indicators", Qual Saf Health Care 14:347–351: z-scores z_i = (y_i − θ₀)/s_i against
 * the target with each unit's null standard error, winsorised at the q and 1 − q quantiles (q =
 * 0.1 by default; sample quantiles as R's type 7), give the multiplicative factor
 * φ = Σ z_w²/I and the DerSimonian–Laird-type additive variance
 * τ² = (Iφ − (I − 1))/(Σw_i − Σw_i²/Σw_i), w_i = 1/s_i², set to 0 when Iφ ≤ I − 1.
 */
public final class Overdispersion {

    /** Spiegelhalter's default: winsorise 10% at each end. */
    public static final double DEFAULT_WINSOR = 0.1;

    private Overdispersion() {
    }

    /** φ and τ² for values {@code y} with null standard errors {@code s} around {@code target}. */
    public static OverdispersionEstimate estimate(double[] y, double[] s, double target, double winsorFraction) {
        if (y.length != s.length || y.length < 2) {
            throw new IllegalArgumentException("values and standard errors must have the same length, at least 2");
        }
        if (!(winsorFraction >= 0 && winsorFraction < 0.5)) {
            throw new IllegalArgumentException("the winsorising fraction must be in [0, 0.5): " + winsorFraction);
        }
        int n = y.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(s[i] > 0) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("unit " + (i + 1) + ": needs a value and a positive standard error");
            }
            z[i] = (y[i] - target) / s[i];
        }
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double low = SlopeIndexOfInequality.sortedQuantile(sorted, winsorFraction);
        double high = SlopeIndexOfInequality.sortedQuantile(sorted, 1 - winsorFraction);
        double sumZ2 = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (int i = 0; i < n; i++) {
            double zw = Math.max(low, Math.min(high, z[i]));
            sumZ2 += zw * zw;
            double w = 1.0 / (s[i] * s[i]);
            sumW += w;
            sumW2 += w * w;
        }
        double phi = sumZ2 / n;
        double tau2 = Math.max(0.0, (sumZ2 - (n - 1)) / (sumW - sumW2 / sumW));
        return new OverdispersionEstimate(target, n, low, high, phi, sumZ2,
                Quantiles.chiSquareUpperTail(sumZ2, n - 1), tau2);
    }

    /**
     * φ and τ² for proportions x_i/n_i around the pooled proportion θ₀ = Σx/Σn with null standard
     * errors √(θ₀(1 − θ₀)/n_i), as for a proportion funnel.
     */
    public static OverdispersionEstimate forProportions(double[] numerators, double[] denominators, double winsorFraction) {
        double target = ProportionFunnel.baseline(numerators, denominators);
        double[] y = new double[numerators.length];
        double[] s = new double[numerators.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = numerators[i] / denominators[i];
            s[i] = Math.sqrt(target * (1 - target) / denominators[i]);
        }
        return estimate(y, s, target, winsorFraction);
    }
}
