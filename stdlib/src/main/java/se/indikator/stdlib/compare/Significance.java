package se.indikator.stdlib.compare;

/**
 * The outcome of comparing a confidence interval with a benchmark value at one level, as in
 * Fingertips: the interval lies wholly above or below the benchmark, or contains it. With a
 * polarity the direction becomes BETTER/WORSE; without one, HIGHER/LOWER.
 */
public enum Significance {
    /** Significantly better than the benchmark. */
    BETTER("better"),
    /** Significantly worse than the benchmark. */
    WORSE("worse"),
    /** Significantly higher, for indicators without polarity. */
    HIGHER("higher"),
    /** Significantly lower, for indicators without polarity. */
    LOWER("lower"),
    /** The interval contains the benchmark. */
    SIMILAR("similar"),
    /** The interval or the benchmark is undefined (NaN), so no comparison is made. */
    NOT_COMPARED("not compared");

    private final String label;

    Significance(String label) {
        this.label = label;
    }

    /** The lower-case label: "better", "worse", "higher", "lower", "similar", "not compared". */
    public String label() {
        return label;
    }

    /** True for the four significant outcomes. */
    public boolean isSignificant() {
        return this != SIMILAR && this != NOT_COMPARED;
    }
}
