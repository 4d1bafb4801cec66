package se.indikator.runtime.chart;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;

/**
 * Charts that XChart cannot draw (the region profile, the heat table) are painted with Java2D once
 * and encoded twice: onto a bitmap for PNG and through VectorGraphics2D for SVG, so both show the
 * same picture and the SVG keeps its text as text.
 */
final class PaintedChart {
    private PaintedChart() {
    }

    static byte[] png(int width, int height, BiConsumer<Graphics2D, int[]> painter) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        painter.accept(g, new int[] {width, height});
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String svg(int width, int height, BiConsumer<Graphics2D, int[]> painter, String title, List<String> words) {
        VectorGraphics2D g = new VectorGraphics2D();
        painter.accept(g, new int[] {width, height});
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Processors.get("svg").getDocument(g.getCommands(), new PageSize(0, 0, width, height)).writeTo(out);
            return ChartEncoding.withDescription(out.toString(StandardCharsets.UTF_8), title, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
