package se.indikator.runtime.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Checks shared by the chart tests: a real PNG, a parseable SVG. */
final class ChartAssertions {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartAssertions() {
    }

    /** The PNG signature, ImageIO reads it at 900×520, more than a few KB, and many colours. */
    static BufferedImage realPng(byte[] png, int width, int height) throws Exception {
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < sig.length; i++) {
            assertEquals(sig[i], png[i], "PNG signature byte " + i);
        }
        assertTrue(png.length > 5000, "PNG only " + png.length + " bytes");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img);
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "only " + colours.size() + " colours");
        return img;
    }

    /** Parses the SVG as XML (no DTD fetched) and checks its root element. */
    static Document svg(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        return doc;
    }

    /** The text of the SVG's description element. */
    static String desc(Document doc) {
        return doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
    }

    /** Whether an image has a pixel of exactly this colour. */
    static boolean hasColour(BufferedImage img, java.awt.Color c) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }
}
