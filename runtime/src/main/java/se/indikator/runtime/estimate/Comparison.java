package se.indikator.runtime.estimate;

import se.indikator.runtime.ast.Polarity;

/**
 * Where a group's value stands against its reference at one confidence level, oriented by the
 * indicator's polarity: {@code better}, {@code similar} or {@code worse} (with polarity {@code none},
 * {@code higher} or {@code lower}), or {@code not compared} when there is no value, no interval or no
 * reference to compare with.
 */
public enum Comparison {
    BETTER("better"), SIMILAR("similar"), WORSE("worse"), HIGHER("higher"), LOWER("lower"), NOT_COMPARED("not compared");

    private final String word;

    Comparison(String word) {
        this.word = word;
    }

    /** The word in tables and exports (a stable interface: scripts read it). */
    public String word() {
        return word;
    }

    /** The comparison of an interval with a reference value: similar when the interval contains it. */
    public static Comparison of(double lower, double upper, double reference, Polarity polarity) {
        if (Double.isNaN(lower) || Double.isNaN(upper) || Double.isNaN(reference)) {
            return NOT_COMPARED;
        }
        boolean above = lower > reference;
        boolean below = upper < reference;
        if (!above && !below) {
            return SIMILAR;
        }
        return direction(above, polarity);
    }

    /** A significant difference above ({@code above}) or below the reference, oriented by polarity. */
    public static Comparison direction(boolean above, Polarity polarity) {
        return switch (polarity) {
            case HIGHER -> above ? BETTER : WORSE;
            case LOWER -> above ? WORSE : BETTER;
            case NONE -> above ? HIGHER : LOWER;
        };
    }
}
