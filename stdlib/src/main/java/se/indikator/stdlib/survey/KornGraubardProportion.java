package se.indikator.stdlib.survey;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.dist.Quantiles;

/**
 * The Korn–Graubard interval of a weighted proportion (Korn and Graubard 1998, "Confidence intervals
 * for proportions with small expected number of positive counts estimated from survey data", Survey
 * Methodology 24:193–201): the Clopper–Pearson interval with the sample size replaced by the effective
 * sample size n* = p̂(1 − p̂) / v(p̂), v the design-based (linearised) variance, and the events by n*·p̂:
 * lower = Beta⁻¹(α/2; n*p̂, n*(1 − p̂) + 1), upper = Beta⁻¹(1 − α/2; n*p̂ + 1, n*(1 − p̂)).
 * The degrees-of-freedom factor (t_{n−1} / t_{df})² of Korn and Graubard is 1 here, where the design's
 * degrees of freedom are n − 1. This is R's {@code svyciprop(method = "beta")}.
 *
 * <p>When p̂ is 0 or 1 the design-based n* is undefined (0/0); Kish's effective sample size (Σw)²/Σw²
 * stands in for it, so that the interval is the Clopper–Pearson interval at that size (R gives NaN).
 */
public final class KornGraubardProportion {

    private KornGraubardProportion() {
    }

    /**
     * A weighted proportion with its linearised variance and the effective sample size its interval used.
     *
     * @param value      Σw·y / Σw
     * @param variance   the linearised variance of the value
     * @param effectiveN the effective sample size n* of the interval
     */
    public record Estimate(double value, double variance, double effectiveN) {
    }

    /** The weighted proportion of the rows whose y is 1, from their sums (y is 1 or 0). */
    public static Estimate estimate(WeightedSums s) {
        double p = s.mean();
        double v = s.linearisedVariance();
        double nEff = p > 0 && p < 1 && v > 0 ? p * (1 - p) / v : s.kishEffectiveN();
        return new Estimate(p, v, nEff);
    }

    /** The Korn–Graubard interval at one level; undefined without a value or an effective sample. */
    public static Interval interval(Estimate e, ConfidenceLevel level) {
        double p = e.value();
        double n = e.effectiveN();
        if (Double.isNaN(p) || !(n > 0)) {
            return Interval.UNDEFINED;
        }
        double a = level.alpha();
        double x = n * p;
        double lower = x <= 0 ? 0 : Quantiles.beta(a / 2, x, n - x + 1);
        double upper = x >= n ? 1 : Quantiles.beta(1 - a / 2, x + 1, n - x);
        return new Interval(lower, upper);
    }
}
