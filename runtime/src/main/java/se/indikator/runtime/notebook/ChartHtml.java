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

    /** The chart as a {@code <figure>} with its title as caption. */
    public static String render(Chart chart) {
        StringBuilder sb = new StringBuilder("<figure class=\"chart\">\n").append(picture(chart));
        if (chart.title() != null && !chart.title().isEmpty()) {
            sb.append("<figcaption>").append(HtmlText.escape(chart.title())).append("</figcaption>\n");
        }
        return sb.append(notes(chart)).append("</figure>\n").toString();
    }

    /** The chart as a report shows it: a {@code <figure>} named {@code id}, {@code captionHtml} under the picture, then the notes. */
    public static String report(Chart chart, String captionHtml, String id) {
        return "<figure class=\"chart\" id=\"" + HtmlText.escape(id) + "\">\n" + picture(chart) + "<figcaption>" + captionHtml
                + "</figcaption>\n" + notes(chart) + "</figure>\n";
    }

    private static String picture(Chart chart) {
        String svg = inlineSvg(chart.svg());
        if (svg != null) {
            return svg + "\n";
        } else if (chart.png() != null && chart.png().length > 0) {
            return "<img alt=\"" + HtmlText.escape(chart.title() == null ? "chart" : chart.title())
                    + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()) + "\">\n";
        } else if (chart.text() != null) {
            return "<pre class=\"chart-text\">" + HtmlText.escape(chart.text()) + "</pre>\n";
        }
        return "";
    }

    private static String notes(Chart chart) {
        if (chart.notes().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"chart-notes\">\n");
        chart.notes().forEach(n -> sb.append("<li>").append(HtmlText.escape(n)).append("</li>\n"));
        return sb.append("</ul>\n").toString();
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
