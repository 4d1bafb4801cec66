package se.indikator.stdlib.equity;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * The rate ratio and rate difference between the two extreme groups of an ordered breakdown, from
 * {@link ExtremeGroups#compare}, with Wald limits (log scale for the ratio; Rothman, Greenland &amp;
 * Lash, Modern Epidemiology, 3rd ed., ch. 14).
 *
 * @param first the lowest-ordered group (for example deprivation decile 1)
 * @param last the highest-ordered group
 * @param rateFirst first's rate × multiplier
 * @param rateLast last's rate × multiplier
 * @param ratio rateFirst / rateLast
 * @param ratioInterval exp(ln ratio ± z·√(1/x_first + 1/x_last)); undefined when a count is 0
 * @param difference rateFirst − rateLast
 * @param differenceInterval difference ± z·multiplier·√(x_first/n_first² + x_last/n_last²)
 * @param level the confidence level of both intervals
 */
public record ExtremeGroupComparison(GroupCount first, GroupCount last, double rateFirst, double rateLast,
                                     double ratio, Interval ratioInterval, double difference,
                                     Interval differenceInterval, ConfidenceLevel level) {
}
