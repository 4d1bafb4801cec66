package se.indikator.stdlib.equity;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.PoissonIntervals;
import se.indikator.stdlib.ci.ProportionIntervals;

/**
 * One ordered quantile (for example a deprivation decile) entering the slope index of inequality
 * of PHE's {@code phe_sii}: its order, population and value, with the value's uncertainty given
 * either as a standard error or as confidence limits at a stated level. Use the factories; the
 * unused uncertainty fields are NaN.
 *
 * @param quantile the order 1..n (1 = one end of the social gradient, n = the other)
 * @param population the population of the quantile (the regression weight); positive
 * @param value the indicator value on its own scale (proportions as fractions 0..1)
 * @param standardError the standard error of {@code value}, or NaN when limits are given
 * @param limits the confidence limits of {@code value}, or {@link Interval#UNDEFINED}
 * @param limitsLevel the level of {@code limits}, or null when a standard error is given
 */
public record SiiGroup(int quantile, double population, double value, double standardError,
                       Interval limits, ConfidenceLevel limitsLevel) {

    /** Validates the fields: a positive population, a finite value, and exactly one kind of uncertainty. */
    public SiiGroup {
        if (!(population > 0) || Double.isInfinite(population)) {
            throw new IllegalArgumentException("quantile " + quantile + ": population must be positive: " + population);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantile " + quantile + ": value is missing");
        }
        boolean hasSe = !Double.isNaN(standardError);
        boolean hasLimits = limits != null && limits.isDefined() && limitsLevel != null;
        if (hasSe == hasLimits) {
            throw new IllegalArgumentException(
                    "quantile " + quantile + ": give either a standard error or confidence limits with their level");
        }
        if (hasSe && !(standardError >= 0 && Double.isFinite(standardError))) {
            throw new IllegalArgumentException("quantile " + quantile + ": standard error must be non-negative: " + standardError);
        }
        if (hasLimits && !(limits.lower() <= limits.upper())) {
            throw new IllegalArgumentException("quantile " + quantile + ": lower limit above upper limit");
        }
        if (limits == null) {
            limits = Interval.UNDEFINED;
        }
    }

    /** A group whose value has a known standard error (on the value's own scale). */
    public static SiiGroup withStandardError(int quantile, double population, double value, double standardError) {
        return new SiiGroup(quantile, population, value, standardError, Interval.UNDEFINED, null);
    }

    /** A group whose value has confidence limits {@code lower}–{@code upper} at {@code level}. */
    public static SiiGroup withLimits(int quantile, double population, double value,
                                      double lower, double upper, ConfidenceLevel level) {
        return new SiiGroup(quantile, population, value, Double.NaN, new Interval(lower, upper), level);
    }

    /**
     * A proportion {@code count/denominator} with its 95% Wilson limits, as PHE derives limits when
     * only counts are given.
     */
    public static SiiGroup proportionFromCount(int quantile, double population, double count, double denominator) {
        Interval w = ProportionIntervals.wilson(count, denominator, ConfidenceLevel.P95);
        return withLimits(quantile, population, count / denominator, w.lower(), w.upper(), ConfidenceLevel.P95);
    }

    /**
     * A rate {@code count/denominator × multiplier} with its 95% Byar limits on the count scaled
     * to the rate, as PHE derives limits for rates when only counts are given.
     */
    public static SiiGroup rateFromCount(int quantile, double population, double count, double denominator,
                                         double multiplier) {
        Interval b = PoissonIntervals.byar(count, ConfidenceLevel.P95);
        double scale = multiplier / denominator;
        return withLimits(quantile, population, count * scale, b.lower() * scale, b.upper() * scale,
                ConfidenceLevel.P95);
    }

    /** True when the uncertainty is given as confidence limits rather than a standard error. */
    public boolean hasLimits() {
        return Double.isNaN(standardError);
    }
}
