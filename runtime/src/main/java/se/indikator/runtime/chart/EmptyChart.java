package se.indikator.runtime.chart;

import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The chart drawn when a table has nothing that may be shown (e.g. every group suppressed). */
final class EmptyChart {
    private EmptyChart() {
    }

    static Drawing build(String title, Labels l) {
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title).build();
        ChartStyle.apply(c.getStyler(), false);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setAxisTicksVisible(false);
        XYSeries s = c.addSeries(" ", new double[] {0, 1}, new double[] {0, 1});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(java.awt.Color.WHITE);
        String message = l.swedish() ? "Inga värden kan visas" : "No values can be shown";
        c.addAnnotation(new AnnotationText(message, 0.5, 0.5, false));
        return new Drawing(c, List.of(title, message));
    }
}
