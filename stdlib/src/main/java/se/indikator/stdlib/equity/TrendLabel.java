package se.indikator.stdlib.equity;

/**
 * A polarity-aware trend label with Fingertips' wording ("Increasing and getting better", …,
 * "No significant change"; PHE Fingertips technical guide, "recent trends"), plus a short form
 * ("improving", "worsening", "increasing", "decreasing", "no significant change").
 */
public enum TrendLabel {
    /** Significant rise of a higher-is-better indicator. */
    INCREASING_AND_GETTING_BETTER("Increasing and getting better", "improving"),
    /** Significant rise of a lower-is-better indicator. */
    INCREASING_AND_GETTING_WORSE("Increasing and getting worse", "worsening"),
    /** Significant fall of a lower-is-better indicator. */
    DECREASING_AND_GETTING_BETTER("Decreasing and getting better", "improving"),
    /** Significant fall of a higher-is-better indicator. */
    DECREASING_AND_GETTING_WORSE("Decreasing and getting worse", "worsening"),
    /** Significant rise with no polarity. */
    INCREASING("Increasing", "increasing"),
    /** Significant fall with no polarity. */
    DECREASING("Decreasing", "decreasing"),
    /** Not significant at the chosen level. */
    NO_SIGNIFICANT_CHANGE("No significant change", "no significant change");

    private final String label;
    private final String shortLabel;

    TrendLabel(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** Fingertips' wording. */
    public String label() {
        return label;
    }

    /** The short form: improving, worsening, increasing, decreasing or no significant change. */
    public String shortLabel() {
        return shortLabel;
    }

    /**
     * The label for a trend of sign {@code direction} (+1 rising, −1 falling) that is or is not
     * {@code significant}, for an indicator of the given polarity.
     */
    public static TrendLabel of(int direction, boolean significant, Polarity polarity) {
        if (!significant || direction == 0) {
            return NO_SIGNIFICANT_CHANGE;
        }
        boolean up = direction > 0;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> up ? INCREASING_AND_GETTING_BETTER : DECREASING_AND_GETTING_WORSE;
            case LOWER_IS_BETTER -> up ? INCREASING_AND_GETTING_WORSE : DECREASING_AND_GETTING_BETTER;
            case NO_JUDGEMENT -> up ? INCREASING : DECREASING;
        };
    }

    /** The label of a trend test at confidence {@code level} (e.g. 0.95 or 0.998). */
    public static TrendLabel of(TrendTestResult test, double level, Polarity polarity) {
        return of(test.direction(), test.significantAt(level), polarity);
    }

    /** The label of an annual percent change: significant when its interval excludes 0. */
    public static TrendLabel of(AnnualPercentChange.Result apc, Polarity polarity) {
        boolean significant = apc.interval().lower() > 0 || apc.interval().upper() < 0;
        return of((int) Math.signum(apc.apc()), significant, polarity);
    }
}
