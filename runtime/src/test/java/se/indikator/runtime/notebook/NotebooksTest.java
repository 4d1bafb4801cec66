package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

class NotebooksTest {

    @Test
    void writesHtmlOrIpynbByExtension(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("ut/rapport.html");
        RunResult r = Notebooks.write(Fixtures.DIR.resolve("regioner.ind"), html, new Session(tmp), Fixtures.DATE);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), "the script set Swedish");
        assertTrue(page.contains("<td class=\"num\">11,8</td>"));

        Path ipynb = tmp.resolve("rapport.IPYNB");
        Notebooks.write(Fixtures.DIR.resolve("regioner.ind"), ipynb, new Session(tmp), Fixtures.DATE);
        Map<?, ?> nb = (Map<?, ?>) JsonReader.parse(Files.readString(ipynb, StandardCharsets.UTF_8));
        assertEquals(4.0, nb.get("nbformat"));

        assertThrows(IllegalArgumentException.class,
                () -> Notebooks.write(Fixtures.DIR.resolve("regioner.ind"), tmp.resolve("r.pdf"), new Session(tmp), Fixtures.DATE));
        assertFalse(Files.exists(tmp.resolve("r.pdf")));
    }

    @Test
    void aScriptWithErrorsStillGivesANotebook(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("fel.html");
        RunResult r = Notebooks.write(Fixtures.DIR.resolve("fel.ind"), html, new Session(tmp), Fixtures.DATE);
        assertTrue(r.hasErrors());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<pre class=\"diagnostic error\">"), page);
        assertTrue(page.contains("error[E201]: unknown column &#39;fal&#39;"));
    }

    @Test
    void shellInputsJoinedAndSaved(@TempDir Path tmp) throws Exception {
        Session session = new Session(Fixtures.DIR);
        java.util.List<NotebookDocument> parts = new java.util.ArrayList<>();
        String[] inputs = {"set language sv\ndata vård = read \"data/regioner.csv\"",
            "#' ## Andel\nindicator a \"A\" {\n  numerator sum(fall) from vård\n  denominator sum(personer) from vård\n"
                    + "  measure percent\n}", "show a by region", "show b"};
        for (int i = 0; i < inputs.length; i++) {
            se.indikator.runtime.diag.SourceFile src = new se.indikator.runtime.diag.SourceFile("<repl:" + (i + 1) + ">", inputs[i]);
            parts.add(NotebookDocument.of(src, session.run(src), Fixtures.DATE));
        }
        NotebookDocument doc = NotebookDocument.join("shell", parts, Fixtures.DATE);
        assertEquals("Andel", doc.title());
        assertEquals(java.util.List.of(new DataSource("vård", "data/regioner.csv")), doc.dataSources());
        assertEquals(5, doc.cells().size());
        Path out = tmp.resolve("session.html");
        Notebooks.save(doc, out, true);
        String page = Files.readString(out, StandardCharsets.UTF_8);
        HtmlNotebookTest.parse(page);
        assertTrue(page.contains("<td class=\"num\">11,8</td>"));
        assertTrue(page.contains("&lt;repl:4&gt;:1:6: error[E102]: unknown indicator &#39;b&#39;"), page);
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
        }
        assertTrue(seen.containsAll(java.util.Set.of("cell-1", "cell-5", "messages", "definitions", "msg-1", "tab-1")), seen.toString());
    }
}
