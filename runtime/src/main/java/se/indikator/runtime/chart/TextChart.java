package se.indikator.runtime.chart;

import se.indikator.runtime.result.ResultTable;

/**
 * The Unicode text chart shown when a terminal cannot show images; deterministic, one line per group.
 * Suppressed groups are shown as suppressed with their reason, never with numbers.
 */
public final class TextChart {
    private TextChart() {
    }

    /** The text chart of {@code table} as {@code kind}, Swedish labels when {@code swedish}. */
    public static String render(ChartKind kind, ResultTable table, boolean swedish) {
        Labels l = new Labels(swedish);
        String title = ChartRenderer.title(table);
        return switch (kind) {
            case RANKED_BARS -> TextBars.ranked(IndicatorData.of(table), l, title);
            case GROUPED_BARS -> TextBars.grouped(IndicatorData.of(table), l, title);
            case TREND -> TextSeries.trend(IndicatorData.of(table), l, title);
            case FUNNEL -> TextSeries.funnel(IndicatorData.of(table), l, title);
            default -> ChartRenderer.render(kind, table, swedish).text();
        };
    }
}
