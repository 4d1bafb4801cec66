package se.indikator.kernel;

import com.google.gson.JsonObject;
import java.util.Base64;
import se.indikator.runtime.chart.Chart;
import se.indikator.runtime.notebook.ChartHtml;
import se.indikator.runtime.notebook.HtmlTable;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.result.TextTable;

/**
 * The MIME bundles a front-end shows for a run's outputs: a table as {@code text/html} (the notebook's
 * table — header cells, the title as caption, footnotes below, everything escaped — with numbers
 * right-aligned by inline style, since a front-end has no style sheet of ours) and {@code text/plain} (the
 * shell's text table); a chart as {@code text/html}, {@code image/png}, {@code image/svg+xml} (the bare
 * {@code <svg>} element as one string) and its title as text; prose as {@code text/markdown}.
 */
final class Displays {
    private Displays() {
    }

    /** A result table's bundle. */
    static JsonObject table(ResultTable t) {
        JsonObject data = new JsonObject();
        data.addProperty("text/html", rightAligned(HtmlTable.render(t, t.decimalComma())));
        data.addProperty("text/plain", TextTable.render(t));
        return data;
    }

    /** The notebook table with its numeric cells styled right-aligned inline. */
    static String rightAligned(String html) {
        String right = " style=\"text-align: right\"";
        return html.replace("<th class=\"num\">", "<th class=\"num\"" + right + ">")
                .replace("<td class=\"num\">", "<td class=\"num\"" + right + ">")
                .replace("<td class=\"blank num\">", "<td class=\"blank num\"" + right + ">")
                .replace("<table class=\"result\">", "<table class=\"result\" style=\"border-collapse: collapse\">")
                .replace("<caption>", "<caption style=\"caption-side: top; font-weight: bold; text-align: left\">");
    }

    /**
     * A chart's bundle: PNG, SVG, the chart as HTML (the SVG inline in a figure with its title and notes) and a
     * text stand-in. The HTML is what front-ends prefer, and it is what keeps the chart in nbconvert's HTML
     * export, which sanitises an {@code image/svg+xml} output down to an empty {@code <svg>} and prefers it to
     * the PNG.
     */
    static JsonObject chart(Chart c) {
        JsonObject data = new JsonObject();
        data.addProperty("text/html", ChartHtml.render(c));
        if (c.png() != null && c.png().length > 0) {
            data.addProperty("image/png", Base64.getEncoder().encodeToString(c.png()));
        }
        String svg = ChartHtml.inlineSvg(c.svg());
        if (svg != null) {
            data.addProperty("image/svg+xml", svg);
        }
        StringBuilder text = new StringBuilder(c.title() == null || c.title().isEmpty() ? "chart" : c.title());
        c.notes().forEach(n -> text.append('\n').append(n));
        data.addProperty("text/plain", text.toString());
        return data;
    }

    /** Prose ({@code #'} lines) as Markdown. */
    static JsonObject prose(String markdown) {
        JsonObject data = new JsonObject();
        data.addProperty("text/markdown", markdown);
        data.addProperty("text/plain", markdown);
        return data;
    }

    /** A {@code display_data} or {@code execute_result} content around a bundle. */
    static JsonObject content(JsonObject data) {
        JsonObject c = new JsonObject();
        c.add("data", data);
        c.add("metadata", new JsonObject());
        return c;
    }
}
