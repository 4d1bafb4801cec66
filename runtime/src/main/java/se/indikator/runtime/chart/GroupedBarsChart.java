package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * Bars for two breakdowns: the first breakdown's categories in table order, within each one bar per
 * category of the second breakdown (one coloured series each), with interval whiskers and the national
 * and target lines. XChart places side-by-side bars itself but its whiskers only at the category centre,
 * so each (first, second) pair is its own overlapped category and blank spacers separate the groups.
 * A suppressed pair keeps its place as an empty gap.
 */
final class GroupedBarsChart {
    private GroupedBarsChart() {
    }

    static Drawing build(IndicatorData d, Labels l, String title) {
        if (d.shown().isEmpty() || d.breakdowns.size() < 2) {
            return d.breakdowns.size() < 2 ? RankedBarsChart.build(d, l, title) : EmptyChart.build(title, l);
        }
        Set<String> firsts = new LinkedHashSet<>();
        Set<String> seconds = new LinkedHashSet<>();
        for (IndicatorData.Group g : d.groups) {
            firsts.add(g.keys().get(0));
            seconds.add(g.keys().get(1));
        }
        List<String> categories = new ArrayList<>();
        List<IndicatorData.Group> slots = new ArrayList<>();
        int spacer = 0;
        for (String f : firsts) {
            if (!categories.isEmpty()) {
                categories.add(" ".repeat(++spacer));
                slots.add(null);
            }
            for (String s : seconds) {
                IndicatorData.Group g = find(d, f, s);
                if (g != null) {
                    categories.add(f + " · " + s);
                    slots.add(g);
                }
            }
        }
        CategoryChart c = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(l.axis(d.breakdowns.get(0)) + " · " + l.axis(d.breakdowns.get(1))).yAxisTitle(l.value(d.unit)).build();
        ChartStyle.apply(c.getStyler(), d.decimalComma);
        c.getStyler().setOverlapped(true);
        c.getStyler().setAvailableSpaceFill(0.85);
        c.getStyler().setXAxisLabelRotation(35);
        c.getStyler().setXAxisTickMarkSpacingHint(12);
        if (d.shown().stream().allMatch(g -> g.value() >= 0)) {
            c.getStyler().setYAxisMin(0.0);
        }
        List<String> words = new ArrayList<>(List.of(title, d.breakdowns.get(0) + " · " + d.breakdowns.get(1), l.value(d.unit)));
        int i = 0;
        for (String s : seconds) {
            List<Double> ys = new ArrayList<>();
            boolean any = false;
            for (IndicatorData.Group g : slots) {
                boolean match = g != null && !g.suppressed() && g.keys().get(1).equals(s);
                ys.add(match ? g.value() : null);
                any |= match;
            }
            if (any) {
                CategorySeries series = c.addSeries(s, categories, ys);
                series.setFillColor(Palette.series(i));
                words.add(s);
            }
            i++;
        }
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (IndicatorData.Group g : slots) {
            boolean drawn = g != null && !g.suppressed();
            lower.add(drawn ? g.lower() : null);
            upper.add(drawn ? g.upper() : null);
            if (drawn) {
                words.add(g.label() + ": " + d.format(g.value()));
            }
        }
        if (SeriesLines.whiskers(c, l.interval(d.level), categories, lower, upper)) {
            words.add(l.interval(d.level));
        }
        double shared = d.sharedReference();
        if (!Double.isNaN(shared)) {
            String name = l.national() + " " + d.format(shared);
            SeriesLines.level(c, name, categories, shared, Palette.NATIONAL, false);
            words.add(name);
        } else {
            List<Double> refs = new ArrayList<>();
            for (IndicatorData.Group g : slots) {
                refs.add(g == null || g.suppressed() ? null : g.national());
            }
            SeriesLines.references(c, l.ownReference(), categories, refs, Palette.NATIONAL);
            words.add(l.ownReference());
        }
        if (!Double.isNaN(d.target)) {
            SeriesLines.level(c, d.targetLabel(l), categories, d.target, Palette.TARGET, true);
            words.add(d.targetLabel(l));
        }
        return new Drawing(c, words);
    }

    private static IndicatorData.Group find(IndicatorData d, String first, String second) {
        for (IndicatorData.Group g : d.groups) {
            if (g.keys().get(0).equals(first) && g.keys().get(1).equals(second)) {
                return g;
            }
        }
        return null;
    }
}
