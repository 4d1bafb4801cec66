package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Lines over time: the first breakdown is the time (numbers such as years; other texts are placed in
 * table order), one line per category of a second breakdown if there is one, interval whiskers in the
 * line's colour (symmetric error bars about the interval midpoint, so they span lower to upper), and
 * the national value per time as a dashed line. A suppressed point is a gap in its line.
 */
final class TrendChart {
    private TrendChart() {
    }

    static Drawing build(IndicatorData d, Labels l, String title) {
        if (d.shown().isEmpty() || d.breakdowns.isEmpty()) {
            return EmptyChart.build(title, l);
        }
        List<String> times = new ArrayList<>(new LinkedHashSet<>(d.groups.stream().map(g -> g.keys().get(0)).toList()));
        java.util.Map<String, Double> timeValues = new java.util.HashMap<>();
        d.groups.forEach(g -> timeValues.put(g.keys().get(0), g.time()));
        boolean numeric = times.stream().allMatch(t -> timeValues.get(t) != null);
        Set<String> lines = new LinkedHashSet<>();
        for (IndicatorData.Group g : d.groups) {
            lines.add(g.keys().size() > 1 ? g.keys().get(1) : l.value());
        }
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(d.breakdowns.get(0)).yAxisTitle(l.value()).build();
        ChartStyle.apply(c.getStyler(), d.decimalComma);
        c.getStyler().setXAxisDecimalPattern("0");
        c.getStyler().setErrorBarsColorSeriesColor(true);
        if (!numeric) {
            c.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
                int i = (int) Math.round(x);
                return Math.abs(x - i) < 1e-9 && i >= 0 && i < times.size() ? times.get(i) : "";
            });
        }
        List<String> words = new ArrayList<>(List.of(title, d.breakdowns.get(0), l.value()));
        int colour = 0;
        for (String line : lines) {
            double[] xs = new double[times.size()];
            double[] ys = new double[times.size()];
            double[] mid = new double[times.size()];
            double[] half = new double[times.size()];
            boolean anyInterval = false;
            for (int i = 0; i < times.size(); i++) {
                xs[i] = numeric ? timeValues.get(times.get(i)) : i;
                IndicatorData.Group g = find(d, times.get(i), line);
                boolean drawn = g != null && !g.suppressed();
                ys[i] = drawn ? g.value() : Double.NaN;
                boolean interval = drawn && g.lower() != null && g.upper() != null;
                mid[i] = interval ? (g.lower() + g.upper()) / 2 : Double.NaN;
                half[i] = interval ? (g.upper() - g.lower()) / 2 : Double.NaN;
                anyInterval |= interval;
                if (drawn) {
                    words.add(line + " " + times.get(i) + ": " + d.format(g.value()));
                }
            }
            XYSeries s = c.addSeries(line, xs, ys);
            s.setLineColor(Palette.series(colour));
            s.setMarkerColor(Palette.series(colour));
            words.add(line);
            if (anyInterval) {
                // the interval as a band: its lower and upper edges in a light tint of the line's colour
                double[] lo = new double[xs.length];
                double[] hi = new double[xs.length];
                for (int i = 0; i < xs.length; i++) {
                    lo[i] = Double.isNaN(mid[i]) ? Double.NaN : mid[i] - half[i];
                    hi[i] = Double.isNaN(mid[i]) ? Double.NaN : mid[i] + half[i];
                }
                for (double[] edge : List.of(lo, hi)) {
                    XYSeries w = c.addSeries(line + " " + l.interval(d.level) + (edge == lo ? "" : " "), xs, edge);
                    w.setMarker(SeriesMarkers.NONE);
                    w.setLineColor(Palette.light(Palette.series(colour)));
                    w.setLineWidth(1.2f);
                    w.setShowInLegend(edge == lo);
                }
            }
            colour++;
        }
        words.add(l.interval(d.level));
        nationalLine(c, d, l, times, numeric ? timeValues : null, words);
        return new Drawing(c, words);
    }

    private static void nationalLine(XYChart c, IndicatorData d, Labels l, List<String> times,
            java.util.Map<String, Double> timeValues, List<String> words) {
        double[] xs = new double[times.size()];
        double[] ys = new double[times.size()];
        boolean any = false;
        for (int i = 0; i < times.size(); i++) {
            xs[i] = timeValues != null ? timeValues.get(times.get(i)) : i;
            ys[i] = Double.NaN;
            for (IndicatorData.Group g : d.groups) {
                if (g.keys().get(0).equals(times.get(i)) && g.national() != null) {
                    ys[i] = g.national();
                    any = true;
                    break;
                }
            }
        }
        if (!any) {
            return;
        }
        XYSeries s = c.addSeries(l.national(), xs, ys);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Palette.NATIONAL);
        s.setLineStyle(SeriesLines.DASHED);
        words.add(l.national());
    }

    private static IndicatorData.Group find(IndicatorData d, String time, String line) {
        for (IndicatorData.Group g : d.groups) {
            String second = g.keys().size() > 1 ? g.keys().get(1) : null;
            if (g.keys().get(0).equals(time) && (second == null || second.equals(line))) {
                return g;
            }
        }
        return null;
    }
}
