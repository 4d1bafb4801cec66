package se.indikator.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.parse.Parser;

/**
 * The VS Code extension (editors/vscode) holds together: what its manifest contributes exists, the grammar it
 * names is the one the token corpus tests, it starts the server the command line has, and each snippet, its
 * placeholders filled with their defaults, is a statement the parser reads without a syntax error.
 */
class EditorExtensionTest {
    static final Path EDITOR = TokenCorpusTest.EDITOR;

    static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void theManifestContributesFilesThatExist() throws IOException {
        JsonObject manifest = json(EDITOR.resolve("package.json"));
        JsonObject contributes = manifest.getAsJsonObject("contributes");
        JsonObject language = contributes.getAsJsonArray("languages").get(0).getAsJsonObject();
        assertEquals("indikator", language.get("id").getAsString());
        assertEquals(".ind", language.getAsJsonArray("extensions").get(0).getAsString());
        assertTrue(Files.isRegularFile(EDITOR.resolve(language.get("configuration").getAsString())));
        JsonObject grammar = contributes.getAsJsonArray("grammars").get(0).getAsJsonObject();
        assertEquals(TokenCorpusTest.GRAMMAR_FILE, EDITOR.resolve(grammar.get("path").getAsString()).normalize());
        assertEquals("source.indikator", grammar.get("scopeName").getAsString());
        assertTrue(Files.isRegularFile(EDITOR.resolve(contributes.getAsJsonArray("snippets").get(0).getAsJsonObject()
                .get("path").getAsString())));
        assertTrue(Files.isRegularFile(EDITOR.resolve(manifest.get("main").getAsString())));
        assertTrue(Files.isRegularFile(EDITOR.resolve("package-lock.json")), "the lock file makes npm ci repeatable");
        JsonObject settings = contributes.getAsJsonObject("configuration").getAsJsonObject("properties");
        assertEquals("lsp", settings.getAsJsonObject("indikator.server.arguments").getAsJsonArray("default").get(0).getAsString());
        assertTrue(manifest.getAsJsonObject("scripts").get("package").getAsString().startsWith("vsce package"));
    }

    @Test
    void theLanguageConfigurationCommentsAsTheLexerDoes() throws IOException {
        JsonObject config = json(EDITOR.resolve("language-configuration.json"));
        String comment = config.getAsJsonObject("comments").get("lineComment").getAsString();
        assertEquals(List.of(), Parser.parse(new SourceFile("c.ind", comment + " show by by\n")).diagnostics().all());
    }

    /** A snippet's body with each placeholder replaced by its default (the first of a choice). */
    static String expand(List<String> body) {
        String text = String.join("\n", body);
        Matcher m = Pattern.compile("\\$\\{\\d+:([^}]*)\\}|\\$\\{\\d+\\|([^,|]*)[^}]*\\}|\\$\\d+").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "";
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Test
    void everySnippetIsAStatementThatParses() throws IOException {
        JsonObject snippets = json(EDITOR.resolve("snippets/indikator.json"));
        assertTrue(snippets.keySet().containsAll(List.of("indicator", "breakdown", "standardisation")), snippets.keySet().toString());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonElement> s : snippets.entrySet()) {
            List<String> body = s.getValue().getAsJsonObject().getAsJsonArray("body").asList().stream()
                    .map(JsonElement::getAsString).toList();
            String text = expand(body);
            assertTrue(!text.contains("$"), s.getKey() + ": " + text);
            var parsed = Parser.parse(new SourceFile(s.getKey() + ".ind", text));
            List<Diagnostic> syntax = parsed.diagnostics().all();
            if (!syntax.isEmpty() || parsed.program().statements().size() != 1) {
                wrong.add(s.getKey() + ": " + syntax + " in\n" + text);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
