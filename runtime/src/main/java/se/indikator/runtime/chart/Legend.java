package se.indikator.runtime.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A legend laid out in rows from the left: each item a small key (a verdict's swatch, a line, a band) and its
 * label; items that do not fit on a row begin the next.
 */
final class Legend {
    /** One item: how its key is painted (at the key's top-left corner) and its label. */
    record Item(BiConsumer<Sheet, double[]> key, String label) {
    }

    static final double ROW = 18;
    private final List<Item> items = new ArrayList<>();

    Legend verdict(String verdict, String label) {
        items.add(new Item((s, p) -> Marks.swatch(s, verdict, p[0], p[1], 12), label));
        return this;
    }

    Legend line(Color c, boolean dashed, String label) {
        items.add(new Item((s, p) -> {
            if (dashed) {
                s.dashed(c, 2f, p[0], p[1] + 6, p[0] + 22, p[1] + 6);
            } else {
                s.line(c, 2f, p[0], p[1] + 6, p[0] + 22, p[1] + 6);
            }
        }, label));
        return this;
    }

    Legend band(Color c, String label) {
        items.add(new Item((s, p) -> s.fill(c, p[0], p[1], 22, 12), label));
        return this;
    }

    Legend dot(Color c, String label) {
        items.add(new Item((s, p) -> {
            if (s.g != null) {
                s.g.setColor(c);
                s.g.fill(new java.awt.geom.Ellipse2D.Double(p[0] + 6, p[1], 11, 11));
            }
        }, label));
        return this;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    private static double keyWidth(Item i) {
        return 28 + Sheet.textWidth(i.label(), Fonts.LABEL) + 18;
    }

    /** The height the legend takes at this width. */
    double height(double width) {
        return items.isEmpty() ? 0 : rows(width) * ROW + 4;
    }

    private int rows(double width) {
        int rows = 1;
        double x = 0;
        for (Item i : items) {
            if (x > 0 && x + keyWidth(i) > width) {
                rows++;
                x = 0;
            }
            x += keyWidth(i);
        }
        return rows;
    }

    /** Paints the legend from (left, top) within the width. */
    void paint(Sheet s, double left, double top, double width) {
        double x = left;
        double y = top;
        for (Item i : items) {
            if (x > left && x + keyWidth(i) > left + width) {
                x = left;
                y += ROW;
            }
            i.key().accept(s, new double[] {x, y});
            s.text(i.label(), Fonts.LABEL, Color.BLACK, x + 28, y + 10, Sheet.Align.LEFT);
            x += keyWidth(i);
        }
    }
}
