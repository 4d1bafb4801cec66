package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.output.Output;

class HtmlNotebookTest {

    /** The HTML parsed as XML: it must be well formed, which also checks that all text was escaped. */
    static Document parse(String html) throws Exception {
        String xml = html.replaceFirst("<!DOCTYPE html>", "")
                .replaceAll("<meta ([^>]*[^/])>", "<meta $1/>").replaceAll("<img ([^>]*[^/])>", "<img $1/>");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String html(String script, boolean swedish) throws Exception {
        String html = HtmlNotebook.render(Fixtures.run(script).document(), swedish);
        Fixtures.keep(script.replace(".ind", swedish ? ".sv.html" : ".en.html"), html);
        return html;
    }

    @Test
    void headerProseAndCode() throws Exception {
        String html = html("regioner.ind", true);
        Document dom = parse(html);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertEquals("Återinläggningar per region", text(dom, "h1", 0));
        assertEquals(1, dom.getElementsByTagName("h1").getLength(), "the title heading is shown once");
        assertTrue(html.contains("<code>vård</code> ← <code>data/regioner.csv</code>"), "data sources in the header");
        assertTrue(html.contains("<time datetime=\"2026-03-14\">2026-03-14</time>"));
        assertTrue(html.contains("<p>Andelen återinläggningar inom 30 dagar, efter <em>region</em>. Små grupper visas "
                + "<strong>inte</strong> (se <code>suppress</code>).</p>"), html);
        assertTrue(html.contains("<h2 id=\"sec-1\">Resultat</h2>\n<ul>\n<li>en rad per region</li>\n<li>riket överst</li>\n</ul>"));
        assertTrue(html.contains("<span class=\"tok-keyword\">indicator</span> <span class=\"tok-name\">återinl</span> "
                + "<span class=\"tok-string\">&quot;Återinläggningar&quot;</span>"), html);
        assertTrue(html.contains("<span class=\"tok-comment\"># Data: syntetiska siffror</span>"));
        assertTrue(html.contains("<span class=\"tok-keyword\">show</span>"));
    }

    @Test
    void tableWithDecimalCommasAndSuppressedRowsWithoutValues() throws Exception {
        String html = html("regioner.ind", true);
        Document dom = parse(html);
        Element table = (Element) dom.getElementsByTagName("table").item(0);
        List<String> header = cells((Element) table.getElementsByTagName("tr").item(0), "th");
        int value = header.indexOf("Värde");
        int numerator = header.indexOf("Täljare");
        int note = header.indexOf("Anmärkning");
        assertTrue(value > 0 && numerator > 0 && note > 0, header.toString());
        List<String> stockholm = row(table, "Stockholm");
        assertEquals("12,0", stockholm.get(value));
        assertEquals("120", stockholm.get(numerator));
        assertEquals("11,8", row(table, "Skåne").get(value));
        assertEquals("-1,6", row(table, "Skåne").get(header.indexOf("Avvikelse %")));
        assertEquals("+9,3", row(table, "Västra Götaland").get(header.indexOf("Avvikelse %")));
        assertEquals("", row(table, "Uppsala").get(value), "secondary suppression");
        List<String> jamtland = row(table, "Jämtland Härjedalen");
        assertEquals("", jamtland.get(value));
        assertEquals("", jamtland.get(numerator));
        assertTrue(jamtland.get(note).startsWith("suppressed") || jamtland.get(note).contains("undertryck"), jamtland.toString());
        Matcher suppressedRow = Pattern.compile("<tr class=\"suppressed\"><td>Jämtland Härjedalen</td>(.*?)</tr>").matcher(html);
        assertTrue(suppressedRow.find(), "the suppressed row is marked");
        assertFalse(suppressedRow.group(1).contains(">3<"), "the hidden count is not in the page");
        assertTrue(html.contains("<td class=\"num\">11,8</td>"), "numbers are right-aligned");
        assertFalse(html.contains("11.8"));
        assertTrue(html.contains("table.result .num { text-align: right;"));

        String english = html("regioner.ind", false);
        assertTrue(english.contains("<td class=\"num\">11.8</td>"));
        assertTrue(english.contains("<dt>Data sources</dt>"));
    }

    @Test
    void makesNoRequests() throws Exception {
        for (String script : List.of("regioner.ind", "fel.ind")) {
            String html = html(script, true);
            assertFalse(Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html).find(), script);
            assertFalse(Pattern.compile("(?i)url\\(|@import|<script|<link|<iframe").matcher(html).find(), script);
        }
    }

    @Test
    void diagnosticsInPlace() throws Exception {
        String html = html("fel.ind", true);
        parse(html);
        int marker = html.indexOf("<a class=\"marker error\" href=\"#msg-1\"");
        int code = html.indexOf("<span class=\"tok-name\">fal</span>");
        int diagnostic = html.indexOf("<pre class=\"diagnostic error\">fel.ind:6:");
        int prose = html.indexOf("<p>Detta visas ändå.</p>");
        assertTrue(marker > 0 && code > marker && prose > code && diagnostic > prose,
                "the cell is marked, the message stands in the messages at the end: " + marker + " " + code + " " + diagnostic + " " + prose);
        assertTrue(html.indexOf("<a href=\"#cell-2\">rad 6</a>") > diagnostic, "the message links to its cell");
        assertFalse(html.contains("<table"), "nothing was computed");
        assertFalse(html.contains("<section class=\"cell prose\">\n</section>"), "no empty prose cell");
    }

    @Test
    void chartsAreInlineSvgOrPngDataUris() throws Exception {
        var svgChart = new se.indikator.runtime.chart.Chart("Andel", ChartKind.RANKED_BARS, new byte[] {1, 2},
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                        + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        + "width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>\n",
                "▇▇", List.of("Jämtland Härjedalen: undertryckt"));
        var pngChart = new se.indikator.runtime.chart.Chart("Bild", ChartKind.FUNNEL, new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                null, "", List.of());
        NotebookDocument doc = new NotebookDocument("T", "t.ind", List.of(), Fixtures.DATE, List.of(
                new NotebookCell.Code("show x", 1, 1, List.of(new Output.Chart(svgChart, List.of()),
                        new Output.Chart(pngChart, List.of())))));
        String html = HtmlNotebook.render(doc, true);
        parse(html);
        assertFalse(html.contains("<?xml"));
        assertFalse(html.contains("DOCTYPE svg"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect"));
        assertTrue(html.contains("<li>Jämtland Härjedalen: undertryckt</li>"));
        assertTrue(html.contains("src=\"data:image/png;base64,iVBORw==\""), html);
    }

    @Test
    void escapesEverythingTheUserWrote() throws Exception {
        NotebookDocument doc = new NotebookDocument("<b>&", "a<b>.ind", List.of(new DataSource("d", "x\"<y>.csv")),
                Fixtures.DATE, List.of(new NotebookCell.Markdown("Text <script>alert(1)</script> & [x](javascript:alert(1))", 1, 1),
                        new NotebookCell.Code("show x # <i>", 2, 2, List.of(new Output.Text("<wrote> & done")))));
        String html = HtmlNotebook.render(doc, false);
        parse(html);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<i>"));
        assertFalse(html.contains("href=\"javascript"));
        assertTrue(html.contains("&lt;wrote&gt; &amp; done"));
    }

    static String text(Document dom, String tag, int i) {
        return dom.getElementsByTagName(tag).item(i).getTextContent();
    }

    static List<String> cells(Element tr, String tag) {
        NodeList l = tr.getElementsByTagName(tag);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add(l.item(i).getTextContent());
        }
        return out;
    }

    static List<String> row(Element table, String first) {
        NodeList trs = table.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> c = cells((Element) trs.item(i), "td");
            if (!c.isEmpty() && c.get(0).equals(first)) {
                return c;
            }
        }
        throw new AssertionError("no row " + first);
    }
}
