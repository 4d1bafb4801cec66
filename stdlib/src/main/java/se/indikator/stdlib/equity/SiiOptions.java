package se.indikator.stdlib.equity;

import java.util.List;

import se.indikator.stdlib.ci.ConfidenceLevel;

/**
 * Parameters of {@link SlopeIndexOfInequality}, named after the arguments of PHE's
 * {@code phe_sii}: value type, transformation, multiplier (whose sign reverses the direction of the
 * RII), confidence levels, Monte-Carlo repetitions, and the random seed that makes the simulated
 * limits reproducible.
 *
 * @param valueType DEFAULT, RATE or PROPORTION
 * @param transform analyse rates on the log scale and proportions on the logit scale
 *                  (ignored, and must be false, for DEFAULT)
 * @param multiplier scale applied to the SII and its limits (for example 100 for percentages); a
 *                   negative multiplier also reports the RII the other way round (value at the
 *                   start of the scale over the value at the end)
 * @param levels the confidence levels of the simulated limits, at least one
 * @param repetitions the number of simulated sets of quantile values, at least 1000
 * @param seed the seed of the random number generator
 */
public record SiiOptions(SiiValueType valueType, boolean transform, double multiplier,
                         List<ConfidenceLevel> levels, int repetitions, long seed) {

    /** PHE's default repetitions. */
    public static final int DEFAULT_REPETITIONS = 100_000;
    /** The seed used unless another is chosen. */
    public static final long DEFAULT_SEED = 20_240_601L;

    /** Validates and copies the level list. */
    public SiiOptions {
        if (valueType == null) {
            throw new IllegalArgumentException("value type is required");
        }
        if (transform && valueType == SiiValueType.DEFAULT) {
            throw new IllegalArgumentException("transform is only available for rates (log) and proportions (logit)");
        }
        if (!Double.isFinite(multiplier) || multiplier == 0) {
            throw new IllegalArgumentException("multiplier must be a non-zero number: " + multiplier);
        }
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("at least one confidence level is required");
        }
        levels = List.copyOf(levels);
        if (repetitions < 1000) {
            throw new IllegalArgumentException("repetitions must be at least 1000: " + repetitions);
        }
    }

    /** PHE's defaults for {@code valueType}: no transform, multiplier 1, 95%, 100 000 repetitions. */
    public static SiiOptions defaults(SiiValueType valueType) {
        return new SiiOptions(valueType, false, 1.0, List.of(ConfidenceLevel.P95), DEFAULT_REPETITIONS, DEFAULT_SEED);
    }

    /** A copy with the transformation switched on or off. */
    public SiiOptions withTransform(boolean on) {
        return new SiiOptions(valueType, on, multiplier, levels, repetitions, seed);
    }

    /** A copy with another multiplier. */
    public SiiOptions withMultiplier(double m) {
        return new SiiOptions(valueType, transform, m, levels, repetitions, seed);
    }

    /** A copy with other confidence levels. */
    public SiiOptions withLevels(ConfidenceLevel... ls) {
        return new SiiOptions(valueType, transform, multiplier, List.of(ls), repetitions, seed);
    }

    /** A copy with another number of repetitions. */
    public SiiOptions withRepetitions(int n) {
        return new SiiOptions(valueType, transform, multiplier, levels, n, seed);
    }

    /** A copy with another seed. */
    public SiiOptions withSeed(long s) {
        return new SiiOptions(valueType, transform, multiplier, levels, repetitions, s);
    }
}
