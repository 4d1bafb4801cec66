package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.List;
import se.indikator.runtime.result.NumberFormat;

/**
 * The ranked units as inline SVG: one line per unit in the table's order, its value as a dot in the mark of
 * its comparison and its confidence interval as a bar, with the whole country's value as a dashed line; units
 * whose value is not shown are left to the table. Its text alternative points to the table beside it.
 */
final class RankedIntervals {
    private static final int WIDTH = 420;
    private static final int ROW = 18;
    private static final int LABEL = 150;
    private static final int TOP = 8;
    private static final int BOTTOM = 26;
    private static final int RIGHT = 14;

    private RankedIntervals() {
    }

    /** One unit: its name, value, interval and comparison word. */
    record Bar(String name, double value, double lower, double upper, String comparison) {
    }

    static String render(String title, List<Bar> bars, double national, SiteWords w) {
        List<Bar> shown = bars.stream().filter(b -> !Double.isNaN(b.value())).toList();
        List<Double> all = new java.util.ArrayList<>(List.of(national));
        for (Bar b : shown) {
            all.addAll(List.of(b.value(), b.lower(), b.upper()));
        }
        java.util.Optional<Scale> scale = Scale.around(all.stream().mapToDouble(Double::doubleValue).toArray());
        int height = TOP + Math.max(1, shown.size()) * ROW + BOTTOM;
        StringBuilder sb = new StringBuilder("<figure class=\"ranked\">\n<svg role=\"img\" aria-label=\"")
                .append(escape(title + ". " + w.get("ranked alt"))).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">\n");
        if (!shown.isEmpty() && scale.isPresent()) {
            double min = scale.get().min();
            double max = scale.get().max();
            int decimals = scale.get().decimals();
            int bottom = height - BOTTOM;
            for (double v : scale.get().ticks()) {
                double x = x(v, min, max);
                sb.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                        .append("\" y2=\"").append(bottom).append("\" stroke=\"#d0d0d0\"/><text x=\"").append(f(x))
                        .append("\" y=\"").append(bottom + 16).append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333333\">")
                        .append(NumberFormat.human(v, decimals, w.swedish())).append("</text>\n");
            }
            for (int i = 0; i < shown.size(); i++) {
                Bar b = shown.get(i);
                Marks m = Marks.of(b.comparison());
                double y = TOP + i * ROW + ROW / 2.0;
                sb.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(f(y + 4))
                        .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a1a1a\">").append(escape(b.name())).append("</text>");
                if (!Double.isNaN(b.lower()) && !Double.isNaN(b.upper())) {
                    sb.append("<line x1=\"").append(f(x(b.lower(), min, max))).append("\" x2=\"").append(f(x(b.upper(), min, max)))
                            .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"#5a5a5a\" stroke-width=\"2\"/>");
                }
                sb.append("<circle cx=\"").append(f(x(b.value(), min, max))).append("\" cy=\"").append(f(y))
                        .append("\" r=\"5\" fill=\"").append(m == Marks.NONE ? "#ffffff" : m.fill).append("\" stroke=\"#1a1a1a\"/>\n");
            }
            if (!Double.isNaN(national)) {
                double x = x(national, min, max);
                sb.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                        .append("\" y2=\"").append(bottom).append("\" stroke=\"#1a1a1a\" stroke-dasharray=\"5 3\"/>\n");
            }
        }
        sb.append("</svg>\n<figcaption>").append(escape(title)).append("</figcaption>\n")
                .append("<ul class=\"legend\" aria-label=\"").append(escape(w.get("legend"))).append("\">")
                .append("<li><span class=\"line dashed\" aria-hidden=\"true\"></span>").append(escape(w.get("country")))
                .append("</li></ul>\n</figure>\n");
        return sb.toString();
    }

    private static double x(double v, double min, double max) {
        return LABEL + (WIDTH - LABEL - RIGHT) * (v - min) / (max - min);
    }

    private static String f(double v) {
        return Scale.coordinate(v);
    }
}
