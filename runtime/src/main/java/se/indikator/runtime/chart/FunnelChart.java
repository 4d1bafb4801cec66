package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.indikator.runtime.analysis.LimitCurve;

/**
 * A funnel plot: each unit's value against its size (denominator, population or expected count), each point
 * a verdict's mark in its colour (outside the limits better or worse by polarity, inside similar), the centre
 * line, and the 95% and 99.8% control limits as smooth lines (dashed and solid). Units are labelled by a greedy
 * placement that never lets two labels overlap: the outliers first, farthest out first, then the others where
 * there is room. Axes in plain numbers with thousands grouped. Suppressed units have no point.
 */
final class FunnelChart {
    private FunnelChart() {
    }

    static Chart render(IndicatorData d, Labels l, String text) {
        List<IndicatorData.Group> points = d.shown().stream().filter(g -> g.denominator() != null).toList();
        List<String> words = new ArrayList<>(List.of(d.title, d.axis == null ? l.denominator() : d.axis, l.value(d.unit)));
        for (IndicatorData.Group g : points) {
            words.add(g.label() + ": " + d.format(g.value()) + " (n=" + d.format(g.denominator()) + ")");
        }
        words.addAll(d.caption);
        words.addAll(d.notes());
        return PaintedChart.chart(d.title, ChartKind.FUNNEL, d.size, s -> paint(s, d, l, points), words, text, d.notes());
    }

    private static void paint(Sheet s, IndicatorData d, Labels l, List<IndicatorData.Group> points) {
        double top = Caption.title(s, d.title);
        Legend legend = new Legend();
        for (String key : Palette.VERDICTS) {
            if (points.stream().anyMatch(g -> Palette.key(g.verdict()).equals(key))) {
                legend.verdict(key, l.verdict(key));
            }
        }
        List<String> levels = limitLevels(d.curves);
        for (int i = 0; i < levels.size(); i++) {
            legend.line(Palette.LIMIT, i == 0, l.limit(levels.get(i)));
        }
        if (!Double.isNaN(d.national)) {
            legend.line(Palette.NATIONAL, false, (d.centre == null ? l.national() : d.centre) + " " + d.format(d.national));
        }
        legend.paint(s, 20, top, s.width - 40);
        top += legend.height(s.width - 40) + 26;
        double minX = 0;
        double maxX = points.stream().mapToDouble(IndicatorData.Group::denominator).max().orElse(1) * 1.05;
        double lo = points.stream().mapToDouble(IndicatorData.Group::value).min().orElse(0);
        double hi = points.stream().mapToDouble(IndicatorData.Group::value).max().orElse(1);
        if (!Double.isNaN(d.national)) {
            lo = Math.min(lo, d.national);
            hi = Math.max(hi, d.national);
        }
        double pad = (hi - lo) * 0.25 + 1e-9;
        lo -= pad;
        hi += pad;
        double bottom = s.height - Caption.height(d.caption, s.width - 40) - 48;
        double left = 30 + Axes.yLabelWidth(lo, hi, l.swedish());
        Axes axes = new Axes(left, top, s.width - 30, bottom, minX, maxX, lo, hi);
        axes.paint(s, d.axis == null ? l.denominator() : d.axis, l.value(d.unit), l.swedish(), null);
        axes.clip(s);
        for (int i = 0; i < levels.size(); i++) {
            for (boolean upper : new boolean[] {false, true}) {
                curve(s, axes, d.curves, levels.get(i), upper, i == 0);
            }
        }
        if (!Double.isNaN(d.national)) {
            s.line(Palette.NATIONAL, 1.6f, axes.left, axes.py(d.national), axes.right, axes.py(d.national));
        }
        LabelPlacer placer = new LabelPlacer(s, new Rectangle2D.Double(axes.left, axes.top, axes.right - axes.left,
                axes.bottom - axes.top));
        for (IndicatorData.Group g : points) {
            double x = axes.px(g.denominator());
            double y = axes.py(g.value());
            Color c = Palette.verdict(g.verdict());
            Color mark = Palette.key(g.verdict()).equals("not compared") || Palette.key(g.verdict()).equals("similar")
                    ? Palette.SIMILAR_MARK : c;
            Marks.paint(s, g.verdict(), x, y, 11, mark);
            placer.point(x, y, 6);
        }
        axes.unclip(s);
        List<IndicatorData.Group> order = new ArrayList<>(points);
        double centre = Double.isNaN(d.national) ? 0 : d.national;
        order.sort(Comparator.comparing((IndicatorData.Group g) -> !outlier(g))
                .thenComparing(g -> -Math.abs(g.value() - centre)));
        for (IndicatorData.Group g : order) {
            placer.place(g.label(), axes.px(g.denominator()), axes.py(g.value()),
                    outlier(g) ? Fonts.BOLD_LABEL : Fonts.LABEL, outlier(g) ? Color.BLACK : Caption.GREY);
        }
        Caption.paint(s, d.caption);
    }

    static boolean outlier(IndicatorData.Group g) {
        String k = Palette.key(g.verdict());
        return !k.equals("similar") && !k.equals("not compared");
    }

    private static void curve(Sheet s, Axes a, List<LimitCurve> curves, String level, boolean upper, boolean dashed) {
        for (LimitCurve c : curves) {
            if (!c.level().equals(level) || c.upper() != upper || s.g == null) {
                continue;
            }
            java.awt.geom.Path2D p = new java.awt.geom.Path2D.Double();
            boolean open = false;
            for (int i = 0; i < c.x().length; i++) {
                double x = c.x()[i];
                double y = c.y()[i];
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    open = false;
                    continue;
                }
                if (open) {
                    p.lineTo(a.px(x), a.py(y));
                } else {
                    p.moveTo(a.px(x), a.py(y));
                    open = true;
                }
            }
            s.g.setColor(Palette.LIMIT);
            s.g.setStroke(dashed ? new java.awt.BasicStroke(1.4f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND,
                    10f, new float[] {6f, 4f}, 0f) : new java.awt.BasicStroke(1.6f));
            s.g.draw(p);
        }
    }

    /** The levels of the funnel's limit lines, e.g. {@code 95}, {@code 99_8}, in order. */
    static List<String> limitLevels(List<LimitCurve> curves) {
        List<String> out = new ArrayList<>();
        for (LimitCurve c : curves) {
            if (!out.contains(c.level())) {
                out.add(c.level());
            }
        }
        return out;
    }
}
