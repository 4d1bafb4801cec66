package se.indikator.stdlib.standardise;

import java.util.List;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.LevelledIntervals;
import se.indikator.stdlib.ci.PoissonIntervals;
import se.indikator.stdlib.ci.PoissonMethod;

/**
 * Indirect standardisation: the expected count E = Σ n_i·r_i from the stratum populations n_i and
 * reference rates r_i, the standardised ratio O/E (SMR; multiplier 1 or 100) and the indirectly
 * standardised rate O/E × reference crude rate × multiplier, as PHE's {@code calculate_ISRatio} and
 * {@code calculate_ISRate} compute them. The limits are those of O divided by E (see
 * {@link IndirectMethod}); PHE's default uses exact limits below 10 observed events and Byar's
 * from 10 (Breslow and Day 1987).
 *
 * <p>O is passed separately from the strata, so it can come from another source (PHE's
 * "observed totals" lookup). E = 0 gives NaN value and limits (SAS prints "." there).
 */
public final class IndirectStandardisation {

    private IndirectStandardisation() {
    }

    /**
     * E = Σ n_i·r_i. A stratum where n_i or r_i is NaN contributes nothing (PHE drops NA
     * products); negative inputs are rejected.
     */
    public static double expected(double[] n, double[] referenceRates) {
        if (n.length != referenceRates.length) {
            throw new IllegalArgumentException("populations and reference rates differ in length");
        }
        double e = 0;
        for (int i = 0; i < n.length; i++) {
            if (n[i] < 0 || referenceRates[i] < 0) {
                throw new IllegalArgumentException("stratum " + i + ": populations and rates must be >= 0");
            }
            double term = n[i] * referenceRates[i];
            if (!Double.isNaN(term)) {
                e += term;
            }
        }
        return e;
    }

    /** Reference rates r_i = events_i / population_i of the reference strata (NaN where either is NaN). */
    public static double[] referenceRates(double[] referenceEvents, double[] referencePopulation) {
        double[] r = new double[referenceEvents.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = referenceEvents[i] / referencePopulation[i];
        }
        return r;
    }

    /** The ratio O/E × multiplier (1 for an SMR, 100 for PHE's "ratio x 100"). */
    public static IndirectlyStandardised ratio(double observed, double expected, double multiplier,
                                               IndirectMethod method, List<ConfidenceLevel> levels) {
        return standardise(observed, expected, multiplier, method, levels);
    }

    /**
     * The indirectly standardised rate O/E × referenceCrudeRate × multiplier, where
     * referenceCrudeRate is events per person (e.g. Σ reference events / Σ reference population)
     * and multiplier is e.g. 100 000.
     */
    public static IndirectlyStandardised rate(double observed, double expected, double referenceCrudeRate,
                                              double multiplier, IndirectMethod method,
                                              List<ConfidenceLevel> levels) {
        return standardise(observed, expected, referenceCrudeRate * multiplier, method, levels);
    }

    private static IndirectlyStandardised standardise(double observed, double expected, double factor,
                                                      IndirectMethod method, List<ConfidenceLevel> levels) {
        if (observed < 0 || expected < 0) {
            throw new IllegalArgumentException("observed and expected must be >= 0: " + observed + ", " + expected);
        }
        IndirectMethod used = method;
        if (method == IndirectMethod.PHE_DEFAULT) {
            used = observed < PoissonIntervals.PHE_BYAR_THRESHOLD ? IndirectMethod.EXACT : IndirectMethod.BYAR;
        }
        final IndirectMethod chosen = used;
        double ratio = observed / expected;
        LevelledIntervals intervals = LevelledIntervals.compute(levels, level -> {
            Interval o = switch (chosen) {
                case EXACT -> PoissonIntervals.exact(observed, level);
                case BYAR -> PoissonIntervals.byar(observed, level);
                case LOG_NORMAL -> {
                    double f = Math.exp(level.z() / Math.sqrt(observed));
                    yield observed > 0 ? new Interval(observed / f, observed * f) : Interval.UNDEFINED;
                }
                case NORMAL -> {
                    double half = level.z() * Math.sqrt(observed);
                    yield new Interval(observed - half, observed + half);
                }
                case PHE_DEFAULT -> throw new IllegalStateException("resolved above");
            };
            return new Interval(o.lower() / expected * factor, o.upper() / expected * factor);
        });
        return new IndirectlyStandardised(ratio * factor, observed, expected, intervals, label(chosen));
    }

    private static String label(IndirectMethod method) {
        return switch (method) {
            case EXACT -> PoissonMethod.EXACT.label();
            case BYAR -> PoissonMethod.BYAR.label();
            case LOG_NORMAL -> "Log-normal";
            case NORMAL -> "Normal";
            case PHE_DEFAULT -> "PHE default";
        };
    }
}
