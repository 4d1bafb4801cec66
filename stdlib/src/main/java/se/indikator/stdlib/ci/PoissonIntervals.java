package se.indikator.stdlib.ci;

import se.indikator.stdlib.dist.Quantiles;

/**
 * Confidence intervals for a Poisson count x: exact (Garwood 1936, from chi-square quantiles),
 * Byar's approximation (Breslow and Day 1987) as PHE computes it, and PHE's default rule (exact
 * below 10 events, Byar from 10). Rates follow by scaling the count limits with
 * multiplier/denominator, see {@link #pheRate}.
 *
 * <p>Missing input: a NaN count gives {@link Interval#UNDEFINED}; a negative count throws
 * {@link IllegalArgumentException}. Example: {@code exact(1, ConfidenceLevel.P99_8)} =
 * [0.0010005003335835344, 9.233413476451585].
 */
public final class PoissonIntervals {

    /** PHE's threshold: counts below this use exact limits, counts from it use Byar. */
    public static final double PHE_BYAR_THRESHOLD = 10.0;

    private PoissonIntervals() {
    }

    /**
     * Exact limits: lower = χ²_{α/2}(2x)/2 (0 at x = 0), upper = χ²_{1−α/2}(2x + 2)/2.
     */
    public static Interval exact(double x, ConfidenceLevel level) {
        if (missing(x)) {
            return Interval.UNDEFINED;
        }
        double half = level.alpha() / 2.0;
        double lower = x == 0 ? 0.0 : Quantiles.chiSquare(half, 2.0 * x) / 2.0;
        double upper = Quantiles.chiSquare(1.0 - half, 2.0 * x + 2.0) / 2.0;
        return new Interval(lower, upper);
    }

    /**
     * Byar's approximation as PHE computes it: lower = x(1 − 1/(9x) − z/(3√x))³,
     * upper = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³. Like PHE, the lower limit is NaN (PHE's
     * NA) when the cube goes negative, e.g. x = 1 at 99.8%; at x = 0 it is 0.
     */
    public static Interval byar(double x, ConfidenceLevel level) {
        if (missing(x)) {
            return Interval.UNDEFINED;
        }
        double z = level.z();
        double lower;
        if (x == 0) {
            lower = 0.0;
        } else {
            lower = x * Math.pow(1.0 - 1.0 / (9.0 * x) - z / (3.0 * Math.sqrt(x)), 3);
            if (lower < 0) {
                lower = Double.NaN;
            }
        }
        double x1 = x + 1.0;
        double upper = x1 * Math.pow(1.0 - 1.0 / (9.0 * x1) + z / (3.0 * Math.sqrt(x1)), 3);
        return new Interval(lower, upper);
    }

    /**
     * PHE's default for counts: exact below 10 events, Byar from 10, reporting which was used. A NaN
     * count gives an undefined interval with method {@link PoissonMethod#NONE}, like PHE's NA.
     */
    public static PoissonInterval pheDefault(double x, ConfidenceLevel level) {
        if (Double.isNaN(x)) {
            return new PoissonInterval(Interval.UNDEFINED, PoissonMethod.NONE);
        }
        return x < PHE_BYAR_THRESHOLD
                ? new PoissonInterval(exact(x, level), PoissonMethod.EXACT)
                : new PoissonInterval(byar(x, level), PoissonMethod.BYAR);
    }

    /** The count interval by the chosen method; {@link PoissonMethod#NONE} gives an undefined interval. */
    public static Interval of(double x, PoissonMethod method, ConfidenceLevel level) {
        return switch (method) {
            case EXACT -> exact(x, level);
            case BYAR -> byar(x, level);
            case NONE -> Interval.UNDEFINED;
        };
    }

    /**
     * PHE's crude rate x/n × multiplier with the {@link #pheDefault} limits scaled the same way
     * ({@code phe_rate}). A NaN x or n gives undefined limits; n must otherwise be positive.
     */
    public static PoissonInterval pheRate(double x, double n, double multiplier, ConfidenceLevel level) {
        PoissonInterval count = pheDefault(x, level);
        if (Double.isNaN(n)) {
            return new PoissonInterval(Interval.UNDEFINED, count.method());
        }
        if (!(n > 0)) {
            throw new IllegalArgumentException("denominator must be > 0: " + n);
        }
        return count.scaled(multiplier / n);
    }

    private static boolean missing(double x) {
        if (Double.isNaN(x)) {
            return true;
        }
        if (x < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + x);
        }
        return false;
    }
}
