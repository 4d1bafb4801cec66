package se.indikator.stdlib.compare;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * Comparison of two directly standardised rates from their values and variances: the ratio with the
 * log-normal interval exp(log(R) ± z·√(v1/d1² + v2/d2²)) and the difference with the normal interval
 * d1 − d2 ± z·√(v1 + v2), where vᵢ = Σ (wⱼ/nⱼ)²·xⱼ / (Σ w)² × multiplier² is the variance of DSR i
 * under the Poisson assumption (Breslow and Day 1987, §2.3). Example: DSRs 100 and 50 per 100 000 with
 * variances 100 and 25 give a ratio of 2.0 with 95% limits exp(log 2 ± 1.96·√(0.01 + 0.01)).
 */
public final class StandardisedRateComparison {
    private StandardisedRateComparison() {
    }

    /** The Poisson variance of a directly standardised rate, in the units of the rate (times multiplier). */
    public static double variance(double[] x, double[] n, double[] w, double multiplier) {
        double sumW = 0;
        double v = 0;
        for (int i = 0; i < x.length; i++) {
            sumW += w[i];
            if (n[i] > 0) {
                double r = w[i] / n[i];
                v += r * r * x[i];
            }
        }
        return v / (sumW * sumW) * multiplier * multiplier;
    }

    /** The ratio d1/d2 with its log-normal interval; NaN limits when either rate is zero. */
    public static Effect ratio(double d1, double v1, double d2, double v2, ConfidenceLevel level) {
        double r = d1 / d2;
        if (!(d1 > 0) || !(d2 > 0)) {
            return new Effect(r, Interval.UNDEFINED, level, "log-normal");
        }
        double se = Math.sqrt(v1 / (d1 * d1) + v2 / (d2 * d2));
        double half = level.z() * se;
        return new Effect(r, new Interval(r * Math.exp(-half), r * Math.exp(half)), level, "log-normal");
    }

    /** The difference d1 − d2 with its normal interval. */
    public static Effect difference(double d1, double v1, double d2, double v2, ConfidenceLevel level) {
        double d = d1 - d2;
        double half = level.z() * Math.sqrt(v1 + v2);
        return new Effect(d, new Interval(d - half, d + half), level, "normal");
    }

    /** The two-sided p-value of the hypothesis d1 = d2 from the log ratio's standard error. */
    public static double pValue(double d1, double v1, double d2, double v2) {
        if (!(d1 > 0) || !(d2 > 0)) {
            return Double.NaN;
        }
        return ZTest.twoSidedP(Math.log(d1 / d2), 0, Math.sqrt(v1 / (d1 * d1) + v2 / (d2 * d2)));
    }
}
