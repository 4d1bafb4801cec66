package se.indikator.stdlib.compare;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * The difference of two Poisson rates x1/t1 − x2/t2 with the normal interval
 * d ± z·√(x1/t1² + x2/t2²), times a multiplier (e.g. per 100 000). Example: 20 vs 10 events per
 * 1000 person-years → 0.01 with 95% CI 0.01 ± 1.96·√(3e-5).
 */
public final class RateDifference {

    private RateDifference() {
    }

    /** The normal-approximation interval of the rate difference, scaled by {@code multiplier}. */
    public static Effect normal(double x1, double t1, double x2, double t2, double multiplier, ConfidenceLevel level) {
        double d = x1 / t1 - x2 / t2;
        double se = Math.sqrt(x1 / (t1 * t1) + x2 / (t2 * t2));
        double half = level.z() * se;
        return new Effect(d * multiplier, new Interval((d - half) * multiplier, (d + half) * multiplier), level,
                "normal approximation");
    }
}
