package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.chart.Chart;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.output.Output;

class IpynbNotebookTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /** A Jupyter multi-line string (a list of lines) joined, checking that only the last line lacks a newline. */
    static String joined(Object o) {
        if (o instanceof String s) {
            return s;
        }
        List<Object> lines = list(o);
        for (int i = 0; i + 1 < lines.size(); i++) {
            assertTrue(((String) lines.get(i)).endsWith("\n"), "line " + i + " keeps its newline");
        }
        for (Object l : lines) {
            assertFalse(((String) l).substring(0, ((String) l).length() - 1).contains("\n"), "one line per item");
        }
        return String.join("", lines.stream().map(String.class::cast).toList());
    }

    static String ipynb(String script) throws IOException {
        String json = IpynbNotebook.render(Fixtures.run(script).document());
        Fixtures.keep(script.replace(".ind", ".ipynb"), json);
        return json;
    }

    @Test
    void structureCellsAndOutputs() throws Exception {
        Map<String, Object> nb = map(JsonReader.parse(ipynb("regioner.ind")));
        assertEquals(4.0, nb.get("nbformat"));
        assertEquals(5.0, nb.get("nbformat_minor"));
        Map<String, Object> meta = map(nb.get("metadata"));
        assertEquals("indikator", map(meta.get("kernelspec")).get("name"));
        assertEquals("indikator", map(meta.get("kernelspec")).get("display_name"));
        assertEquals("indikator", map(meta.get("language_info")).get("name"));
        assertEquals("2026-03-14", map(meta.get("indikator")).get("run_date"));
        List<Object> cells = list(nb.get("cells"));
        List<String> types = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object c : cells) {
            types.add((String) map(c).get("cell_type"));
            String id = (String) map(c).get("id");
            assertTrue(id.matches("[a-zA-Z0-9_-]{1,64}") && ids.add(id), id);
        }
        assertEquals(List.of("markdown", "markdown", "code", "markdown", "code", "markdown"), types);
        assertEquals("cell-1", map(cells.get(0)).get("id"));
        assertEquals("cell-5", map(cells.get(4)).get("id"));
        String header = joined(map(cells.get(0)).get("source"));
        assertTrue(header.startsWith("# Återinläggningar per region\n\n- script: `regioner.ind`\n"), header);
        assertTrue(header.contains("- data `vård`: `data/regioner.csv`") && header.endsWith("- run: 2026-03-14"), header);
        assertTrue(joined(map(cells.get(1)).get("source")).startsWith("Andelen återinläggningar"), "the title is shown once");

        Map<String, Object> decl = map(cells.get(2));
        assertEquals(1.0, decl.get("execution_count"));
        assertTrue(joined(decl.get("source")).startsWith("set language sv\n# Data: syntetiska siffror\n"));
        assertEquals(List.of(), decl.get("outputs"));

        Map<String, Object> show = map(cells.get(4));
        assertEquals(2.0, show.get("execution_count"));
        assertEquals(List.of("show återinl by region"), show.get("source"));
        List<Object> outputs = list(show.get("outputs"));
        assertEquals(2, outputs.size(), "the caption, then the table");
        assertTrue(joined(map(map(outputs.get(0)).get("data")).get("text/markdown")).startsWith("**Tabell 1.** Återinläggningar"));
        Map<String, Object> table = map(outputs.get(1));
        assertEquals("display_data", table.get("output_type"));
        Map<String, Object> data = map(table.get("data"));
        String html = joined(data.get("text/html"));
        String plain = joined(data.get("text/plain"));
        assertTrue(html.startsWith("<div class=\"table-wrap\">") && html.contains("<td class=\"num\">11,8</td>"), html);
        HtmlNotebookTest.parse("<html>" + html + "</html>");
        assertTrue(plain.contains("Skåne") && plain.contains("11,8"), plain);
        assertFalse(plain.lines().anyMatch(l -> l.startsWith("Jämtland") && l.contains(" 3 ")), "suppressed count stays hidden");
    }

    @Test
    void diagnosticsOnStderrInPlace() throws Exception {
        List<Object> cells = list(map(JsonReader.parse(ipynb("fel.ind"))).get("cells"));
        assertEquals(List.of("markdown", "code", "markdown", "code", "markdown"),
                cells.stream().map(c -> map(c).get("cell_type")).toList(), "a prose cell with only the title is left out; the messages at the end");
        Map<String, Object> decl = map(cells.get(1));
        assertTrue(joined(decl.get("source")).contains("sum(fal)"));
        List<Object> outputs = list(decl.get("outputs"));
        assertEquals(1, outputs.size());
        Map<String, Object> err = map(outputs.get(0));
        assertEquals("stream", err.get("output_type"));
        assertEquals("stderr", err.get("name"));
        assertTrue(joined(err.get("text")).startsWith("fel.ind:6:21: error[E201]: unknown column 'fal'"), joined(err.get("text")));
        assertEquals(List.of(), map(cells.get(3)).get("outputs"));
    }

    @Test
    void chartsAndText() {
        Chart chart = new Chart("Andel", ChartKind.RANKED_BARS, new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "▇▇ Skåne", List.of("Jämtland: undertryckt"));
        NotebookDocument doc = new NotebookDocument("T", "t.ind", List.of(), Fixtures.DATE, List.of(
                new NotebookCell.Code("plot x\nexport x", 1, 2, List.of(new Output.Chart(chart, List.of()),
                        new Output.Text("wrote 3 rows to out/x.csv")))));
        List<Object> outputs = list(map(list(map(JsonReader.parse(IpynbNotebook.render(doc))).get("cells")).get(1)).get("outputs"));
        Map<String, Object> data = map(map(outputs.get(0)).get("data"));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", joined(data.get("image/svg+xml")));
        assertEquals("iVBORw==", data.get("image/png"));
        assertTrue(joined(data.get("text/html")).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        assertEquals("▇▇ Skåne\nJämtland: undertryckt", joined(data.get("text/plain")));
        Map<String, Object> text = map(outputs.get(1));
        assertEquals("stdout", text.get("name"));
        assertEquals(List.of("wrote 3 rows to out/x.csv\n"), text.get("text"));
        assertNull(map(outputs.get(1)).get("data"));
    }

    /** A Python with nbformat, if this computer has one. */
    static Optional<String> pythonWithNbformat() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import nbformat").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    @Test
    void nbformatAcceptsTheNotebooks() throws Exception {
        Optional<String> python = pythonWithNbformat();
        Assumptions.assumeTrue(python.isPresent(), "python3 with nbformat is not installed (Debian: python3-nbformat)");
        for (String script : List.of("regioner.ind", "fel.ind")) {
            Path file = Fixtures.keep(script.replace(".ind", ".ipynb"), IpynbNotebook.render(Fixtures.run(script).document()));
            Process p = new ProcessBuilder(python.get(), "-c",
                    "import sys, nbformat\n"
                            + "nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)\n"
                            + "nbformat.validate(nb)\n"
                            + "assert nb.nbformat == 4 and nb.nbformat_minor == 5, (nb.nbformat, nb.nbformat_minor)\n"
                            + "print('valid', len(nb.cells))\n",
                    file.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "nbformat timed out");
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.startsWith("valid "), out);
        }
    }
}
