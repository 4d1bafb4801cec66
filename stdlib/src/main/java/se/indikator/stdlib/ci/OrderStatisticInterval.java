package se.indikator.stdlib.ci;

/**
 * A distribution-free interval for a median from order statistics: the limits, the 1-based ranks
 * of the order statistics used, and the exact coverage, which is at least the requested level.
 * Example: ten values give the 2nd and 9th smallest at 95%, with coverage 1 − 2·11/1024 ≈ 0.9785.
 *
 * @param interval  the limits x_(lowerRank) and x_(upperRank); NaN when the sample is too small
 * @param lowerRank the rank of the lower limit, or 0 when undefined
 * @param upperRank the rank of the upper limit, or 0 when undefined
 * @param coverage  the exact binomial coverage, or NaN when undefined
 */
public record OrderStatisticInterval(Interval interval, int lowerRank, int upperRank, double coverage) {
}
