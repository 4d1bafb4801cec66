package se.indikator.stdlib.ci;

/**
 * A confidence interval: its lower and upper limits. Either limit is {@code NaN} when it is
 * undefined, for example PHE's Byar lower limit of one event at 99.8%, or when an input was missing.
 *
 * <p>Example: {@code new Interval(0.2553, 0.3662)} is Wilson's 95% interval for 81/263.
 *
 * @param lower the lower limit, or NaN
 * @param upper the upper limit, or NaN
 */
public record Interval(double lower, double upper) {

    /** An interval with both limits undefined. */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    /** True when both limits are defined numbers. */
    public boolean isDefined() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** True when {@code value} lies within the closed interval; false when a limit is NaN. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** This interval with both limits multiplied by {@code factor} (a non-negative scale). */
    public Interval scaled(double factor) {
        return new Interval(lower * factor, upper * factor);
    }
}
