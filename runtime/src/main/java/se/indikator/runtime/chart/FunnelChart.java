package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import se.indikator.runtime.analysis.LimitCurve;

/**
 * A funnel plot: each group's value against its denominator, points coloured by verdict, the national
 * value as a line, and — when the table has {@code limit_lower_L}/{@code limit_upper_L} columns — the
 * control limits as lines (one colour per level). Suppressed groups have no point.
 */
final class FunnelChart {
    private FunnelChart() {
    }

    static Drawing build(IndicatorData d, Labels l, String title) {
        List<IndicatorData.Group> points = d.shown().stream().filter(g -> g.denominator() != null).toList();
        if (points.isEmpty()) {
            return EmptyChart.build(title, l);
        }
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(d.axis == null ? l.denominator() : d.axis).yAxisTitle(l.value()).build();
        ChartStyle.apply(c.getStyler(), d.decimalComma);
        c.getStyler().setMarkerSize(9);
        List<String> words = new ArrayList<>(List.of(title, d.axis == null ? l.denominator() : d.axis, l.value()));
        double minX = points.stream().mapToDouble(IndicatorData.Group::denominator).min().orElse(0);
        double maxX = points.stream().mapToDouble(IndicatorData.Group::denominator).max().orElse(1);
        int colour = 0;
        for (String level : limitLevels(d.curves)) {
            double[][] lower = curve(d.curves, level, false);
            double[][] upper = curve(d.curves, level, true);
            for (double[][] line : List.of(lower, upper)) {
                if (line[0].length == 0) {
                    continue;
                }
                XYSeries s = c.addSeries(l.limit(level) + (line == lower ? "" : " "), line[0], line[1]);
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(Palette.series(colour + 3));
                s.setLineStyle(SeriesLines.DASHED);
                s.setShowInLegend(line == lower);
                minX = Math.min(minX, line[0][0]);
                maxX = Math.max(maxX, line[0][line[0].length - 1]);
            }
            words.add(l.limit(level));
            colour++;
        }
        for (String key : Palette.VERDICTS) {
            List<IndicatorData.Group> mine = points.stream().filter(g -> Palette.key(g.verdict()).equals(key)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            XYSeries s = c.addSeries(l.verdict(key), mine.stream().map(IndicatorData.Group::denominator).toList(),
                    mine.stream().map(IndicatorData.Group::value).toList());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Palette.verdict(key));
            words.add(l.verdict(key));
            for (IndicatorData.Group g : mine) {
                words.add(g.label() + ": " + d.format(g.value()) + " (n=" + d.format(g.denominator()) + ")");
            }
        }
        if (!Double.isNaN(d.national)) {
            String name = (d.centre == null ? l.national() : d.centre) + " " + d.format(d.national);
            XYSeries s = c.addSeries(name, new double[] {minX, maxX}, new double[] {d.national, d.national});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Palette.NATIONAL);
            words.add(name);
        }
        return new Drawing(c, words);
    }

    /** The smooth limit line of the level (finite points only); empty when the funnel has none. */
    private static double[][] curve(List<LimitCurve> curves, String level, boolean upper) {
        for (LimitCurve c : curves) {
            if (c.level().equals(level) && c.upper() == upper) {
                double[] x = c.x();
                double[] y = c.y();
                List<double[]> pts = new ArrayList<>();
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                        pts.add(new double[] {x[i], y[i]});
                    }
                }
                double[][] out = new double[2][pts.size()];
                for (int i = 0; i < pts.size(); i++) {
                    out[0][i] = pts.get(i)[0];
                    out[1][i] = pts.get(i)[1];
                }
                return out;
            }
        }
        return new double[2][0];
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
