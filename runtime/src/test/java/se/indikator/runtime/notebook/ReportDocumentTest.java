package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.Diagnostic;

/** The report's document model: options on statements, captions, messages once, contents, Swedish headers, definitions. */
class ReportDocumentTest {

    private static NotebookDocument report() throws Exception {
        Fixtures.Run run = Fixtures.run("rapport.ind");
        return NotebookDocument.of(run.source(), run.result(), Fixtures.DATE, run.session().catalog());
    }

    @Test
    void optionsBelongToTheStatementUnderThemAndTheTopBlockToTheReport() throws Exception {
        NotebookDocument doc = report();
        assertEquals(new ReportSettings(CellOptions.Code.FOLD, true), doc.settings());
        NotebookCell.Code shown = doc.cells().stream().filter(c -> c instanceof NotebookCell.Code code
                && code.source().equals("show återinl by region") && code.options().caption() != null)
                .map(NotebookCell.Code.class::cast).findFirst().orElseThrow();
        assertEquals(new CellOptions(CellOptions.Code.HIDE, true, "Andel återinläggningar per region", "tab-regioner"),
                shown.options());
        for (NotebookCell c : doc.cells()) {
            if (c instanceof NotebookCell.Code code) {
                assertFalse(code.source().contains("#|"), "option lines are no code: " + code.source());
            }
        }
        NotebookCell.Code decl = assertInstanceOf(NotebookCell.Code.class, doc.cells().get(1));
        assertEquals(CellOptions.Code.FOLD, decl.options().code(), "the report's code setting where a statement says nothing");
    }

    @Test
    void unknownKeysAndValuesAreWarningsAtTheOption() throws Exception {
        Fixtures.Run run = Fixtures.run("rapport.ind");
        List<Diagnostic> ds = run.result().diagnostics();
        Diagnostic key = ds.stream().filter(d -> d.code().equals("W180")).findFirst().orElseThrow();
        assertEquals(24, key.span().line());
        assertTrue(key.message().contains("'colour'"), key.message());
        Diagnostic value = ds.stream().filter(d -> d.code().equals("W181")).findFirst().orElseThrow();
        assertEquals(25, value.span().line());
        assertFalse(run.result().hasErrors());
    }

    @Test
    void captionsAreNumberedWithIndicatorMeasurePeriodReferenceAndSource() throws Exception {
        NotebookDocument doc = report();
        List<NotebookDocument.Numbered> caps = doc.captions();
        assertEquals(List.of(1, 2, 3), caps.stream().map(NotebookDocument.Numbered::number).toList());
        Caption first = caps.get(0).caption();
        assertEquals(Caption.Kind.TABLE, first.kind());
        assertEquals("Andel återinläggningar per region", first.headline());
        assertEquals("tab-regioner", first.label());
        assertEquals("Patientregistret (syntetiskt)", first.source());
        assertEquals("Tabell 1. Andel återinläggningar per region. andel, %. Jämfört med alla grupper av region tillsammans "
                + "(ingen jämförelseenhet). Källa: Patientregistret (syntetiskt).",
                first.text(1, true));
        assertEquals("Återinläggningar inom 30 dagar", caps.get(1).caption().headline());
    }

    @Test
    void theReferenceAndThePeriodComeFromTheResult() throws Exception {
        Fixtures.Run run = Fixtures.run("period.ind", """
                set language sv
                data v = read "data/regioner.csv"
                unit region
                indicator å "Återinläggningar" {
                    numerator sum(fall) from v
                    denominator sum(personer) from v
                    measure percent
                    source "Registret"
                }
                show å where region == "Uppsala" and personer >= 0
                """);
        NotebookDocument doc = NotebookDocument.of(run.source(), run.result(), Fixtures.DATE, run.session().catalog());
        Caption c = doc.captions().get(0).caption();
        assertTrue(c.reference() != null && c.reference().startsWith("Jämfört med riket"), String.valueOf(c.reference()));
        String html = HtmlNotebook.render(doc, true);
        assertTrue(html.contains("<span>" + HtmlText.escape(c.reference()) + "</span>"), "the reference in the caption");
        assertFalse(html.contains("<p class=\"footnote\">" + HtmlText.escape(c.reference())), "and not again under the table");
        assertNull(c.period());
        var parsed = se.indikator.runtime.parse.Parser.parse(new se.indikator.runtime.diag.SourceFile("p.ind",
                "show å where år == 2023 and region == \"X\"\nshow å where year between 2019 and 2023\n"));
        assertEquals("2023", Captions.period(parsed.program().statements().get(0), null));
        assertEquals("2019–2023", Captions.period(parsed.program().statements().get(1), null));
    }

    @Test
    void aWarningIsListedOnceWithLinksToEveryCellItAroseIn() throws Exception {
        Fixtures.Run run = Fixtures.run("varningar.ind", """
                set language sv
                data v = read "data/regioner.csv"
                #| echo: false

                show x

                #' Mellan.
                data w = read "data/regioner.csv"
                #| echo: false

                """);
        NotebookDocument doc = NotebookDocument.of(run.source(), run.result(), Fixtures.DATE);
        List<ReportMessage> messages = doc.messages();
        long w182 = messages.stream().filter(m -> m.diagnostic().code().equals("W182")).count();
        assertEquals(1, w182, messages.toString());
        ReportMessage twice = messages.stream().filter(m -> m.diagnostic().code().equals("W182")).findFirst().orElseThrow();
        assertEquals(2, twice.cells().size(), twice.toString());
        String html = HtmlNotebook.render(doc, true);
        assertTrue(html.contains("<section class=\"messages\" id=\"messages\">\n<h2>Meddelanden</h2>"), html);
        assertEquals(1, html.split("warning\\[W182\\]", -1).length - 1, "the warning's text once");
        assertTrue(html.contains("href=\"#msg-1\""), "cells link to their messages");
        assertTrue(html.contains("<a href=\"#cell-" + (twice.cells().get(1) + 1) + "\">"), "the message links to its cells");
    }

    @Test
    void tablesHaveSwedishHeadersAndVerdictsInASwedishReportAndEnglishInAnEnglishOne() throws Exception {
        NotebookDocument doc = report();
        String sv = HtmlNotebook.render(doc, true);
        for (String h : List.of("Värde", "Nedre 95 %", "Övre 95 %", "Täljare", "Nämnare", "Riket", "Jämfört med riket",
                "Avvikelse %", "Anmärkning", "Region")) {
            assertTrue(sv.contains(">" + h + "</th>"), h);
        }
        assertTrue(sv.contains("<td>sämre</td>") || sv.contains("<td>bättre</td>") || sv.contains("<td>ingen skillnad</td>"), sv);
        String en = HtmlNotebook.render(doc, false);
        assertTrue(en.contains(">Lower 95%</th>") && en.contains(">Compared with national</th>"), en);
        assertTrue(sv.contains("data-column=\"lower_95\""), "the stable name stays in the markup");
    }

    @Test
    void contentsListHeadingsAndCaptionsAndTheAppendixHasTheDefinitions() throws Exception {
        NotebookDocument doc = report();
        assertEquals(List.of("återinl"), doc.definitions().stream().map(d -> d.name()).toList());
        String html = HtmlNotebook.render(doc, true);
        int nav = html.indexOf("<nav class=\"toc\"");
        assertTrue(nav > 0);
        String toc = html.substring(nav, html.indexOf("</nav>", nav));
        assertTrue(toc.contains("<a href=\"#sec-1\">Resultat</a>"), toc);
        assertTrue(toc.contains("<a href=\"#tab-regioner\">Tabell 1. Andel återinläggningar per region</a>"), toc);
        assertTrue(toc.contains("href=\"#definitions\""), toc);
        assertTrue(html.contains("<h2 id=\"sec-1\">Resultat</h2>"));
        String appendix = html.substring(html.indexOf("id=\"definitions\""));
        for (String s : List.of("<dt>Täljare</dt><dd><code>sum(fall) from vård</code>", "<dt>Nämnare</dt>",
                "<dt>Riktning</dt><dd>lägre är bättre</dd>", "<dt>Källa</dt><dd>Patientregistret (syntetiskt)</dd>",
                "<dt>Version</dt><dd>2.1</dd>", "<dt>Mått</dt><dd>percent</dd>")) {
            assertTrue(appendix.contains(s), s + " in " + appendix);
        }
        assertFalse(html.contains("<pre class=\"code\"><code><span class=\"tok-keyword\">show</span> återinl <span class=\"tok-keyword\">by</span> region</code></pre>\n<div"),
                "echo: false hides the code");
        assertTrue(html.contains("<details class=\"code-fold\">"), "the report's code: fold");
    }

    @Test
    void longTablesFoldAfterAPageWithoutAScript() {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of("g" + i, (double) i));
        }
        var t = new se.indikator.runtime.result.ResultTable("T", List.of("grupp", "value"), rows, List.of(), 1, true);
        String html = HtmlTable.report(t, true, "cap", "tab-1", null);
        assertEquals(15, html.split("<tr class=\"more\">", -1).length - 1);
        assertTrue(html.contains("<input type=\"checkbox\" class=\"more-toggle\" id=\"tab-1-rows\">"));
        assertTrue(html.contains("Visa alla 40 rader"));
        assertFalse(html.contains("<script"));
        assertTrue(NotebookCss.CSS.contains("tr.more { display: table-row !important; }"), "every row is printed");
    }

    @Test
    void theNotebookHidesCodeThroughCellMetadataAndCarriesCaptions() throws Exception {
        String json = IpynbNotebook.render(report(), true);
        Map<?, ?> nb = (Map<?, ?>) JsonReader.parse(json);
        assertTrue(json.contains("\"source_hidden\": true") || json.contains("\"source_hidden\":true"), json);
        assertTrue(json.contains("remove-input") && json.contains("hide-input"));
        assertTrue(json.contains("**Tabell 1.** Andel återinläggningar per region"), "captions as Markdown");
        assertTrue(json.contains("## Bilaga: Indikatorernas definitioner"));
        assertTrue(((List<?>) nb.get("cells")).size() > 4);
    }
}
