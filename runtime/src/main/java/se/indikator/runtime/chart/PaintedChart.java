package se.indikator.runtime.chart;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import se.indikator.runtime.model.ChartSize;

/**
 * Charts painted with Java2D are painted once per encoding: onto a bitmap for PNG (scaled to the chart's
 * resolution, which the PNG records in its pHYs chunk) and through VectorGraphics2D for SVG (at the laid-out
 * size, text kept as text), so both show the same picture.
 */
final class PaintedChart {
    private PaintedChart() {
    }

    /** A painted chart: the PNG, the SVG, and the text boxes the painter placed. */
    static Chart chart(String title, ChartKind kind, ChartSize size, Consumer<Sheet> painter, List<String> words,
            String text, List<String> notes) {
        int w = size.width();
        int h = size.height();
        BufferedImage img = new BufferedImage((int) Math.round(w * size.scale()), (int) Math.round(h * size.scale()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        hints(g);
        g.scale(size.scale(), size.scale());
        Sheet sheet = new Sheet(g, w, h);
        white(sheet);
        painter.accept(sheet);
        g.dispose();
        VectorGraphics2D v = new VectorGraphics2D();
        Sheet vector = new Sheet(v, w, h);
        white(vector);
        painter.accept(vector);
        List<String> all = new java.util.ArrayList<>(words);
        sheet.boxes().stream().map(TextBox::text).filter(t -> !all.contains(t)).forEach(all::add);
        String svg;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Processors.get("svg").getDocument(v.getCommands(), new PageSize(0, 0, w, h)).writeTo(out);
            svg = ChartEncoding.withDescription(out.toString(StandardCharsets.UTF_8), title, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chart(title, kind, encode(img, size.dpi()), svg, text, notes, sheet.boxes());
    }

    private static void white(Sheet s) {
        s.fill(Color.WHITE, 0, 0, s.width, s.height);
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    static byte[] png(int width, int height, BiConsumer<Graphics2D, int[]> painter) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        hints(g);
        painter.accept(g, new int[] {width, height});
        g.dispose();
        return encode(img, 96);
    }

    /** The image as PNG bytes whose pHYs chunk says the resolution. */
    static byte[] encode(BufferedImage img, int dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, meta), param);
            } finally {
                writer.dispose();
            }
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
