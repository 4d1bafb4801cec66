package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notebooks under the installed kernel: every {@code examples/*.ipynb} executed by {@code jupyter nbconvert
 * --execute} has no error, has its tables and charts, prints the same tables as {@code indikator run} of its
 * code, and keeps every chart in nbconvert's HTML export; a notebook {@code indikator notebook} writes names
 * the kernel and re-executes under it with the same tables.
 */
class NotebooksIT {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    @TempDir
    static Path temp;
    static Path jupyterPath;
    static Map<String, String> env;

    @BeforeAll
    static void install() throws Exception {
        Jupyter.requireTools();
        jupyterPath = Jupyter.install(temp.resolve("prefix"));
        env = Jupyter.env(jupyterPath, temp);
        Path work = Files.createDirectories(temp.resolve("scripts"));
        Files.createSymbolicLink(work.resolve("data"), EXAMPLES.resolve("data"));
    }

    static JsonObject read(Path notebook) throws Exception {
        return JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** A multi-line string of nbformat (a string or a list of lines) as one string. */
    static String text(JsonElement e) {
        if (e.isJsonArray()) {
            StringBuilder sb = new StringBuilder();
            e.getAsJsonArray().forEach(x -> sb.append(x.getAsString()));
            return sb.toString();
        }
        return e.getAsString();
    }

    static List<JsonObject> outputs(JsonObject nb) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement c : nb.getAsJsonArray("cells")) {
            if (c.getAsJsonObject().get("cell_type").getAsString().equals("code")) {
                c.getAsJsonObject().getAsJsonArray("outputs").forEach(o -> out.add(o.getAsJsonObject()));
            }
        }
        return out;
    }

    /** The text of every table among the outputs, in order. */
    static List<String> tables(JsonObject nb) {
        return outputs(nb).stream().filter(o -> o.has("data") && o.getAsJsonObject("data").has("text/html")
                        && text(o.getAsJsonObject("data").get("text/html")).contains("<table"))
                .map(o -> text(o.getAsJsonObject("data").get("text/plain"))).toList();
    }

    static long charts(JsonObject nb) {
        return outputs(nb).stream().filter(o -> o.has("data") && o.getAsJsonObject("data").has("image/png")).count();
    }

    static String code(JsonObject nb) {
        StringBuilder sb = new StringBuilder();
        for (JsonElement c : nb.getAsJsonArray("cells")) {
            if (c.getAsJsonObject().get("cell_type").getAsString().equals("code")) {
                sb.append(text(c.getAsJsonObject().get("source"))).append("\n\n");
            }
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleNotebookRuns() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(notebooks.size() >= 2, "examples has its notebooks");
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> check(nb)));
    }

    static void check(Path notebook) throws Exception {
        String name = notebook.getFileName().toString();
        Path out = Files.createDirectories(temp.resolve("executed"));
        Jupyter.Run r = Jupyter.run(List.of(Jupyter.JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--output-dir", out.toString(), "--output", name, notebook.toString()), EXAMPLES, env, 600);
        assertEquals(0, r.status(), r.err());
        JsonObject executed = read(out.resolve(name));
        assertEquals("indikator", executed.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString());
        for (JsonObject o : outputs(executed)) {
            assertFalse(o.get("output_type").getAsString().equals("error"), name + ": " + o);
            assertFalse(o.has("name") && o.get("name").getAsString().equals("stderr") && text(o.get("text")).contains("error["),
                    name + ": " + o);
        }
        List<String> tables = tables(executed);
        assertFalse(tables.isEmpty(), name + " shows tables");
        assertTrue(charts(executed) >= 1, name + " draws charts");

        Path script = temp.resolve("scripts").resolve(name.replace(".ipynb", ".ind"));
        // the kernel's text tables have every column at their full width: the command line prints them so when asked
        Files.writeString(script, "set columns all\n" + code(executed), StandardCharsets.UTF_8);
        Jupyter.Run cli = Jupyter.run(List.of(Jupyter.java(), "-Djava.awt.headless=true", "-jar", Jupyter.JAR.toString(),
                "run", script.getFileName().toString()), script.getParent(), Map.of("COLUMNS", "99999"), 300);
        assertEquals(0, cli.status(), cli.err());
        int at = 0;
        for (String t : tables) {
            int found = cli.out().indexOf(t, at);
            assertTrue(found >= 0, name + ": indikator run does not print this table (in this order):\n" + t);
            at = found + t.length();
        }

        Jupyter.Run html = Jupyter.run(List.of(Jupyter.JUPYTER.toString(), "nbconvert", "--to", "html",
                "--output-dir", out.toString(), out.resolve(name).toString()), out, env, 300);
        assertEquals(0, html.status(), html.err());
        String page = Files.readString(out.resolve(name.replace(".ipynb", ".html")), StandardCharsets.UTF_8);
        assertEquals(charts(executed), drawnCharts(page), name + ": every chart is drawn in nbconvert's HTML");
    }

    /** The charts of an HTML page that have something drawn: an inline SVG with shapes, or a PNG image. */
    static long drawnCharts(String page) {
        long n = 0;
        Matcher svg = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(page);
        while (svg.find()) {
            String s = svg.group();
            if (s.contains("<path") || s.contains("<rect") || s.contains("<line")) {
                n++;
            }
        }
        Matcher png = Pattern.compile("<img[^>]+src=\"data:image/png;base64,[A-Za-z0-9+/]{100,}").matcher(page);
        while (png.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aWrittenNotebookReExecutesUnderTheKernelWithTheSameTables() throws Exception {
        Path written = temp.resolve("operations.ipynb");
        Jupyter.Run w = Jupyter.run(List.of(Jupyter.java(), "-Djava.awt.headless=true", "-jar", Jupyter.JAR.toString(),
                "notebook", EXAMPLES.resolve("operations.ind").toString(), "-o", written.toString()), temp, Map.of(), 300);
        assertEquals(0, w.status(), w.err());
        JsonObject before = read(written);
        JsonObject meta = before.getAsJsonObject("metadata");
        assertEquals("indikator", meta.getAsJsonObject("kernelspec").get("name").getAsString());
        assertEquals("indikator", meta.getAsJsonObject("language_info").get("name").getAsString());
        Path again = temp.resolve("operations-again.ipynb");
        Jupyter.Run r = Jupyter.run(List.of(Jupyter.PYTHON.toString(), Jupyter.SCRIPTS.resolve("execute_in.py").toString(),
                written.toString(), again.toString(), EXAMPLES.toString()), temp, env, 300);
        assertEquals(0, r.status(), r.err());
        List<String> tables = tables(before);
        assertFalse(tables.isEmpty());
        assertEquals(tables, tables(read(again)));
    }
}
