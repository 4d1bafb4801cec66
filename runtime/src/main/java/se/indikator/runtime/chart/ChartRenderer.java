package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.analysis.FunnelResult;
import se.indikator.runtime.analysis.HeatResult;
import se.indikator.runtime.analysis.ProfileResult;
import se.indikator.runtime.estimate.IndicatorResult;

/**
 * Draws typed results as charts: PNG bytes and SVG text of the same picture (900×520 px), a Unicode text
 * version and notes. Labels are Swedish or English. Hidden values are never drawn: their groups are left out
 * or left as gaps and named in a note {@code suppressed: <group>: <reason>}.
 */
public final class ChartRenderer {
    private ChartRenderer() {
    }

    /**
     * An indicator's result as ranked or grouped bars or as lines over time; {@code ranked} orders bars by value
     * (units of comparison, or {@code sorted}) instead of the breakdown's declared order.
     */
    public static Chart render(ChartKind kind, IndicatorResult r, boolean ranked) {
        return draw(kind, IndicatorData.of(r, ranked), r.settings().swedish());
    }

    /** An indicator's result as a chart, bars in the breakdown's declared order. */
    public static Chart render(ChartKind kind, IndicatorResult r) {
        return render(kind, r, false);
    }

    /** A funnel plot: the units, the centre line and the control limits. */
    public static Chart funnel(FunnelResult f) {
        return draw(ChartKind.FUNNEL, IndicatorData.of(f), f.decimalComma());
    }

    /** The region profile chart. */
    public static Chart profile(ProfileResult p) {
        return ProfileChart.render(p);
    }

    /** The heat table of comparisons. */
    public static Chart heat(HeatResult h, boolean swedish) {
        return HeatChart.render(h, swedish);
    }

    static Chart draw(ChartKind kind, IndicatorData d, boolean swedish) {
        Labels l = new Labels(swedish);
        String title = d.title;
        Drawing drawing;
        switch (kind) {
            case RANKED_BARS -> drawing = RankedBarsChart.build(d, l, title);
            case GROUPED_BARS -> drawing = GroupedBarsChart.build(d, l, title);
            case TREND -> drawing = TrendChart.build(d, l, title);
            case FUNNEL -> drawing = FunnelChart.build(d, l, title);
            default -> throw new IllegalStateException("drawn elsewhere: " + kind);
        }
        List<String> notes = d.notes();
        List<String> words = new ArrayList<>(drawing.words());
        words.addAll(notes);
        String svg = ChartEncoding.svg(drawing.chart(), title, words);
        return new Chart(title, kind, ChartEncoding.png(drawing.chart()), svg, TextChart.render(kind, d, l), notes);
    }
}
