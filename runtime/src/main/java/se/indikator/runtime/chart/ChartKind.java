package se.indikator.runtime.chart;

/** The kinds of chart {@code plot} draws, each from a result table. */
public enum ChartKind {
    /** Groups ranked by value, with interval whiskers, the national value as a line and the target as another. */
    RANKED_BARS,
    /** Bars for two breakdowns, e.g. education (categories) × sex (series), with interval whiskers. */
    GROUPED_BARS,
    /** The region profile: each indicator's deviation from the national value, women and men, desirable side right. */
    PROFILE,
    /** Lines over time with interval bands. */
    TREND,
    /** A funnel plot: value against denominator with control limits. */
    FUNNEL,
    /** The 21 Swedish regions as a tile map (an equal-area cartogram), coloured by verdict. */
    MAP,
    /** Units against a factor (or against their expected values) with the fitted line, from {@code relate}. */
    SCATTER,
    /** A heat table: rows (e.g. regions) × columns (indicators) coloured by verdict. */
    HEAT
}
