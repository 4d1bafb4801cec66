package se.indikator.runtime.chart;

import java.awt.geom.Rectangle2D;

/** A text a chart placed and the rectangle it covers (in layout points), for checking that no two overlap. */
public record TextBox(String text, Rectangle2D box) {
    /** Whether the two boxes share more than a hair (half a point) of area. */
    public boolean overlaps(TextBox o) {
        Rectangle2D a = box;
        Rectangle2D b = o.box;
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0.5 && h > 0.5;
    }
}
