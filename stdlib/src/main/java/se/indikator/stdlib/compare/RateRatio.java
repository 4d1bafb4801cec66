package se.indikator.stdlib.compare;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.ProportionIntervals;

/**
 * The ratio of two Poisson rates (x1/t1)/(x2/t2): the exact conditional interval, which treats x1
 * given x1 + x2 as binomial with p = λ1t1/(λ1t1 + λ2t2) and maps the Clopper–Pearson limits of p
 * by p/(1 − p)·t2/t1 (Breslow and Day 1987, §2.3), and the log-normal interval
 * exp(log RR ± z·√(1/x1 + 1/x2)). Example: 20 per 1000 vs 10 per 1000 → 2.0.
 */
public final class RateRatio {

    private RateRatio() {
    }

    /** Exact conditional interval via the binomial (Clopper–Pearson) limits of x1/(x1 + x2). */
    public static Effect exactConditional(double x1, double t1, double x2, double t2, ConfidenceLevel level) {
        double ratio = (x1 / t1) / (x2 / t2);
        Interval p = ProportionIntervals.clopperPearson(x1, x1 + x2, level);
        double scale = t2 / t1;
        double lower = p.lower() / (1 - p.lower()) * scale;
        double upper = p.upper() >= 1 ? Double.POSITIVE_INFINITY : p.upper() / (1 - p.upper()) * scale;
        return new Effect(ratio, new Interval(lower, upper), level, "exact conditional (binomial)");
    }

    /** Log-normal interval; NaN limits when either count is zero. */
    public static Effect logNormal(double x1, double t1, double x2, double t2, ConfidenceLevel level) {
        double ratio = (x1 / t1) / (x2 / t2);
        if (x1 <= 0 || x2 <= 0) {
            return new Effect(ratio, Interval.UNDEFINED, level, "log-normal");
        }
        double half = level.z() * Math.sqrt(1 / x1 + 1 / x2);
        return new Effect(ratio, new Interval(ratio * Math.exp(-half), ratio * Math.exp(half)), level, "log-normal");
    }
}
