package se.indikator.stdlib.compare;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.ProportionIntervals;

/**
 * The difference p1 − p2 of two independent proportions with Newcombe's hybrid score interval
 * (Newcombe 1998, Stat Med 17:873, method 10), built from the two Wilson score intervals
 * [l1, u1] and [l2, u2]: lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² + (p2 − l2)²).
 *
 * <p>Example (Newcombe's worked example): 56/70 vs 48/80 → 0.2000, 95% CI 0.0524 to 0.3339.
 */
public final class ProportionDifference {

    private ProportionDifference() {
    }

    /** Newcombe's hybrid score (method 10) interval for p1 − p2. */
    public static Effect newcombeHybrid(double x1, double n1, double x2, double n2, ConfidenceLevel level) {
        Interval w1 = ProportionIntervals.wilson(x1, n1, level);
        Interval w2 = ProportionIntervals.wilson(x2, n2, level);
        double p1 = x1 / n1;
        double p2 = x2 / n2;
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
        double upper = d + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
        return new Effect(d, new Interval(lower, upper), level, "Newcombe (1998) hybrid score, method 10");
    }

    /** The Wald interval d ± z·√(p1(1 − p1)/n1 + p2(1 − p2)/n2), for completeness. */
    public static Effect wald(double x1, double n1, double x2, double n2, ConfidenceLevel level) {
        double p1 = x1 / n1;
        double p2 = x2 / n2;
        double d = p1 - p2;
        double half = level.z() * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return new Effect(d, new Interval(d - half, d + half), level, "Wald, Newcombe (1998) method 1");
    }

    private static double square(double v) {
        return v * v;
    }
}
