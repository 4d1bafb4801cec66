package se.indikator.runtime.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The extra series of a bar chart: the interval whiskers and the national and target lines.
 *
 * <p>XChart's error bars are symmetric about the plotted value, while intervals for rates are not;
 * so the whiskers are an invisible series at the interval's midpoint with half its width as the error,
 * which draws exactly from lower to upper.
 */
final class SeriesLines {
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f);

    private SeriesLines() {
    }

    /** Adds whiskers from lower to upper (nulls where a category has no interval); false if there are none. */
    static boolean whiskers(CategoryChart c, String name, List<String> categories, List<Double> lower, List<Double> upper) {
        List<Double> mid = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < categories.size(); i++) {
            Double lo = lower.get(i);
            Double hi = upper.get(i);
            if (lo == null || hi == null) {
                mid.add(null);
                half.add(null);
            } else {
                mid.add((lo + hi) / 2);
                half.add((hi - lo) / 2);
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        CategorySeries s = c.addSeries(name, categories, mid, half);
        s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.NONE);
        s.setMarkerColor(Palette.WHISKER);
        return true;
    }

    /** Adds a horizontal line at {@code y} across all categories (the national value or the target). */
    static void level(CategoryChart c, String name, List<String> categories, double y, Color colour, boolean dashed) {
        CategorySeries s = c.addSeries(name, categories, new ArrayList<>(Collections.nCopies(categories.size(), y)));
        s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(dashed ? DASHED : new BasicStroke(2f));
    }

    /** Marks each category's own reference value (a group's slice of the country), leaving gaps where there is none. */
    static void references(CategoryChart c, String name, List<String> categories, List<Double> values, Color colour) {
        CategorySeries s = c.addSeries(name, categories, new ArrayList<>(values));
        s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(colour);
    }
}
