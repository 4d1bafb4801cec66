package se.indikator.stdlib.compare;

/**
 * Which direction of an indicator is good: for mortality LOWER_IS_BETTER, for screening coverage
 * HIGHER_IS_BETTER, and NONE when neither (e.g. a birth rate), in which case comparisons say
 * "higher"/"lower" instead of "better"/"worse".
 */
public enum Polarity {
    /** Higher values are better. */
    HIGHER_IS_BETTER,
    /** Lower values are better. */
    LOWER_IS_BETTER,
    /** No direction is better. */
    NONE
}
