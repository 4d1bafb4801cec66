package se.indikator.stdlib.compare;

/**
 * Two-sided p-values for a group's value against a fixed benchmark (the national value), used when
 * many groups are flagged at once and their p-values are adjusted for multiplicity: the score test of
 * a proportion (z = (x − n·p₀)/√(n·p₀(1 − p₀))), the score test of a Poisson count against its
 * expected number (z = (x − E)/√E), and a z-test on the log scale from a variance (directly
 * standardised rates: z = log(v/b)/√(var/v²)). Example: 60 of 100 against 50% gives z = 2, p = 0.0455.
 */
public final class BenchmarkTests {
    private BenchmarkTests() {
    }

    public static double proportion(double x, double n, double p0) {
        if (!(n > 0) || !(p0 > 0) || !(p0 < 1)) {
            return Double.NaN;
        }
        return ZTest.twoSidedP((x - n * p0) / Math.sqrt(n * p0 * (1 - p0)));
    }

    public static double poisson(double x, double expected) {
        if (!(expected > 0)) {
            return Double.NaN;
        }
        return ZTest.twoSidedP((x - expected) / Math.sqrt(expected));
    }

    public static double logScale(double value, double variance, double benchmark) {
        if (!(value > 0) || !(benchmark > 0) || !(variance > 0)) {
            return Double.NaN;
        }
        return ZTest.twoSidedP(Math.log(value / benchmark) / Math.sqrt(variance / (value * value)));
    }

    /** A z-test from a standard error on the natural scale, e.g. a mean against a benchmark. */
    public static double normal(double value, double standardError, double benchmark) {
        if (!(standardError > 0)) {
            return Double.NaN;
        }
        return ZTest.twoSidedP((value - benchmark) / standardError);
    }
}
