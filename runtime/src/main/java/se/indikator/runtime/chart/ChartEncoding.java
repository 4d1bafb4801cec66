package se.indikator.runtime.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Encodes one XChart chart as PNG bytes and as SVG text. XChart draws every text as glyph outlines, so
 * the SVG gets a {@code <title>} and a {@code <desc>} (the chart's words: labels, lines, notes) that
 * screen readers and searches can use.
 */
final class ChartEncoding {
    private ChartEncoding() {
    }

    static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String svg(Chart<?, ?> chart, String title, List<String> description) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withDescription(out.toString(StandardCharsets.UTF_8), title, description);
    }

    /** The SVG with a title and description inserted right after its opening {@code <svg …>} tag. */
    static String withDescription(String svg, String title, List<String> description) {
        int open = svg.indexOf("<svg");
        int end = open < 0 ? -1 : svg.indexOf('>', open);
        if (end < 0) {
            throw new IllegalStateException("not an SVG document");
        }
        String meta = "\n  <title>" + escape(title) + "</title>\n  <desc>" + escape(String.join("\n", description))
                + "</desc>";
        return svg.substring(0, end + 1) + meta + svg.substring(end + 1);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
