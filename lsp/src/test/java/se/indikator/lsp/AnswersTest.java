package se.indikator.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's answers over the protocol's framing, about a script over the example registers: completion in
 * context, hover, definitions and references, symbols and formatting.
 */
class AnswersTest {
    static TestClient client;
    static final String URI = TestScripts.uri("answers.ind");

    @BeforeAll
    static void start() throws Exception {
        client = TestClient.inProcess(TestScripts.EXAMPLES);
        client.initialize(TestScripts.EXAMPLES);
        client.open(URI, TestScripts.AMENABLE);
        assertEquals(List.of(), client.diagnostics(URI).getDiagnostics());
    }

    @AfterAll
    static void stop() throws Exception {
        client.shutdown();
        client.close();
    }

    static Range range(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }

    static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void afterByTheBreakdownsAndTheColumnsOfTheRegisters() throws Exception {
        String uri = TestScripts.uri("by.ind");
        client.open(uri, TestScripts.AMENABLE + "show amenable by ");
        client.diagnostics(uri);
        int last = TestScripts.AMENABLE.split("\n", -1).length - 1;
        List<CompletionItem> items = client.completion(uri, last, "show amenable by ".length());
        List<String> labels = labels(items);
        assertTrue(labels.containsAll(List.of("age5", "kön", "region", "sex", "education", "age", "cause", "persons")), labels.toString());
        assertFalse(labels.contains("amenable"), "an indicator is no breakdown: " + labels);
        CompletionItem kön = items.get(labels.indexOf("kön"));
        assertEquals(CompletionItemKind.Enum, kön.getKind());
        assertEquals("breakdown", kön.getDetail());
        CompletionItem region = items.get(labels.indexOf("region"));
        assertEquals(CompletionItemKind.Field, region.getKind());
        assertEquals("column of deaths, population", region.getDetail());
        assertEquals(range(last, 17, 17), region.getTextEdit().getLeft().getRange());

        List<CompletionItem> typed = client.completion(URI, 17, "show amenable by k".length());
        assertEquals(List.of("kön"), labels(typed));
        assertEquals(range(17, 17, 18), typed.get(0).getTextEdit().getLeft().getRange());
    }

    @Test
    void completionElsewhereFollowsTheWordsBefore() throws Exception {
        // line 9: "    numerator count(*) from deaths where amenable(cause) and age between 35 and 79"
        List<String> data = labels(client.completion(URI, 9, "    numerator count(*) from ".length()));
        assertEquals(List.of("population", "deaths"), data);
        List<String> where = labels(client.completion(URI, 9, "    numerator count(*) from deaths where ".length()));
        assertTrue(where.containsAll(List.of("cause", "age", "amenable")), where.toString());
        assertFalse(where.contains("persons"), "persons is a column of population, not deaths: " + where);
        List<String> measures = labels(client.completion(URI, 11, "    measure ".length()));
        assertTrue(measures.containsAll(List.of("proportion", "rate per 100000", "mean of")), measures.toString());
        List<String> paths = labels(client.completion(URI, 0, "data population = read \"data/registers/po".length()));
        assertEquals(List.of("data/registers/population.csv"), paths);
    }

    @Test
    void hoverOnAnIndicatorShowsItsTitleMeasureAndDefinition() throws Exception {
        Hover h = client.hover(URI, 17, "show am".length());
        String md = h.getContents().getRight().getValue();
        assertTrue(md.startsWith("**Åtgärdbar dödlighet**"), md);
        assertTrue(md.contains("measure: rate per 100000"), md);
        assertTrue(md.contains("polarity: lower"), md);
        assertTrue(md.contains("source: Dödsorsaksregistret"), md);
        assertTrue(md.contains("```indikator\nindicator amenable \"Åtgärdbar dödlighet\" {"), md);
        assertEquals(range(17, 5, 13), h.getRange());
    }

    @Test
    void hoverOnDataColumnsAndKeywords() throws Exception {
        String data = client.hover(URI, 9, "    numerator count(*) from de".length()).getContents().getRight().getValue();
        assertTrue(data.startsWith("data `deaths`: "), data);
        assertTrue(data.contains("| column | type | missing |"), data);
        assertTrue(data.matches("(?s).*\\| age \\| integer \\| \\d+ \\|.*"), data);
        String column = client.hover(URI, 9, "    numerator count(*) from deaths where amenable(cause) and ag".length())
                .getContents().getRight().getValue();
        assertTrue(column.startsWith("column `age`") && column.contains("in `deaths`: integer"), column);
        String keyword = client.hover(URI, 11, 6).getContents().getRight().getValue();
        assertTrue(keyword.startsWith("**measure** — what an indicator's value is"), keyword);
        String breakdown = client.hover(URI, 17, "show amenable by kö".length()).getContents().getRight().getValue();
        assertTrue(breakdown.contains("breakdown `kön`") && breakdown.contains("Kvinnor, Män"), breakdown);
        assertNull(client.hover(URI, 2, 0), "nothing to say about an empty line");
    }

    @Test
    void definitionsAndReferences() throws Exception {
        List<? extends Location> d = client.definition(URI, 17, "show ame".length());
        assertEquals(1, d.size());
        assertEquals(URI, d.get(0).getUri());
        assertEquals(range(8, 10, 18), d.get(0).getRange()); // indicator amenable
        assertEquals(range(4, 10, 13), client.definition(URI, 17, "show amenable by k".length()).get(0).getRange());
        assertEquals(range(1, 5, 11), client.definition(URI, 9, "    numerator count(*) from dea".length()).get(0).getRange());
        assertEquals(range(6, 16, 19), client.definition(URI, 12, "    standardise e".length()).get(0).getRange());
        List<Range> refs = client.references(URI, 3, "breakdown ag".length()).stream().map(Location::getRange).toList();
        assertEquals(List.of(range(3, 10, 14), range(6, 32, 36)), refs);
        assertEquals(List.of(), client.definition(URI, 2, 0));
    }

    @Test
    void definitionFollowsImports(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("shared.ind"), "breakdown sexes = case sex when 1 then \"Män\" when 2 then \"Kvinnor\"\n",
                StandardCharsets.UTF_8);
        String uri = dir.resolve("main.ind").toUri().toString();
        client.open(uri, "import \"shared.ind\"\nbreakdown other = sexes\n");
        client.diagnostics(uri);
        List<? extends Location> imported = client.definition(uri, 1, "breakdown other = se".length());
        assertEquals(dir.resolve("shared.ind").toUri().toString(), imported.get(0).getUri());
        assertEquals(range(0, 10, 15), imported.get(0).getRange());
        List<? extends Location> file = client.definition(uri, 0, 10);
        assertEquals(dir.resolve("shared.ind").toUri().toString(), file.get(0).getUri());
        assertEquals(range(0, 0, 0), file.get(0).getRange());
    }

    @Test
    void symbolsAreTheDeclarations() throws Exception {
        List<DocumentSymbol> symbols = client.symbols(URI);
        assertEquals(List.of("population", "deaths", "age5", "kön", "esp", "amenable"),
                symbols.stream().map(DocumentSymbol::getName).toList());
        DocumentSymbol amenable = symbols.get(5);
        assertEquals(SymbolKind.Function, amenable.getKind());
        assertEquals("Åtgärdbar dödlighet", amenable.getDetail());
        assertEquals(range(8, 10, 18), amenable.getSelectionRange());
        assertEquals(new Range(new Position(8, 0), new Position(15, 1)), amenable.getRange());
    }

    @Test
    void formattingWritesTheCanonicalFormAndKeepsComments() throws Exception {
        String uri = TestScripts.uri("format.ind");
        String messy = "data   deaths=read \"data/registers/deaths.csv\"   # the deaths\n"
                + "breakdown  kön = case sex when 2 then \"Kvinnor\"   when 1 then \"Män\"\n"
                + "#' prose stays\n"
                + "show  nothing   by kön\n";
        client.open(uri, messy);
        client.diagnostics(uri);
        List<? extends TextEdit> edits = client.format(uri);
        assertEquals(3, edits.size(), edits.toString());
        int data = "data   deaths=read \"data/registers/deaths.csv\"".length();
        assertEquals(range(0, 0, data), edits.get(0).getRange(), "the comment after the statement stays");
        assertEquals("data deaths = read \"data/registers/deaths.csv\"", edits.get(0).getNewText());
        assertEquals(range(1, 0, messy.split("\n")[1].length()), edits.get(1).getRange());
        assertEquals("breakdown kön = case sex\n    when 2 then \"Kvinnor\"\n    when 1 then \"Män\"", edits.get(1).getNewText());
        assertEquals(range(3, 0, messy.split("\n")[3].length()), edits.get(2).getRange());
        assertEquals("show nothing by kön", edits.get(2).getNewText());
        client.open(TestScripts.uri("commented.ind"), "show nothing   # which\n    by kön\n");
        assertEquals(List.of(), client.format(TestScripts.uri("commented.ind")), "a comment inside a statement keeps it as it is");
        String formatted = apply(messy, edits);
        assertTrue(formatted.contains("# the deaths\n") && formatted.contains("#' prose stays\n"), formatted);
        client.open(TestScripts.uri("formatted.ind"), formatted);
        assertEquals(List.of(), client.format(TestScripts.uri("formatted.ind")), "the canonical form is left as it is");
        client.change(uri, 2, "show by by");
        assertEquals(List.of(), client.format(uri), "a script that does not parse is not formatted");
    }

    /** The text with the edits made, the last first so the earlier ranges still hold. */
    static String apply(String text, List<? extends TextEdit> edits) {
        StringBuilder sb = new StringBuilder(text);
        List<? extends TextEdit> backwards = edits.stream().sorted((a, b) -> Integer.compare(
                Ranges.offset(text, b.getRange().getStart()), Ranges.offset(text, a.getRange().getStart()))).toList();
        for (TextEdit e : backwards) {
            sb.replace(Ranges.offset(text, e.getRange().getStart()), Ranges.offset(text, e.getRange().getEnd()), e.getNewText());
        }
        return sb.toString();
    }

    @Test
    void aDataFileThatIsMissingIsReportedAtItsPath() throws Exception {
        String uri = TestScripts.uri("missing.ind");
        client.open(uri, "data x = read \"data/no such file.csv\"\n");
        var d = client.diagnostics(uri).getDiagnostics();
        assertEquals(List.of("E131 0:14-0:37 Error"), d.stream().map(DiagnosticsTest::brief).toList());
    }
}
