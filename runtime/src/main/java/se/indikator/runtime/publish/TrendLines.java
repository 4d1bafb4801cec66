package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.List;
import se.indikator.runtime.result.NumberFormat;

/**
 * A small trend chart as inline SVG: a series over the periods with its confidence interval as bars, and
 * the whole country's series dashed for comparison; hidden values leave a gap. Its text alternative points to
 * the table beside it, which holds every number drawn.
 */
final class TrendLines {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 220;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 30;

    private TrendLines() {
    }

    /** One period's values: the series' value and interval, and the country's value (NaN: not shown). */
    record Point(String period, double value, double lower, double upper, double national) {
    }

    static String render(String title, String seriesName, List<Point> points, SiteWords w, boolean compared) {
        List<Double> all = new java.util.ArrayList<>();
        for (Point p : points) {
            all.addAll(List.of(p.value(), p.lower(), p.upper(), p.national()));
        }
        java.util.Optional<Scale> scale = Scale.around(all.stream().mapToDouble(Double::doubleValue).toArray());
        StringBuilder sb = new StringBuilder("<figure class=\"trend\">\n<svg role=\"img\" aria-label=\"")
                .append(escape(title + ". " + w.get("trend alt"))).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">\n");
        if (scale.isPresent()) {
            double min = scale.get().min();
            double max = scale.get().max();
            for (double v : scale.get().ticks()) {
                double y = y(v, min, max);
                sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                        .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d0d0\"/>")
                        .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                        .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#333333\">")
                        .append(NumberFormat.human(v, scale.get().decimals(), w.swedish())).append("</text>\n");
            }
            for (int i = 0; i < points.size(); i++) {
                sb.append("<text x=\"").append(fmt(x(i, points.size()))).append("\" y=\"").append(HEIGHT - 10)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333333\">")
                        .append(escape(points.get(i).period())).append("</text>\n");
            }
            sb.append(line(points, min, max, true)).append(line(points, min, max, false));
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                if (!Double.isNaN(p.lower()) && !Double.isNaN(p.upper())) {
                    sb.append("<line x1=\"").append(fmt(x(i, points.size()))).append("\" x2=\"").append(fmt(x(i, points.size())))
                            .append("\" y1=\"").append(fmt(y(p.lower(), min, max))).append("\" y2=\"")
                            .append(fmt(y(p.upper(), min, max))).append("\" stroke=\"#1a5f9e\" stroke-width=\"2\"/>\n");
                }
            }
        }
        sb.append("</svg>\n<figcaption>").append(escape(title)).append("</figcaption>\n")
                .append("<ul class=\"legend\" aria-label=\"").append(escape(w.get("legend"))).append("\">")
                .append("<li><span class=\"line solid\" aria-hidden=\"true\"></span>").append(escape(seriesName)).append("</li>")
                .append(compared ? "<li><span class=\"line dashed\" aria-hidden=\"true\"></span>" + escape(w.get("country"))
                        + "</li>" : "").append("</ul>\n");
        return sb.append("</figure>\n").toString();
    }

    /** The polyline of the series or of the country, broken where a value is not shown. */
    private static String line(List<Point> points, double min, double max, boolean national) {
        StringBuilder sb = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= points.size(); i++) {
            double v = i < points.size() ? (national ? points.get(i).national() : points.get(i).value()) : Double.NaN;
            if (Double.isNaN(v)) {
                if (!run.isEmpty()) {
                    sb.append("<polyline fill=\"none\" points=\"").append(run.toString().trim()).append("\" stroke=\"")
                            .append(national ? "#595959\" stroke-dasharray=\"6 4" : "#1a5f9e").append("\" stroke-width=\"2\"/>\n");
                    run.setLength(0);
                }
                continue;
            }
            run.append(fmt(x(i, points.size()))).append(',').append(fmt(y(v, min, max))).append(' ');
            if (!national) {
                sb.append("<circle cx=\"").append(fmt(x(i, points.size()))).append("\" cy=\"").append(fmt(y(v, min, max)))
                        .append("\" r=\"3.5\" fill=\"#1a5f9e\"/>");
            }
        }
        return sb.toString();
    }

    private static double x(int i, int n) {
        double span = WIDTH - LEFT - RIGHT - 20;
        return LEFT + 10 + (n == 1 ? span / 2 : span * i / (n - 1));
    }

    private static double y(double v, double min, double max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - min) / (max - min));
    }

    private static String fmt(double v) {
        return Scale.coordinate(v);
    }
}
