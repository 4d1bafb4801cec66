package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.diag.SafeText;
import se.indikator.runtime.result.NumberFormat;

/**
 * The scatter of {@code relate}: each unit a point, the fitted line across the data, the units that stand out
 * in orange with an outline and labelled by greedy placement (the others labelled too where there is room),
 * axes in plain numbers, and the caption.
 */
final class ScatterChart {
    private ScatterChart() {
    }

    static Chart render(ScatterData d, ChartFrame frame) {
        Labels l = new Labels(d.swedish());
        List<String> words = new ArrayList<>(List.of(d.title(), d.xTitle(), d.yTitle()));
        StringBuilder text = new StringBuilder(SafeText.line(d.title())).append('\n');
        for (ScatterData.Point p : d.points()) {
            words.add(p.label() + ": " + NumberFormat.human(p.y(), d.decimals(), d.swedish()));
            if (p.standsOut()) {
                text.append("  ").append(SafeText.line(p.label())).append(": ")
                        .append(NumberFormat.human(p.y(), d.decimals(), d.swedish())).append(d.swedish() ? " (väntat " : " (expected ")
                        .append(NumberFormat.human(d.intercept() + d.slope() * p.x(), d.decimals(), d.swedish())).append(")\n");
            }
        }
        words.addAll(frame.caption());
        return PaintedChart.chart(d.title(), ChartKind.SCATTER, frame.size(), s -> paint(s, d, frame, l), words,
                text.toString(), List.of());
    }

    private static void paint(Sheet s, ScatterData d, ChartFrame frame, Labels l) {
        double top = Caption.title(s, d.title());
        Legend legend = new Legend().dot(Palette.SIMILAR_MARK, l.swedish() ? "Enhet" : "Unit")
                .dot(Palette.WORSE, l.swedish() ? "Avviker (|standardiserad residual| > 2)" : "Stands out (|standardised residual| > 2)")
                .line(Palette.NATIONAL, false, l.swedish() ? "Anpassad linje" : "Fitted line");
        legend.paint(s, 20, top, s.width - 40);
        top += legend.height(s.width - 40) + 26;
        double xlo = d.points().stream().mapToDouble(ScatterData.Point::x).min().orElse(0);
        double xhi = d.points().stream().mapToDouble(ScatterData.Point::x).max().orElse(1);
        double ylo = d.points().stream().mapToDouble(ScatterData.Point::y).min().orElse(0);
        double yhi = d.points().stream().mapToDouble(ScatterData.Point::y).max().orElse(1);
        double xp = (xhi - xlo) * 0.06 + 1e-9;
        double yp = (yhi - ylo) * 0.1 + 1e-9;
        double bottom = s.height - Caption.height(frame.caption(), s.width - 40) - 48;
        double left = 30 + Axes.yLabelWidth(ylo - yp, yhi + yp, l.swedish());
        Axes axes = new Axes(left, top, s.width - 30, bottom, xlo - xp, xhi + xp, ylo - yp, yhi + yp);
        axes.paint(s, d.xTitle(), d.yTitle(), l.swedish(), null);
        axes.clip(s);
        double x0 = axes.xTicks.get(0);
        double x1 = axes.xTicks.get(axes.xTicks.size() - 1);
        s.line(Palette.NATIONAL, 1.8f, axes.px(x0), axes.py(d.intercept() + d.slope() * x0), axes.px(x1),
                axes.py(d.intercept() + d.slope() * x1));
        LabelPlacer placer = new LabelPlacer(s, new Rectangle2D.Double(axes.left, axes.top, axes.right - axes.left,
                axes.bottom - axes.top));
        for (ScatterData.Point p : d.points()) {
            double x = axes.px(p.x());
            double y = axes.py(p.y());
            if (s.g != null) {
                s.g.setColor(p.standsOut() ? Palette.WORSE : Palette.SIMILAR_MARK);
                s.g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
                if (p.standsOut()) {
                    s.g.setColor(Color.BLACK);
                    s.g.setStroke(new java.awt.BasicStroke(1.2f));
                    s.g.draw(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
                }
            }
            placer.point(x, y, 6);
        }
        axes.unclip(s);
        for (boolean out : new boolean[] {true, false}) {
            for (ScatterData.Point p : d.points()) {
                if (p.standsOut() == out) {
                    placer.place(p.label(), axes.px(p.x()), axes.py(p.y()), out ? Fonts.BOLD_LABEL : Fonts.LABEL,
                            out ? Color.BLACK : Caption.GREY);
                }
            }
        }
        Caption.paint(s, frame.caption());
    }
}
