package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.result.ResultTable;

/**
 * Draws a result table as a chart: PNG bytes and SVG text of the same XChart picture (900×520 px), a
 * Unicode text version and notes. Labels are Swedish or English. Suppressed values (blank cells) are
 * never drawn: their groups are left out or left as gaps and named in a note
 * {@code suppressed: <group>: <reason>}.
 */
public final class ChartRenderer {
    private ChartRenderer() {
    }

    /** Draws {@code table} as a chart of {@code kind}, with Swedish labels when {@code swedish}. */
    public static Chart render(ChartKind kind, ResultTable table, boolean swedish) {
        if (kind == ChartKind.PROFILE) {
            return ProfileChart.render(table, swedish);
        }
        if (kind == ChartKind.HEAT) {
            return HeatChart.render(table, swedish);
        }
        Labels l = new Labels(swedish);
        String title = title(table);
        IndicatorData d = IndicatorData.of(table);
        Drawing drawing;
        switch (kind) {
            case RANKED_BARS -> drawing = RankedBarsChart.build(d, l, title);
            case GROUPED_BARS -> drawing = GroupedBarsChart.build(d, l, title);
            case TREND -> drawing = TrendChart.build(d, l, title);
            case FUNNEL -> drawing = FunnelChart.build(d, l, title);
            default -> throw new IllegalStateException("drawn elsewhere: " + kind);
        }
        List<String> notes = d.suppressionNotes();
        List<String> words = new ArrayList<>(drawing.words());
        words.addAll(notes);
        String svg = ChartEncoding.svg(drawing.chart(), title, words);
        return new Chart(title, kind, ChartEncoding.png(drawing.chart()), svg, TextChart.render(kind, table, swedish), notes);
    }

    /** The chart's title: the indicator's title when known, else the table's. */
    static String title(ResultTable table) {
        return table.meta().map(m -> m.title()).filter(t -> t != null && !t.isBlank())
                .orElse(table.title() == null ? "" : table.title());
    }
}
