package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built jar's {@code indikator lsp} as an editor starts it, spoken to by a client written from the protocol's
 * specification: five planted mistakes come back as five diagnostics at their ranges with their codes, two put
 * right leave three, completion after {@code by} offers the breakdowns and the registers' columns, hover on an indicator shows its title and
 * measure, definition leads to the declaration, and shutdown then exit ends the process with status 0.
 */
class LanguageServerIT {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    static final String SCRIPT = String.join("\n",
            "data population = read \"data/registers/population.csv\"",
            "data deaths = read \"data/registers/deaths.csv\"",
            "breakdown kön = case sex when 2 then \"Kvinnor\" when 1 then \"Män\"",
            "indicator amenable \"Åtgärdbar dödlighet\" {",
            "    numerator count(*) from deaths where agee between 35 and 79",
            "    denominator sum(persons) from populaton where age between 35 and 79",
            "    measure rate per 100000",
            "}",
            "show amenable by kommun",
            "show amenabel by kön",
            "show amenable by kön where",
            "");

    static JsonObject object(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    static JsonObject at(String uri, int line, int character) {
        return object("{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":" + character + "}}");
    }

    static String range(JsonObject r) {
        JsonObject s = r.getAsJsonObject("start");
        JsonObject e = r.getAsJsonObject("end");
        return s.get("line") + ":" + s.get("character") + "-" + e.get("line") + ":" + e.get("character");
    }

    @Test
    void anEditorSpeaksWithTheBuiltServer() throws Exception {
        assertTrue(Files.isRegularFile(Jupyter.JAR), "the jar is not built: " + Jupyter.JAR);
        // as VS Code's client starts it: with --stdio
        Process p = new ProcessBuilder(Jupyter.java(), "-jar", Jupyter.JAR.toString(), "lsp", "--stdio").directory(EXAMPLES.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (LspWire wire = new LspWire(p.getInputStream(), p.getOutputStream())) {
            long started = System.nanoTime();
            JsonObject init = wire.request("initialize", object("{\"processId\":null,\"rootUri\":\"" + EXAMPLES.toUri()
                    + "\",\"capabilities\":{}}")).getAsJsonObject();
            System.out.printf("indikator lsp answered initialize after %d ms%n", (System.nanoTime() - started) / 1_000_000);
            JsonObject capabilities = init.getAsJsonObject("capabilities");
            assertTrue(capabilities.get("hoverProvider").getAsBoolean());
            assertEquals("indikator", init.getAsJsonObject("serverInfo").get("name").getAsString());
            wire.notify("initialized", new JsonObject());

            String uri = EXAMPLES.resolve("planted.ind").toUri().toString();
            JsonObject open = new JsonObject();
            JsonObject doc = new JsonObject();
            doc.addProperty("uri", uri);
            doc.addProperty("languageId", "indikator");
            doc.addProperty("version", 1);
            doc.addProperty("text", SCRIPT);
            open.add("textDocument", doc);
            wire.notify("textDocument/didOpen", open);
            JsonObject published = wire.notification("textDocument/publishDiagnostics");
            assertEquals(uri, published.get("uri").getAsString());
            List<String> diagnostics = new ArrayList<>();
            for (JsonElement e : published.getAsJsonArray("diagnostics")) {
                JsonObject d = e.getAsJsonObject();
                diagnostics.add(d.get("code").getAsString() + " " + range(d.getAsJsonObject("range")) + " " + d.get("severity"));
            }
            assertEquals(List.of("E201 4:41-4:45 1", "E101 5:34-5:43 1", "E103 8:17-8:23 1", "E102 9:5-9:13 1",
                    "E003 10:26-10:26 1"), diagnostics);
            JsonObject first = published.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
            assertEquals("unknown column 'agee' in data 'deaths'", first.get("message").getAsString());
            assertEquals("hint: did you mean 'age'?",
                    first.getAsJsonArray("relatedInformation").get(0).getAsJsonObject().get("message").getAsString());

            // two mistakes put right: the indicator is declared, and three diagnostics are left
            JsonObject change = object("{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[]}");
            JsonObject whole = new JsonObject();
            whole.addProperty("text", SCRIPT.replace("agee", "age").replace("populaton", "population"));
            change.getAsJsonArray("contentChanges").add(whole);
            wire.notify("textDocument/didChange", change);
            JsonObject second = wire.notification("textDocument/publishDiagnostics");
            assertEquals(2, second.get("version").getAsInt());
            assertEquals(3, second.getAsJsonArray("diagnostics").size(), second.toString());

            // a message that is not JSON is refused, and the server goes on
            wire.raw("Content-Length: 9\r\n\r\n{{{ nope ");

            JsonObject completion = wire.request("textDocument/completion", at(uri, 9, "show amenabel by ".length())).getAsJsonObject();
            List<String> labels = new ArrayList<>();
            for (JsonElement e : completion.getAsJsonArray("items")) {
                labels.add(e.getAsJsonObject().get("label").getAsString());
            }
            assertTrue(labels.containsAll(List.of("kön", "region", "sex", "age", "education", "persons")), labels.toString());

            JsonObject hover = wire.request("textDocument/hover", at(uri, 8, "show ame".length())).getAsJsonObject();
            String md = hover.getAsJsonObject("contents").get("value").getAsString();
            assertTrue(md.contains("Åtgärdbar dödlighet") && md.contains("measure: rate per 100000"), md);

            JsonArray definition = wire.request("textDocument/definition", at(uri, 8, "show ame".length())).getAsJsonArray();
            assertEquals("3:10-3:18", range(definition.get(0).getAsJsonObject().getAsJsonObject("range")));

            wire.request("shutdown", null);
            wire.notify("exit", null);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server ends after exit");
            assertEquals(0, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void anUnknownArgumentIsRefusedInWords() throws Exception {
        Process p = new ProcessBuilder(Jupyter.java(), "-jar", Jupyter.JAR.toString(), "lsp", "--tcp").start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(err.startsWith("indikator: lsp takes no arguments but --stdio"), err);
    }
}
