package se.indikator.stdlib.ci;

import se.indikator.stdlib.dist.Quantiles;

/**
 * Confidence intervals for a binomial proportion x/n: Wilson score (as PHE computes it), Wilson with
 * continuity correction, Clopper–Pearson exact, and Wald with and without continuity correction.
 *
 * <p>x may be non-integer (PHE's sheet has x = 0.445, n = 1). Missing input: if x or n is NaN the
 * result is {@link Interval#UNDEFINED} (both limits NaN), mirroring PHE's NA rows; invalid input
 * (x &lt; 0, n ≤ 0, x &gt; n) throws {@link IllegalArgumentException}. Example:
 * {@code wilson(81, 263, ConfidenceLevel.P95)} = [0.2553, 0.3662] (Newcombe 1998, Table I).
 */
public final class ProportionIntervals {

    private ProportionIntervals() {
    }

    /**
     * Wilson (1927) score interval as PHE computes it:
     * (2x + z² ± z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
     */
    public static Interval wilson(double x, double n, ConfidenceLevel level) {
        if (missing(x, n)) {
            return Interval.UNDEFINED;
        }
        double z = level.z();
        double z2 = z * z;
        double root = z * Math.sqrt(z2 + 4.0 * x * (1.0 - x / n));
        double denominator = 2.0 * (n + z2);
        return new Interval((2.0 * x + z2 - root) / denominator, (2.0 * x + z2 + root) / denominator);
    }

    /**
     * Wilson score interval with continuity correction, Newcombe (1998) method 4. The lower limit
     * is 0 when x = 0 and the upper limit 1 when x = n.
     */
    public static Interval wilsonContinuityCorrected(double x, double n, ConfidenceLevel level) {
        if (missing(x, n)) {
            return Interval.UNDEFINED;
        }
        double z = level.z();
        double z2 = z * z;
        double p = x / n;
        double denominator = 2.0 * (n + z2);
        double lower = 0.0;
        if (x > 0) {
            double root = z * Math.sqrt(z2 - 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) + 1.0));
            lower = Math.max(0.0, (2.0 * n * p + z2 - 1.0 - root) / denominator);
        }
        double upper = 1.0;
        if (x < n) {
            double root = z * Math.sqrt(z2 + 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) - 1.0));
            upper = Math.min(1.0, (2.0 * n * p + z2 + 1.0 + root) / denominator);
        }
        return new Interval(lower, upper);
    }

    /**
     * Clopper and Pearson (1934) exact interval from beta quantiles: lower = B⁻¹(α/2; x, n − x + 1),
     * upper = B⁻¹(1 − α/2; x + 1, n − x); lower 0 at x = 0 and upper 1 at x = n.
     */
    public static Interval clopperPearson(double x, double n, ConfidenceLevel level) {
        if (missing(x, n)) {
            return Interval.UNDEFINED;
        }
        double half = level.alpha() / 2.0;
        double lower = x == 0 ? 0.0 : Quantiles.beta(half, x, n - x + 1.0);
        double upper = x == n ? 1.0 : Quantiles.beta(1.0 - half, x + 1.0, n - x);
        return new Interval(lower, upper);
    }

    /**
     * Wald interval p ± z·√(p(1 − p)/n), Newcombe (1998) method 1. Not truncated to [0, 1]: for
     * 1/29 the 95% lower limit is −0.0319, as Newcombe reports ("&lt;0").
     */
    public static Interval wald(double x, double n, ConfidenceLevel level) {
        if (missing(x, n)) {
            return Interval.UNDEFINED;
        }
        double p = x / n;
        double half = level.z() * Math.sqrt(p * (1.0 - p) / n);
        return new Interval(p - half, p + half);
    }

    /**
     * Wald interval with continuity correction p ± (z·√(p(1 − p)/n) + 1/(2n)), Newcombe (1998)
     * method 2; not truncated to [0, 1].
     */
    public static Interval waldContinuityCorrected(double x, double n, ConfidenceLevel level) {
        if (missing(x, n)) {
            return Interval.UNDEFINED;
        }
        double p = x / n;
        double half = level.z() * Math.sqrt(p * (1.0 - p) / n) + 1.0 / (2.0 * n);
        return new Interval(p - half, p + half);
    }

    private static boolean missing(double x, double n) {
        if (Double.isNaN(x) || Double.isNaN(n)) {
            return true;
        }
        if (x < 0) {
            throw new IllegalArgumentException("numerator must be >= 0: " + x);
        }
        if (!(n > 0)) {
            throw new IllegalArgumentException("denominator must be > 0: " + n);
        }
        if (x > n) {
            throw new IllegalArgumentException("numerator " + x + " exceeds denominator " + n);
        }
        return false;
    }
}
