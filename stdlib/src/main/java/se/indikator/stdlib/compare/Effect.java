package se.indikator.stdlib.compare;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * A comparison of two groups — a difference or a ratio — with its confidence interval and the
 * method that produced it. Example: 56/70 vs 48/80 gives the difference 0.2000 with Newcombe's
 * hybrid score 95% interval [0.0524, 0.3339].
 *
 * @param value    the point estimate (difference or ratio)
 * @param interval its confidence interval
 * @param level    the confidence level of the interval
 * @param method   a short name of the method, with its reference
 */
public record Effect(double value, Interval interval, ConfidenceLevel level, String method) {

    /** The same effect in units {@code m} times as large (a difference of proportions in percentage points: 100). */
    public Effect scaled(double m) {
        return new Effect(value * m, interval.scaled(m), level, method);
    }
}
