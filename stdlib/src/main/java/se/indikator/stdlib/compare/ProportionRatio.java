package se.indikator.stdlib.compare;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * The ratio p1/p2 of two independent proportions (a risk ratio) with the Katz et al. (1978) log
 * interval: exp(log(p1/p2) ± z·√(1/x1 − 1/n1 + 1/x2 − 1/n2)). Undefined (NaN limits) when either
 * numerator is zero. Example: 10/100 vs 5/100 → 2.0, 95% CI 0.7090 to 5.6421.
 */
public final class ProportionRatio {

    private ProportionRatio() {
    }

    /** Katz log interval for p1/p2. */
    public static Effect katz(double x1, double n1, double x2, double n2, ConfidenceLevel level) {
        double ratio = (x1 / n1) / (x2 / n2);
        if (x1 <= 0 || x2 <= 0) {
            return new Effect(ratio, Interval.UNDEFINED, level, "Katz log");
        }
        double se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
        double half = level.z() * se;
        return new Effect(ratio, new Interval(ratio * Math.exp(-half), ratio * Math.exp(half)), level, "Katz log");
    }
}
