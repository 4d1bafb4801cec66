package se.indikator.runtime.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement for points: each label tries eight places around its point (right, left, above,
 * below, then the corners, then farther out) and takes the first whose rectangle stays inside the plot area
 * and meets no placed text and no point; a label with no free place is left out (its point stays, and the
 * chart's description still names it).
 */
final class LabelPlacer {
    private final Sheet sheet;
    private final Rectangle2D area;
    private final List<Rectangle2D> obstacles = new ArrayList<>();

    LabelPlacer(Sheet sheet, Rectangle2D area) {
        this.sheet = sheet;
        this.area = area;
    }

    /** A point's mark, which no label may cover. */
    void point(double x, double y, double r) {
        obstacles.add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    /** Places and draws a label near (x, y); false when there was no free place. */
    boolean place(String label, double x, double y, java.awt.Font f, java.awt.Color c) {
        double h = Sheet.metrics(f).getAscent();
        for (double gap : new double[] {7, 14, 24}) {
            double[][] offsets = {{gap, h / 2 - 1}, {-gap, h / 2 - 1}, {0, -gap}, {0, gap + h},
                {gap * 0.8, -gap * 0.6}, {-gap * 0.8, -gap * 0.6}, {gap * 0.8, gap * 0.6 + h}, {-gap * 0.8, gap * 0.6 + h}};
            Sheet.Align[] aligns = {Sheet.Align.LEFT, Sheet.Align.RIGHT, Sheet.Align.CENTRE, Sheet.Align.CENTRE,
                Sheet.Align.LEFT, Sheet.Align.RIGHT, Sheet.Align.LEFT, Sheet.Align.RIGHT};
            for (int i = 0; i < offsets.length; i++) {
                Rectangle2D r = Sheet.box(label, f, x + offsets[i][0], y + offsets[i][1], aligns[i]);
                if (area.contains(r) && sheet.free(r) && obstacles.stream().noneMatch(o -> o.intersects(r))) {
                    sheet.text(label, f, c, x + offsets[i][0], y + offsets[i][1], aligns[i]);
                    return true;
                }
            }
        }
        return false;
    }
}
