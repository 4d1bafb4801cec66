package se.indikator.stdlib.ci;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Distribution-free confidence interval for a median from order statistics (e.g. Conover 1999,
 * §3.2; Campbell and Gardner 1988): with B ~ Binomial(n, 1/2), the lower rank r is the largest k
 * with P(B ≤ k − 1) ≤ α/2 and the upper rank is n − r + 1. The interval is undefined (NaN) when
 * even the extremes do not reach the level, e.g. five values at 95%.
 */
public final class MedianIntervals {

    private MedianIntervals() {
    }

    /** The order-statistic interval of the median of {@code values} (NaN values are not allowed). */
    public static OrderStatisticInterval orderStatistic(double[] values, ConfidenceLevel level) {
        double[] sorted = values.clone();
        for (double v : sorted) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("values must not contain NaN");
            }
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return new OrderStatisticInterval(Interval.UNDEFINED, 0, 0, Double.NaN);
        }
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        double half = level.alpha() / 2.0;
        int r = 0;
        for (int k = 1; k <= (n + 1) / 2; k++) {
            if (b.cumulativeProbability(k - 1) <= half) {
                r = k;
            } else {
                break;
            }
        }
        if (r == 0) {
            return new OrderStatisticInterval(Interval.UNDEFINED, 0, 0, Double.NaN);
        }
        int s = n - r + 1;
        double coverage = 1.0 - 2.0 * b.cumulativeProbability(r - 1);
        return new OrderStatisticInterval(new Interval(sorted[r - 1], sorted[s - 1]), r, s, coverage);
    }
}
