package se.indikator.stdlib.equity;

/**
 * The funnel-plot classification of one unit against the 95% (2σ, two-sided 0.025 each side) and
 * 99.8% (3σ, 0.001 each side) control limits, with the labels of PHE's
 * {@code phe_funnel_significance} / {@code assign_funnel_significance} (PHEindicatormethods).
 */
public enum FunnelSignificance {
    /** Above the 99.8% upper limit. */
    HIGH_0_001("High (0.001)"),
    /** Above the 95% upper limit but not the 99.8% one. */
    HIGH_0_025("High (0.025)"),
    /** Below the 99.8% lower limit. */
    LOW_0_001("Low (0.001)"),
    /** Below the 95% lower limit but not the 99.8% one. */
    LOW_0_025("Low (0.025)"),
    /** Within the 95% limits ("in control"). */
    NOT_SIGNIFICANT("Not significant"),
    /** A directly standardised rate from fewer than 10 events, which PHE does not classify. */
    NOT_APPLICABLE_DSR("Not applicable for events less than 10 for dsrs");

    private final String label;

    FunnelSignificance(String label) {
        this.label = label;
    }

    /** PHE's label, e.g. "High (0.001)". */
    public String label() {
        return label;
    }

    /** The constant whose PHE label is {@code label} (case-insensitive). */
    public static FunnelSignificance ofLabel(String label) {
        for (FunnelSignificance s : values()) {
            if (s.label.equalsIgnoreCase(label.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown funnel significance label: " + label);
    }

    /** True for the two "High" and two "Low" classes (an outlier at 95%). */
    public boolean isOutlier() {
        return this != NOT_SIGNIFICANT && this != NOT_APPLICABLE_DSR;
    }
}
