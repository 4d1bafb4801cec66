package se.indikator.stdlib.survey;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.dist.Quantiles;

/**
 * The interval of a weighted mean from its linearised (Taylor series) variance: ȳ ± t_{df, 1−α/2}·√v(ȳ),
 * ȳ = Σw·y / Σw the ratio estimator and v its variance as {@link WeightedSums#linearisedVariance()}
 * (Woodruff 1971; Wolter 2007, §6.11), with df = n − 1 degrees of freedom, the design's for one stage
 * without strata. The standard error is R's {@code SE(svymean(~y, svydesign(ids = ~1, weights = ~w)))}
 * and the interval its {@code confint(…, df = degf(design))}.
 */
public final class LinearisedMean {

    private LinearisedMean() {
    }

    /** The interval at one level; undefined below two rows or without weight. */
    public static Interval interval(WeightedSums s, ConfidenceLevel level) {
        double v = s.linearisedVariance();
        if (Double.isNaN(v)) {
            return Interval.UNDEFINED;
        }
        double t = Quantiles.studentT(1 - level.alpha() / 2, s.degreesOfFreedom());
        double half = t * Math.sqrt(v);
        double m = s.mean();
        return new Interval(m - half, m + half);
    }
}
