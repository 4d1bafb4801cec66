package se.indikator.stdlib.equity;

import java.util.List;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * The result of {@link SlopeIndexOfInequality#compute}: the slope index of inequality (SII), the
 * relative index (RII) and the fitted value at the start of the scale (PHE's {@code intercept}),
 * with Monte-Carlo confidence limits per level as in PHE's {@code phe_sii}.
 *
 * @param sii the fitted value at cumulative population share 1 minus that at 0, times the multiplier
 * @param rii the fitted value at share 1 over that at 0 (inverted when the multiplier is negative)
 * @param intercept the fitted value at share 0 on the value's own scale (times |multiplier|)
 * @param quantiles the number of quantiles used
 * @param intervals one entry per requested confidence level, in the order requested
 */
public record SiiResult(double sii, double rii, double intercept, int quantiles, List<Limits> intervals) {

    /** Copies the interval list. */
    public SiiResult {
        intervals = List.copyOf(intervals);
    }

    /**
     * Simulated limits at one level (PHE's {@code sii_lower95_0cl} etc.).
     *
     * @param level the confidence level
     * @param sii the percentile limits of the simulated SII
     * @param rii the percentile limits of the simulated RII
     */
    public record Limits(ConfidenceLevel level, Interval sii, Interval rii) {
    }

    /** The limits at {@code level}; throws when that level was not requested. */
    public Limits at(ConfidenceLevel level) {
        for (Limits l : intervals) {
            if (l.level().equals(level)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no limits at " + level.fraction());
    }
}
