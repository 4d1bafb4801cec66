package se.indikator.runtime.chart;

import java.awt.Color;
import java.util.List;

/**
 * A plot area with linear x and y scales: maps data to points, and paints the light grid, the tick labels
 * in plain numbers and the axis titles (the y title above the axis, horizontal, never rotated).
 */
final class Axes {
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    static final Color AXIS = new Color(0x55, 0x55, 0x55);

    final double left;
    final double top;
    final double right;
    final double bottom;
    final List<Double> xTicks;
    final List<Double> yTicks;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;

    Axes(double left, double top, double right, double bottom, double xLo, double xHi, double yLo, double yHi) {
        this(left, top, right, bottom, xLo, xHi, yLo, yHi, false);
    }

    /** Axes whose x scale runs exactly from xLo to xHi ({@code tightX}, e.g. periods) or out to round ticks. */
    Axes(double left, double top, double right, double bottom, double xLo, double xHi, double yLo, double yHi,
            boolean tightX) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        List<Double> xs = Ticks.of(xLo, xHi, Math.max(2, (int) ((right - left) / 110)));
        this.xTicks = tightX ? xs.stream().filter(x -> x >= xLo - 1e-9 && x <= xHi + 1e-9).toList() : xs;
        this.yTicks = Ticks.of(yLo, yHi, Math.max(2, (int) ((bottom - top) / 60)));
        this.x0 = tightX ? xLo : xTicks.get(0);
        this.x1 = tightX ? xHi : xTicks.get(xTicks.size() - 1);
        this.y0 = yTicks.get(0);
        this.y1 = yTicks.get(yTicks.size() - 1);
    }

    double px(double x) {
        return left + (x - x0) / (x1 - x0) * (right - left);
    }

    double py(double y) {
        return bottom - (y - y0) / (y1 - y0) * (bottom - top);
    }

    /** The width a y tick label column needs for these values. */
    static double yLabelWidth(double lo, double hi, boolean swedish) {
        List<Double> t = Ticks.of(lo, hi, 6);
        int d = Ticks.decimals(t.get(1) - t.get(0));
        return t.stream().mapToDouble(v -> Sheet.textWidth(Ticks.format(v, d, swedish), Fonts.TICK)).max().orElse(30);
    }

    /**
     * Paints the grid, ticks and titles; x labels are given by {@code xLabel} (null for plain numbers), and an
     * x tick whose label would meet the one before is left without a label.
     */
    void paint(Sheet s, String xTitle, String yTitle, boolean swedish, java.util.function.DoubleFunction<String> xLabel) {
        int yd = Ticks.decimals(yTicks.size() > 1 ? yTicks.get(1) - yTicks.get(0) : 1);
        for (double y : yTicks) {
            s.line(GRID, 1f, left, py(y), right, py(y));
            s.text(Ticks.format(y, yd, swedish), Fonts.TICK, AXIS, left - 6, py(y) + 4, Sheet.Align.RIGHT);
        }
        int xd = Ticks.decimals(xTicks.size() > 1 ? xTicks.get(1) - xTicks.get(0) : 1);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (double x : xTicks) {
            s.line(AXIS, 1f, px(x), bottom, px(x), bottom + 4);
            String label = xLabel == null ? Ticks.format(x, xd, swedish) : xLabel.apply(x);
            if (label == null || label.isEmpty()) {
                continue;
            }
            java.awt.geom.Rectangle2D r = Sheet.box(label, Fonts.TICK, px(x), bottom + 18, Sheet.Align.CENTRE);
            if (r.getMinX() > lastEnd + 4 && s.free(r)) {
                s.text(label, Fonts.TICK, AXIS, px(x), bottom + 18, Sheet.Align.CENTRE);
                lastEnd = r.getMaxX();
            }
        }
        s.line(AXIS, 1f, left, bottom, right, bottom);
        if (xTitle != null && !xTitle.isBlank()) {
            s.text(xTitle, Fonts.AXIS, AXIS, (left + right) / 2, bottom + 38, Sheet.Align.CENTRE);
        }
        if (yTitle != null && !yTitle.isBlank()) {
            s.text(Sheet.fit(yTitle, Fonts.AXIS, right - 10), Fonts.AXIS, AXIS, 10, top - 12, Sheet.Align.LEFT);
        }
    }

    /** Clips drawing to the plot area (restored by {@link #unclip}). */
    void clip(Sheet s) {
        if (s.g != null) {
            s.g.clip(new java.awt.geom.Rectangle2D.Double(left, top - 1, right - left, bottom - top + 2));
        }
    }

    void unclip(Sheet s) {
        if (s.g != null) {
            s.g.setClip(null);
        }
    }
}
