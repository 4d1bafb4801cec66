package se.indikator.stdlib.standardise;

import se.indikator.stdlib.ci.LevelledIntervals;

/**
 * The result of an indirect standardisation: the ratio O/E (an SMR, times 1 or 100) or the
 * indirectly standardised rate O/E × reference crude rate × multiplier, with its limits at each
 * requested level. Example: PHE's "testdata_big" has O = 895, E = 835.88, ISRatio 1.0707 with
 * Byar 95% limits 1.0017 to 1.1432.
 *
 * @param value     the ratio or rate, times the multiplier
 * @param observed  the observed count O
 * @param expected  the expected count E = Σ n_i·r_i
 * @param intervals the limits at each requested level
 * @param method    the method actually used: "Exact", "Byars", "Log-normal" or "Normal"
 */
public record IndirectlyStandardised(double value, double observed, double expected,
                                     LevelledIntervals intervals, String method) {
}
