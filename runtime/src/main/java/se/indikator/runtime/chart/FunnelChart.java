package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import se.indikator.runtime.result.ResultTable;

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
                .xAxisTitle(l.denominator()).yAxisTitle(l.value()).build();
        ChartStyle.apply(c.getStyler(), d.table.decimalComma());
        c.getStyler().setMarkerSize(9);
        List<String> words = new ArrayList<>(List.of(title, l.denominator(), l.value()));
        double minX = points.stream().mapToDouble(IndicatorData.Group::denominator).min().orElse(0);
        double maxX = points.stream().mapToDouble(IndicatorData.Group::denominator).max().orElse(1);
        int colour = 0;
        for (String level : limitLevels(d.table)) {
            double[][] lower = curve(d.table, level, false).orElse(limit(d.table, "limit_lower_" + level));
            double[][] upper = curve(d.table, level, true).orElse(limit(d.table, "limit_upper_" + level));
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
            String name = l.national() + " " + d.format(d.national);
            XYSeries s = c.addSeries(name, new double[] {minX, maxX}, new double[] {d.national, d.national});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Palette.NATIONAL);
            words.add(name);
        }
        return new Drawing(c, words);
    }

    /** The table's smooth limit line for the level, when it has one (finite points only). */
    private static java.util.Optional<double[][]> curve(ResultTable t, String level, boolean upper) {
        for (se.indikator.runtime.result.LimitCurve c : t.curves()) {
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
                return java.util.Optional.of(out);
            }
        }
        return java.util.Optional.empty();
    }

    /** The levels with limit columns, e.g. {@code 95}, {@code 99_8}, in column order. */
    static List<String> limitLevels(ResultTable t) {
        List<String> out = new ArrayList<>();
        for (String col : t.columns()) {
            if (col.startsWith("limit_lower_") && t.columnIndex("limit_upper_" + col.substring(12)) >= 0) {
                out.add(col.substring("limit_lower_".length()));
            }
        }
        return out;
    }

    /** The limit column's points (denominator, limit) by denominator; suppressed rows and blanks skipped. */
    private static double[][] limit(ResultTable t, String column) {
        List<double[]> pts = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Double x = IndicatorData.number(t, r, IndicatorData.positionColumn(t));
            Double y = IndicatorData.number(t, r, column);
            String note = IndicatorData.string(t, r, "note");
            boolean suppressed = note != null && note.trim().toLowerCase(java.util.Locale.ROOT).startsWith("suppressed");
            if (x != null && y != null && !suppressed) {
                pts.add(new double[] {x, y});
            }
        }
        pts.sort((a, b) -> Double.compare(a[0], b[0]));
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            out[0][i] = pts.get(i)[0];
            out[1][i] = pts.get(i)[1];
        }
        return out;
    }
}
