package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * The mark of a verdict, drawn beside or inside its colour so that it reads in greyscale and without colour
 * vision: better a triangle up, worse a triangle down, similar a circle, higher/lower an open triangle up/down,
 * not compared a short dash.
 */
final class Marks {
    private Marks() {
    }

    /** Paints the verdict's mark centred at (x, y), {@code size} points across, in {@code c}. */
    static void paint(Sheet s, String verdict, double x, double y, double size, Color c) {
        if (s.g == null) {
            return;
        }
        double r = size / 2;
        s.g.setColor(c);
        s.g.setStroke(new java.awt.BasicStroke(1.4f));
        switch (Palette.key(verdict)) {
            case "better" -> s.g.fill(triangle(x, y, r, true));
            case "worse" -> s.g.fill(triangle(x, y, r, false));
            case "similar" -> s.g.fill(new Ellipse2D.Double(x - r * 0.75, y - r * 0.75, r * 1.5, r * 1.5));
            case "higher" -> s.g.draw(triangle(x, y, r, true));
            case "lower" -> s.g.draw(triangle(x, y, r, false));
            default -> s.g.draw(new java.awt.geom.Line2D.Double(x - r * 0.7, y, x + r * 0.7, y));
        }
    }

    private static Path2D triangle(double x, double y, double r, boolean up) {
        Path2D p = new Path2D.Double();
        double d = up ? -1 : 1;
        p.moveTo(x, y + d * r);
        p.lineTo(x - r, y - d * r * 0.8);
        p.lineTo(x + r, y - d * r * 0.8);
        p.closePath();
        return p;
    }

    /** The verdict's swatch: its colour with its mark, outlined when pale. */
    static void swatch(Sheet s, String verdict, double x, double y, double size) {
        Color fill = Palette.verdict(verdict);
        s.fill(fill, x, y, size, size);
        if (s.g != null) {
            s.g.setColor(Palette.OUTLINE);
            s.g.setStroke(new java.awt.BasicStroke(0.8f));
            s.g.draw(new java.awt.geom.Rectangle2D.Double(x, y, size, size));
        }
        paint(s, verdict, x + size / 2, y + size / 2, size * 0.6, Palette.ink(fill));
    }
}
