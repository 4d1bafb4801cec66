package se.indikator.stdlib.ci;

import se.indikator.stdlib.dist.Quantiles;

/**
 * Student's t confidence interval for a mean, as PHE's {@code phe_mean} computes it: mean ±
 * t_{1−α/2, n−1} · sd/√n from the sum, count and standard deviation of the values. Fewer than two
 * values, or a NaN input, give {@link Interval#UNDEFINED}.
 *
 * <p>Example: values 33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465,
 * 82.37927 have mean 53.704345 and 95% interval [36.1683, 71.2404] (PHE test sheet, Area1).
 */
public final class MeanIntervals {

    private MeanIntervals() {
    }

    /** The t interval from sum, count and sample standard deviation. */
    public static Interval studentT(double sum, long count, double sd, ConfidenceLevel level) {
        if (count < 2 || Double.isNaN(sum) || Double.isNaN(sd)) {
            return Interval.UNDEFINED;
        }
        if (sd < 0) {
            throw new IllegalArgumentException("standard deviation must be >= 0: " + sd);
        }
        double mean = sum / count;
        double t = Quantiles.studentT(1.0 - level.alpha() / 2.0, count - 1.0);
        double half = t * sd / Math.sqrt(count);
        return new Interval(mean - half, mean + half);
    }

    /** The t interval from a summary. */
    public static Interval studentT(MeanSummary summary, ConfidenceLevel level) {
        return studentT(summary.sum(), summary.count(), summary.sd(), level);
    }

    /** The t interval from raw values. */
    public static Interval studentT(double[] values, ConfidenceLevel level) {
        return studentT(MeanSummary.of(values), level);
    }
}
