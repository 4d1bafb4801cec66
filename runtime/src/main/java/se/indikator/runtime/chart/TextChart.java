package se.indikator.runtime.chart;

/**
 * The Unicode text chart shown when a terminal cannot show images; deterministic, one line per group.
 * Suppressed groups are shown as suppressed with their reason, never with numbers.
 */
final class TextChart {
    private TextChart() {
    }

    /** The text chart of the data as {@code kind}. */
    static String render(ChartKind kind, IndicatorData d, Labels l) {
        return switch (kind) {
            case RANKED_BARS -> TextBars.ranked(d, l, d.title);
            case GROUPED_BARS -> TextBars.grouped(d, l, d.title);
            case TREND -> TextSeries.trend(d, l, d.title);
            case FUNNEL -> TextSeries.funnel(d, l, d.title);
            case MAP -> TextBars.ranked(d, l, d.title);
            default -> throw new IllegalStateException("drawn elsewhere: " + kind);
        };
    }
}
