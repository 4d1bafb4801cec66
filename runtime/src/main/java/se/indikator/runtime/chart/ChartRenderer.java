package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.analysis.FunnelResult;
import se.indikator.runtime.analysis.HeatResult;
import se.indikator.runtime.analysis.ProfileResult;
import se.indikator.runtime.estimate.IndicatorResult;

/**
 * Draws typed results as charts: PNG bytes and SVG text of the same picture (at the script's {@code set chart}
 * size and resolution), a Unicode text version and notes. Labels are Swedish or English; the value axis says
 * the measure's unit and a caption under the chart its source, selection and reference. Hidden values are never
 * drawn: their groups are left out or left as gaps and named in a note {@code suppressed: <group>: <reason>}.
 * Units and long lists are horizontal ranked bars; only a few groups in a declared order are vertical bars.
 */
public final class ChartRenderer {
    /** The most groups drawn as vertical bars; more become horizontal bars. */
    static final int MAX_VERTICAL = 8;

    private ChartRenderer() {
    }

    /**
     * An indicator's result as bars, lines over time or a map; {@code ranked} orders bars by value (units of
     * comparison, or {@code sorted}) instead of the breakdown's declared order.
     */
    public static Chart render(ChartKind kind, IndicatorResult r, boolean ranked) {
        return draw(kind, IndicatorData.of(r, ranked), r.settings().swedish());
    }

    /** An indicator's result as a chart, bars in the breakdown's declared order. */
    public static Chart render(ChartKind kind, IndicatorResult r) {
        return render(kind, r, false);
    }

    /** A funnel plot at the default size, without unit or caption. */
    public static Chart funnel(FunnelResult f) {
        return funnel(f, ChartFrame.plain(se.indikator.runtime.model.ChartSize.DEFAULT));
    }

    /** A funnel plot: the units, labelled, the centre line and the control limits, in its frame. */
    public static Chart funnel(FunnelResult f, ChartFrame frame) {
        IndicatorData d = IndicatorData.of(f);
        d.size = frame.size();
        d.unit = frame.unit();
        d.caption = frame.caption();
        return draw(ChartKind.FUNNEL, d, f.decimalComma());
    }

    /** The region profile chart. */
    public static Chart profile(ProfileResult p) {
        return ProfileChart.render(p);
    }

    /** The heat table of comparisons, at the default size. */
    public static Chart heat(HeatResult h, boolean swedish) {
        return HeatChart.render(h, swedish, ChartFrame.plain(se.indikator.runtime.model.ChartSize.DEFAULT));
    }

    /** The heat table of comparisons: indicators as rows, the units as columns, values in the cells. */
    public static Chart heat(HeatResult h, boolean swedish, ChartFrame frame) {
        return HeatChart.render(h, swedish, frame);
    }

    /** The scatter of {@code relate}: units, the fitted line, the units that stand out labelled. */
    public static Chart scatter(ScatterData s, ChartFrame frame) {
        return ScatterChart.render(s, frame);
    }

    static Chart draw(ChartKind kind, IndicatorData d, boolean swedish) {
        Labels l = new Labels(swedish);
        String title = d.title;
        String text = TextChart.render(kind, d, l);
        if (kind == ChartKind.MAP) {
            return MapChart.render(d, l, text);
        }
        if (d.shown().isEmpty() || (kind == ChartKind.TREND && d.breakdowns.isEmpty())
                || (kind == ChartKind.FUNNEL && d.shown().stream().allMatch(g -> g.denominator() == null))) {
            return composed(kind, EmptyChart.build(title, l), d, text);
        }
        boolean vertical = kind == ChartKind.RANKED_BARS && !d.ranked && d.shown().size() <= MAX_VERTICAL;
        return switch (kind) {
            case RANKED_BARS -> vertical ? composed(kind, RankedBarsChart.build(d, l, title), d, text)
                    : HorizontalBarsChart.render(d, l, text);
            case GROUPED_BARS -> d.breakdowns.size() < 2 ? draw(ChartKind.RANKED_BARS, d, swedish)
                    : composed(kind, GroupedBarsChart.build(d, l, title), d, text);
            case TREND -> TrendChart.render(d, l, text);
            case FUNNEL -> FunnelChart.render(d, l, text);
            default -> throw new IllegalStateException("drawn elsewhere: " + kind);
        };
    }

    /** An XChart drawing with the caption under it, painted at the chart's size. */
    private static Chart composed(ChartKind kind, Drawing drawing, IndicatorData d, String text) {
        List<String> notes = d.notes();
        List<String> words = new ArrayList<>(drawing.words());
        words.addAll(d.caption);
        words.addAll(notes);
        double caption = Caption.height(d.caption, d.size.width() - 40);
        return PaintedChart.chart(d.title, kind, d.size, s -> {
            drawing.chart().paint(s.g, s.width, (int) Math.round(s.height - caption));
            Caption.paint(s, d.caption);
        }, words, text, notes);
    }
}
