package se.indikator.runtime.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.model.ChartSize;

/**
 * Units (regions, hospitals) as horizontal bars, the Swedish agencies' convention: one row per unit, its name
 * on the left never rotated, ranked by value (highest on top) or in the breakdown's declared order; each bar
 * coloured and marked by its comparison with its reference, its interval as a whisker, its value printed at
 * the end; the national value as a solid line and the target as a dashed one; the unit on the value axis
 * and the caption underneath. The chart grows taller when its rows need more room than the size gives.
 */
final class HorizontalBarsChart {
    private static final double MIN_ROW = 17;

    private HorizontalBarsChart() {
    }

    static Chart render(IndicatorData d, Labels l, String text) {
        List<IndicatorData.Group> groups = RankedBarsChart.ranked(d);
        ChartSize size = d.size;
        double fixed = 70 + 60 + Caption.height(d.caption, size.width() - 40) + 40;
        int height = (int) Math.max(size.height(), fixed + groups.size() * MIN_ROW);
        ChartSize laid = new ChartSize(size.width(), height, size.dpi());
        List<String> words = new ArrayList<>(List.of(d.title, l.value(d.unit)));
        for (IndicatorData.Group g : groups) {
            words.add(g.label() + ": " + d.format(g.value()));
        }
        words.addAll(d.caption);
        List<String> notes = d.notes();
        words.addAll(notes);
        return PaintedChart.chart(d.title, ChartKind.RANKED_BARS, laid, s -> paint(s, d, l, groups), words, text, notes);
    }

    private static void paint(Sheet s, IndicatorData d, Labels l, List<IndicatorData.Group> groups) {
        double top = Caption.title(s, d.title);
        Legend legend = legend(d, l, groups);
        legend.paint(s, 20, top, s.width - 40);
        top += legend.height(s.width - 40) + 26;
        double bottom = s.height - Caption.height(d.caption, s.width - 40) - 48;
        double labelWidth = Math.min(s.width * 0.3,
                groups.stream().mapToDouble(g -> Sheet.textWidth(g.label(), Fonts.TICK)).max().orElse(60));
        double left = 20 + labelWidth + 10;
        double lo = 0;
        double hi = 0;
        for (IndicatorData.Group g : groups) {
            lo = Math.min(lo, g.lower() == null ? g.value() : Math.min(g.value(), g.lower()));
            hi = Math.max(hi, g.upper() == null ? g.value() : Math.max(g.value(), g.upper()));
        }
        double shared = d.sharedReference();
        if (!Double.isNaN(shared)) {
            hi = Math.max(hi, shared);
        }
        if (!Double.isNaN(d.target)) {
            hi = Math.max(hi, d.target);
        }
        double valueWidth = groups.stream().mapToDouble(g -> Sheet.textWidth(d.format(g.value()), Fonts.LABEL)).max()
                .orElse(30) + 22;
        Axes axes = new Axes(left, top, s.width - 20 - valueWidth, bottom, lo, hi, 0, 1);
        double row = (bottom - top) / Math.max(1, groups.size());
        int xd = Ticks.decimals(axes.xTicks.get(1) - axes.xTicks.get(0));
        for (double x : axes.xTicks) {
            s.line(Axes.GRID, 1f, axes.px(x), top, axes.px(x), bottom);
        }
        for (int i = 0; i < groups.size(); i++) {
            IndicatorData.Group g = groups.get(i);
            double y = top + i * row;
            double bar = Math.min(22, row * 0.72);
            double mid = y + row / 2;
            Color fill = Palette.verdict(g.verdict());
            double x0 = axes.px(Math.min(0, g.value()));
            double x1 = axes.px(Math.max(0, g.value()));
            s.fill(fill, x0, mid - bar / 2, Math.max(1, x1 - x0), bar);
            if (s.g != null && Palette.ink(fill) == Color.BLACK) {
                s.g.setColor(Palette.OUTLINE);
                s.g.setStroke(new java.awt.BasicStroke(0.6f));
                s.g.draw(new java.awt.geom.Rectangle2D.Double(x0, mid - bar / 2, Math.max(1, x1 - x0), bar));
            }
            double end = x1;
            if (g.lower() != null && g.upper() != null) {
                s.line(Palette.WHISKER, 1.2f, axes.px(g.lower()), mid, axes.px(g.upper()), mid);
                s.line(Palette.WHISKER, 1.2f, axes.px(g.lower()), mid - bar / 4, axes.px(g.lower()), mid + bar / 4);
                s.line(Palette.WHISKER, 1.2f, axes.px(g.upper()), mid - bar / 4, axes.px(g.upper()), mid + bar / 4);
                end = Math.max(end, axes.px(g.upper()));
            }
            Marks.paint(s, g.verdict(), end + 9, mid, 9, Palette.WHISKER);
            s.text(d.format(g.value()), Fonts.LABEL, Color.BLACK, end + 16, mid + 4, Sheet.Align.LEFT);
            s.text(Sheet.fit(g.label(), Fonts.TICK, labelWidth), Fonts.TICK, Color.BLACK, left - 8, mid + 4,
                    Sheet.Align.RIGHT);
        }
        if (!Double.isNaN(shared)) {
            s.line(Palette.NATIONAL, 2f, axes.px(shared), top - 6, axes.px(shared), bottom);
        } else {
            for (int i = 0; i < groups.size(); i++) {
                Double ref = groups.get(i).national();
                if (ref != null) {
                    double mid = top + i * row + row / 2;
                    s.line(Palette.NATIONAL, 2f, axes.px(ref), mid - row / 2 + 1, axes.px(ref), mid + row / 2 - 1);
                }
            }
        }
        if (!Double.isNaN(d.target)) {
            s.dashed(Palette.TARGET, 2f, axes.px(d.target), top - 6, axes.px(d.target), bottom);
        }
        s.line(Axes.AXIS, 1f, left, bottom, axes.right, bottom);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (double x : axes.xTicks) {
            String t = Ticks.format(x, xd, l.swedish());
            java.awt.geom.Rectangle2D r = Sheet.box(t, Fonts.TICK, axes.px(x), bottom + 16, Sheet.Align.CENTRE);
            if (r.getMinX() > lastEnd + 4) {
                s.text(t, Fonts.TICK, Axes.AXIS, axes.px(x), bottom + 16, Sheet.Align.CENTRE);
                lastEnd = r.getMaxX();
            }
        }
        s.text(l.value(d.unit), Fonts.AXIS, Axes.AXIS, (left + axes.right) / 2, bottom + 36, Sheet.Align.CENTRE);
        Caption.paint(s, d.caption);
    }

    private static Legend legend(IndicatorData d, Labels l, List<IndicatorData.Group> groups) {
        Legend legend = new Legend();
        for (String key : Palette.VERDICTS) {
            if (groups.stream().anyMatch(g -> Palette.key(g.verdict()).equals(key))) {
                legend.verdict(key, l.verdict(key));
            }
        }
        double shared = d.sharedReference();
        legend.line(Palette.NATIONAL, false, Double.isNaN(shared) ? l.ownReference() : l.national() + " " + d.format(shared));
        if (!Double.isNaN(d.target)) {
            legend.line(Palette.TARGET, true, d.targetLabel(l));
        }
        if (groups.stream().anyMatch(g -> g.lower() != null)) {
            legend.line(Palette.WHISKER, false, l.interval(d.level));
        }
        return legend;
    }
}
