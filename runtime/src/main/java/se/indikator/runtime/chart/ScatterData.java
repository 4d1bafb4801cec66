package se.indikator.runtime.chart;

import java.util.List;

/**
 * What {@code relate} draws: the units as points (x a factor, or the value the regression expects; y the
 * indicator's value), the fitted line {@code y = intercept + slope·x}, and which units stand out.
 */
public record ScatterData(String title, String xTitle, String yTitle, List<Point> points, double intercept, double slope,
        boolean swedish, int decimals) {
    public ScatterData {
        points = List.copyOf(points);
    }

    /** One unit: its label, place and whether it stands out (|standardised residual| > 2). */
    public record Point(String label, double x, double y, boolean standsOut) {
    }
}
