package se.indikator.runtime.analysis;

import java.util.List;
import se.indikator.runtime.ast.Polarity;
import se.indikator.stdlib.equity.FunnelSignificance;

/**
 * A funnel plot, typed, as charts and tables read it: the units (each with its position on the funnel, its
 * value, its four control limits and its class, or why it is not shown), the centre line (the national value
 * of the same slice for an indicator, the pooled value of the units for values given in a table), the smooth
 * limit lines, the notes, and how values are shown.
 *
 * @param centreLabel what the centre line is, e.g. "Riket" or "pooled"
 * @param reference what the units are compared with, in words (null for values given in a table)
 */
public record FunnelResult(String title, String unitName, String axisName, List<Point> points, double centre,
        String centreLabel, String reference, List<LimitCurve> curves, List<String> notes, Polarity polarity, int decimals,
        boolean decimalComma) {

    public FunnelResult {
        points = List.copyOf(points);
        curves = List.copyOf(curves);
        notes = List.copyOf(notes);
    }

    /**
     * One unit: its label, its place (NaN when not shown) and class (null when not classified), and why it is
     * hidden (null when shown).
     */
    public record Point(String label, double position, double value, double[] limits, FunnelSignificance significance,
            String hidden) {
        public boolean shown() {
            return hidden == null;
        }
    }
}
