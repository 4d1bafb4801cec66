package se.indikator.runtime.notebook;

import java.util.Base64;
import se.indikator.runtime.chart.Chart;

/**
 * Embeds a chart in HTML without any request: its SVG inline (the XML declaration, DOCTYPE and
 * comments before the {@code <svg>} element removed), else its PNG as a {@code data:} URI, else its
 * text version; its notes follow as a list.
 */
public final class ChartHtml {
    private ChartHtml() {
    }

    /** The chart as a {@code <figure>}. */
    public static String render(Chart chart) {
        StringBuilder sb = new StringBuilder("<figure class=\"chart\">\n");
        String svg = inlineSvg(chart.svg());
        if (svg != null) {
            sb.append(svg).append('\n');
        } else if (chart.png() != null && chart.png().length > 0) {
            sb.append("<img alt=\"").append(HtmlText.escape(chart.title() == null ? "chart" : chart.title()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
                    .append("\">\n");
        } else if (chart.text() != null) {
            sb.append("<pre class=\"chart-text\">").append(HtmlText.escape(chart.text())).append("</pre>\n");
        }
        if (chart.title() != null && !chart.title().isEmpty()) {
            sb.append("<figcaption>").append(HtmlText.escape(chart.title())).append("</figcaption>\n");
        }
        if (!chart.notes().isEmpty()) {
            sb.append("<ul class=\"chart-notes\">\n");
            chart.notes().forEach(n -> sb.append("<li>").append(HtmlText.escape(n)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        return sb.append("</figure>\n").toString();
    }

    /** The SVG text from its {@code <svg} element on, or null when there is no SVG. */
    public static String inlineSvg(String svg) {
        if (svg == null) {
            return null;
        }
        int at = svg.indexOf("<svg");
        if (at < 0) {
            return null;
        }
        return svg.substring(at).strip();
    }
}
