package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * A few ordinal groups (age bands, education levels) as vertical bars in the breakdown's declared order, names
 * horizontal under the bars (units and long lists are {@link HorizontalBarsChart}'s), coloured by each group's
 * comparison with its reference, with
 * interval whiskers, the national value as a solid line and the target as a dashed line.
 * Suppressed groups are left out and named in the notes.
 */
final class RankedBarsChart {
    private RankedBarsChart() {
    }

    /**
     * The shown groups in drawing order: by value, descending, then label, when the chart ranks (units of
     * comparison, or {@code sorted}); else in the breakdown's declared order, so that a gradient stays one.
     */
    static List<IndicatorData.Group> ranked(IndicatorData d) {
        List<IndicatorData.Group> g = new ArrayList<>(d.shown());
        if (d.ranked) {
            g.sort(Comparator.comparing(IndicatorData.Group::value).reversed().thenComparing(IndicatorData.Group::label));
        }
        return g;
    }

    static Drawing build(IndicatorData d, Labels l, String title) {
        List<IndicatorData.Group> groups = ranked(d);
        if (groups.isEmpty()) {
            return EmptyChart.build(title, l);
        }
        List<String> categories = groups.stream().map(IndicatorData.Group::label).toList();
        CategoryChart c = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(String.join(" · ", d.breakdowns.stream().map(l::axis).toList())).yAxisTitle(l.value(d.unit)).build();
        ChartStyle.apply(c.getStyler(), d.decimalComma);
        c.getStyler().setOverlapped(true);
        c.getStyler().setAvailableSpaceFill(0.7);
        c.getStyler().setXAxisLabelRotation(0);
        c.getStyler().setXAxisTickMarkSpacingHint(12);
        if (groups.stream().allMatch(g -> g.value() >= 0)) {
            c.getStyler().setYAxisMin(0.0);
        }
        List<String> words = new ArrayList<>(List.of(title, String.join(" · ", d.breakdowns), l.value(d.unit)));
        for (String key : Palette.VERDICTS) {
            List<Double> ys = new ArrayList<>();
            boolean any = false;
            for (IndicatorData.Group g : groups) {
                boolean match = Palette.key(g.verdict()).equals(key);
                ys.add(match ? g.value() : null);
                any |= match;
            }
            if (any) {
                CategorySeries s = c.addSeries(l.verdict(key), categories, ys);
                s.setFillColor(Palette.verdict(key));
                words.add(l.verdict(key));
            }
        }
        if (SeriesLines.whiskers(c, l.interval(d.level), categories, groups.stream().map(IndicatorData.Group::lower).toList(),
                groups.stream().map(IndicatorData.Group::upper).toList())) {
            words.add(l.interval(d.level));
        }
        for (IndicatorData.Group g : groups) {
            words.add(g.label() + ": " + d.format(g.value()));
        }
        double shared = d.sharedReference();
        if (!Double.isNaN(shared)) {
            String name = l.national() + " " + d.format(shared);
            SeriesLines.level(c, name, categories, shared, Palette.NATIONAL, false);
            words.add(name);
        } else {
            List<Double> refs = new ArrayList<>();
            for (IndicatorData.Group g : groups) {
                refs.add(g == null || g.suppressed() ? null : g.national());
            }
            SeriesLines.references(c, l.ownReference(), categories, refs, Palette.NATIONAL);
            words.add(l.ownReference());
        }
        if (!Double.isNaN(d.target)) {
            String name = d.targetLabel(l);
            SeriesLines.level(c, name, categories, d.target, Palette.TARGET, true);
            words.add(name);
        }
        return new Drawing(c, words);
    }
}
