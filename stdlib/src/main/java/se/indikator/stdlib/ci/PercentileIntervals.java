package se.indikator.stdlib.ci;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A percentile of a sample with its distribution-free interval from order statistics.
 *
 * <p>The estimate is Hyndman and Fan's (1996) type 7, R's default {@code quantile(type = 7)}: with the
 * values sorted x₁ ≤ … ≤ xₙ, h = (n − 1)p + 1 and Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋). At p = ½ it
 * is the usual median (the middle value, or the mean of the middle two).
 *
 * <p>The interval is [x_j, x_k] with B ~ Binomial(n, p) (Conover 1999, §3.2; Hahn and Meeker 1991,
 * §5.2): j the largest rank with P(B ≤ j − 1) ≤ α/2 and k the smallest with P(B ≥ k) ≤ α/2, so that
 * each tail holds at most α/2 and the exact coverage P(j ≤ B ≤ k − 1) is at least 1 − α. At p = ½ these
 * are the ranks of {@link MedianIntervals}. When a tail cannot reach α/2 (too few values for the level,
 * or a percentile too far out) the interval is undefined.
 */
public final class PercentileIntervals {

    private PercentileIntervals() {
    }

    /**
     * A percentile and its interval.
     *
     * @param value    the type-7 percentile
     * @param interval the order-statistic interval, with its ranks and exact coverage
     */
    public record Percentile(double value, OrderStatisticInterval interval) {
    }

    /** The type-7 quantile at {@code p} (0 ≤ p ≤ 1) of values sorted ascending; NaN for no values. */
    public static double type7(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    /** The order-statistic interval of the p-quantile of values sorted ascending (no NaN). */
    public static OrderStatisticInterval orderStatistic(double[] sorted, double p, ConfidenceLevel level) {
        int n = sorted.length;
        if (n == 0 || p <= 0 || p >= 1) {
            return new OrderStatisticInterval(Interval.UNDEFINED, 0, 0, Double.NaN);
        }
        BinomialDistribution b = new BinomialDistribution(null, n, p);
        double half = level.alpha() / 2.0;
        int j = 0;
        for (int r = 1; r <= n; r++) {
            if (b.cumulativeProbability(r - 1) <= half) {
                j = r;
            } else {
                break;
            }
        }
        int k = 0;
        for (int r = n; r >= 1; r--) {
            // P(B ≥ r) = 1 − P(B ≤ r − 1)
            if (1.0 - b.cumulativeProbability(r - 1) <= half) {
                k = r;
            } else {
                break;
            }
        }
        if (j == 0 || k == 0 || j >= k) {
            return new OrderStatisticInterval(Interval.UNDEFINED, 0, 0, Double.NaN);
        }
        double coverage = b.cumulativeProbability(k - 1) - b.cumulativeProbability(j - 1);
        return new OrderStatisticInterval(new Interval(sorted[j - 1], sorted[k - 1]), j, k, coverage);
    }

    /** The percentile (0 < percent < 100) of values sorted ascending, with its interval at a level. */
    public static Percentile of(double[] sorted, double percent, ConfidenceLevel level) {
        double p = percent / 100.0;
        return new Percentile(type7(sorted, p), orderStatistic(sorted, p, level));
    }
}
