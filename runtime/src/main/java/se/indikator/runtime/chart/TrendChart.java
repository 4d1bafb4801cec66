package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Lines over time: the first breakdown is the period (numbers such as years; other texts are placed in table
 * order), one line per category of a second breakdown if there is one, each with its interval as a shaded band
 * in a tint of its colour, and the national value per period (each period's own reference) as a dashed line
 * with its own marks. A suppressed point is a gap in its line and its band. The x axis is titled by the
 * period's name in the chart's language ("År"), the y axis by the measure's unit; the caption underneath.
 */
final class TrendChart {
    private TrendChart() {
    }

    static Chart render(IndicatorData d, Labels l, String text) {
        List<String> times = new ArrayList<>(new LinkedHashSet<>(d.groups.stream().map(g -> g.keys().get(0)).toList()));
        Map<String, Double> at = new HashMap<>();
        d.groups.forEach(g -> at.put(g.keys().get(0), g.time()));
        boolean numeric = times.stream().allMatch(t -> at.get(t) != null);
        List<String> lines = new ArrayList<>(new LinkedHashSet<>(d.groups.stream()
                .map(g -> g.keys().size() > 1 ? g.keys().get(1) : d.title).toList()));
        double[] xs = new double[times.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = numeric ? at.get(times.get(i)) : i;
        }
        List<String> words = new ArrayList<>(List.of(d.title, l.axis(d.breakdowns.get(0)), l.value(d.unit)));
        for (IndicatorData.Group g : d.shown()) {
            String line = g.keys().size() > 1 ? g.keys().get(1) + " " : "";
            words.add(line + g.keys().get(0) + ": " + d.format(g.value()));
        }
        words.add(l.national());
        words.addAll(d.caption);
        words.addAll(d.notes());
        return PaintedChart.chart(d.title, ChartKind.TREND, d.size, s -> paint(s, d, l, times, lines, xs, numeric), words,
                text, d.notes());
    }

    private static void paint(Sheet s, IndicatorData d, Labels l, List<String> times, List<String> lines, double[] xs,
            boolean numeric) {
        double top = Caption.title(s, d.title);
        Legend legend = new Legend();
        for (int k = 0; k < lines.size(); k++) {
            legend.line(Palette.series(k), false, lines.size() == 1 ? l.value(d.unit) : lines.get(k));
        }
        legend.band(Palette.light(Palette.series(0)), l.interval(d.level));
        Double[] national = national(d, times);
        boolean anyNational = java.util.Arrays.stream(national).anyMatch(v -> v != null) && !selfReferenced(d);
        if (!anyNational) {
            java.util.Arrays.fill(national, null);
        }
        if (anyNational) {
            legend.line(Palette.NATIONAL, true, l.national());
        }
        legend.paint(s, 20, top, s.width - 40);
        top += legend.height(s.width - 40) + 26;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (IndicatorData.Group g : d.shown()) {
            lo = Math.min(lo, g.lower() == null ? g.value() : g.lower());
            hi = Math.max(hi, g.upper() == null ? g.value() : g.upper());
        }
        for (Double v : national) {
            if (v != null) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = (hi - lo) * 0.08;
        double bottom = s.height - Caption.height(d.caption, s.width - 40) - 48;
        double left = 30 + Axes.yLabelWidth(lo - pad, hi + pad, l.swedish());
        double span = xs.length > 1 ? xs[xs.length - 1] - xs[0] : 1;
        Axes axes = new Axes(left, top, s.width - 30, bottom, xs[0] - span * 0.03, xs[xs.length - 1] + span * 0.03,
                lo - pad, hi + pad, true);
        axes.paint(s, l.axis(d.breakdowns.get(0)), l.value(d.unit), l.swedish(), x -> {
            int i = (int) Math.round(x);
            if (Math.abs(x - i) > 1e-9) {
                return "";
            }
            if (!numeric) {
                return i >= 0 && i < times.size() ? times.get(i) : "";
            }
            for (int j = 0; j < xs.length; j++) { // a period's own label (a rolling window's "2019–2021") where it stands
                if (Math.abs(xs[j] - x) < 1e-9) {
                    return times.get(j);
                }
            }
            return d.window > 0 ? "" : Integer.toString(i);
        });
        axes.clip(s);
        for (int k = 0; k < lines.size(); k++) {
            Color c = Palette.series(k);
            IndicatorData.Group[] pts = new IndicatorData.Group[times.size()];
            for (int i = 0; i < times.size(); i++) {
                pts[i] = find(d, times.get(i), lines.size() == 1 ? null : lines.get(k));
            }
            band(s, axes, xs, pts, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            polyline(s, axes, xs, pts, c);
        }
        dashedSeries(s, axes, xs, national);
        axes.unclip(s);
        Caption.paint(s, d.caption);
    }

    /** The interval as a filled band over each run of periods that have one. */
    private static void band(Sheet s, Axes a, double[] xs, IndicatorData.Group[] pts, Color c) {
        int i = 0;
        while (i < pts.length) {
            if (!hasInterval(pts[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < pts.length && hasInterval(pts[j + 1])) {
                j++;
            }
            Path2D p = new Path2D.Double();
            for (int k = i; k <= j; k++) {
                double y = a.py(pts[k].upper());
                double x = a.px(xs[k]);
                if (k == i) {
                    p.moveTo(x, y);
                } else {
                    p.lineTo(x, y);
                }
            }
            for (int k = j; k >= i; k--) {
                p.lineTo(a.px(xs[k]), a.py(pts[k].lower()));
            }
            p.closePath();
            if (i == j) {
                s.line(c.darker(), 3f, a.px(xs[i]), a.py(pts[i].lower()), a.px(xs[i]), a.py(pts[i].upper()));
            } else if (s.g != null) {
                s.g.setColor(c);
                s.g.fill(p);
            }
            i = j + 1;
        }
    }

    private static boolean hasInterval(IndicatorData.Group g) {
        return g != null && !g.suppressed() && g.lower() != null && g.upper() != null;
    }

    private static void polyline(Sheet s, Axes a, double[] xs, IndicatorData.Group[] pts, Color c) {
        for (int i = 0; i < pts.length; i++) {
            if (pts[i] == null || pts[i].suppressed()) {
                continue;
            }
            double x = a.px(xs[i]);
            double y = a.py(pts[i].value());
            if (i + 1 < pts.length && pts[i + 1] != null && !pts[i + 1].suppressed()) {
                s.line(c, 2.4f, x, y, a.px(xs[i + 1]), a.py(pts[i + 1].value()));
            }
            if (s.g != null) {
                s.g.setColor(c);
                s.g.fill(new java.awt.geom.Ellipse2D.Double(x - 4, y - 4, 8, 8));
            }
        }
    }

    private static void dashedSeries(Sheet s, Axes a, double[] xs, Double[] ys) {
        for (int i = 0; i < ys.length; i++) {
            if (ys[i] == null) {
                continue;
            }
            if (i + 1 < ys.length && ys[i + 1] != null) {
                s.dashed(Palette.NATIONAL, 1.8f, a.px(xs[i]), a.py(ys[i]), a.px(xs[i + 1]), a.py(ys[i + 1]));
            }
            if (s.g != null) {
                s.g.setColor(Palette.NATIONAL);
                s.g.fill(new java.awt.geom.Rectangle2D.Double(a.px(xs[i]) - 3, a.py(ys[i]) - 3, 6, 6));
            }
        }
    }

    /** Whether every drawn value is its own reference (the series is the country's). */
    private static boolean selfReferenced(IndicatorData d) {
        return d.shown().stream().allMatch(g -> g.national() != null && Math.abs(g.national() - g.value()) < 1e-12);
    }

    /** The national value of each period: the reference of the period's groups. */
    private static Double[] national(IndicatorData d, List<String> times) {
        Double[] out = new Double[times.size()];
        for (int i = 0; i < times.size(); i++) {
            for (IndicatorData.Group g : d.groups) {
                if (g.keys().get(0).equals(times.get(i)) && g.national() != null) {
                    out[i] = g.national();
                    break;
                }
            }
        }
        return out;
    }

    private static IndicatorData.Group find(IndicatorData d, String time, String line) {
        for (IndicatorData.Group g : d.groups) {
            String second = g.keys().size() > 1 ? g.keys().get(1) : null;
            if (g.keys().get(0).equals(time) && (line == null || line.equals(second))) {
                return g;
            }
        }
        return null;
    }
}
