package se.indikator.stdlib.equity;

/**
 * The direction in which an indicator improves, as Fingertips' polarity ("RAG - low is good" /
 * "RAG - high is good" / "no judgement"); used to pick the best group for the population
 * attributable fraction and to label trends.
 */
public enum Polarity {
    /** Lower values are better (mortality, obesity). */
    LOWER_IS_BETTER,
    /** Higher values are better (screening coverage, life expectancy). */
    HIGHER_IS_BETTER,
    /** No judgement: direction is reported but not called better or worse. */
    NO_JUDGEMENT
}
