package se.indikator.stdlib.standardise;

import se.indikator.stdlib.ci.LevelledIntervals;

/**
 * The result of a direct standardisation: the standardised value (rate or proportion, times the
 * multiplier), its intervals at each requested level, the totals it came from and the method.
 * Example: PHE's test area "testdata_big" has 895 events in 8970 persons and an ESP2013 DSR of
 * 1043.02 per 10 000 with Dobson 95% limits 971.77 to 1117.89.
 *
 * @param value           the standardised value times the multiplier
 * @param totalCount      the total number of events (or numerator) over all strata
 * @param totalPopulation the total population (or denominator) over all strata
 * @param intervals       the limits at each requested level
 * @param method          the method name, e.g. "Dobson" or "Fay-Feuer gamma"
 * @param suppressed      true when PHE would not show the value: fewer than 10 events in total
 */
public record DirectlyStandardised(double value, double totalCount, double totalPopulation,
                                       LevelledIntervals intervals, String method, boolean suppressed) {
}
