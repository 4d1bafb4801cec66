package se.indikator.runtime.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The surface a painted chart draws on: a Java2D graphics (a bitmap or VectorGraphics2D) of a laid-out size,
 * with text helpers that measure, align and record every text's rectangle, so that tests can check that no
 * two texts overlap and placement can avoid what is already placed.
 */
final class Sheet {
    /** How a text stands at its point. */
    enum Align {
        LEFT, CENTRE, RIGHT
    }

    private static final Graphics2D MEASURE = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    final Graphics2D g;
    final int width;
    final int height;
    private final List<TextBox> boxes = new ArrayList<>();

    Sheet(Graphics2D g, int width, int height) {
        this.g = g;
        this.width = width;
        this.height = height;
    }

    /** A sheet that only measures (nothing is drawn anywhere). */
    static Sheet measuring(int width, int height) {
        return new Sheet(null, width, height);
    }

    List<TextBox> boxes() {
        return List.copyOf(boxes);
    }

    static FontMetrics metrics(Font f) {
        return MEASURE.getFontMetrics(f);
    }

    static double textWidth(String s, Font f) {
        return metrics(f).getStringBounds(s, MEASURE).getWidth();
    }

    /** The rectangle a text would cover with its baseline at {@code y}, aligned at {@code x}. */
    static Rectangle2D box(String s, Font f, double x, double y, Align a) {
        FontMetrics m = metrics(f);
        double w = textWidth(s, f);
        double left = a == Align.LEFT ? x : a == Align.CENTRE ? x - w / 2 : x - w;
        return new Rectangle2D.Double(left, y - m.getAscent(), w, m.getAscent() + m.getDescent());
    }

    /** Draws a text and records its rectangle. */
    Rectangle2D text(String s, Font f, Color c, double x, double y, Align a) {
        Rectangle2D r = box(s, f, x, y, a);
        if (g != null) {
            g.setFont(f);
            g.setColor(c);
            g.drawString(s, (float) r.getX(), (float) y);
        }
        boxes.add(new TextBox(s, r));
        return r;
    }

    /** Draws a text turned a quarter anticlockwise, reading upwards from {@code (x, bottom)}; records its rectangle. */
    Rectangle2D vertical(String s, Font f, Color c, double x, double bottom) {
        FontMetrics m = metrics(f);
        double w = textWidth(s, f);
        Rectangle2D r = new Rectangle2D.Double(x - m.getAscent(), bottom - w, m.getAscent() + m.getDescent(), w);
        if (g != null) {
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.translate(x, bottom);
            g.rotate(-Math.PI / 2);
            g.setFont(f);
            g.setColor(c);
            g.drawString(s, 0f, 0f);
            g.setTransform(saved);
        }
        boxes.add(new TextBox(s, r));
        return r;
    }

    /** Whether a rectangle meets any recorded text. */
    boolean free(Rectangle2D r) {
        TextBox probe = new TextBox("", r);
        return boxes.stream().noneMatch(b -> b.overlaps(probe));
    }

    void fill(Color c, double x, double y, double w, double h) {
        if (g != null) {
            g.setColor(c);
            g.fill(new Rectangle2D.Double(x, y, w, h));
        }
    }

    void line(Color c, float width, double x1, double y1, double x2, double y2) {
        if (g != null) {
            g.setColor(c);
            g.setStroke(new BasicStroke(width));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }
    }

    void dashed(Color c, float width, double x1, double y1, double x2, double y2) {
        if (g != null) {
            g.setColor(c);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }
    }

    /** Breaks a text into lines no wider than {@code max} at spaces (a word longer than a line stays whole). */
    static List<String> wrap(String s, Font f, double max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (textWidth(tried, f) > max && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** The text shortened with an ellipsis to fit {@code max}. */
    static String fit(String s, Font f, double max) {
        if (textWidth(s, f) <= max) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && textWidth(t + "…", f) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }
}
