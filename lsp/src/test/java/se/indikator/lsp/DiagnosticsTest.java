package se.indikator.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.session.Session;

/**
 * The server's diagnostics over the protocol's framing: five planted mistakes give five diagnostics at their
 * ranges with their codes and hints; every example gives what {@code indikator check} gives; edits in a burst
 * are checked once, for the last version; a data file changed on disk is read again; a garbage document is answered
 * like any other.
 */
class DiagnosticsTest {
    static TestClient client;

    @BeforeAll
    static void start() throws Exception {
        client = TestClient.inProcess(TestScripts.EXAMPLES);
        client.initialize(TestScripts.EXAMPLES);
    }

    @AfterAll
    static void stop() throws Exception {
        client.shutdown();
        client.close();
    }

    /** A diagnostic as the tests compare it: code, 0-based range and severity. */
    static String brief(Diagnostic d) {
        Range r = d.getRange();
        return d.getCode().getLeft() + " " + r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-"
                + r.getEnd().getLine() + ":" + r.getEnd().getCharacter() + " " + d.getSeverity();
    }

    @Test
    void fivePlantedMistakesAreFiveDiagnosticsAtTheirRanges() throws Exception {
        String uri = TestScripts.uri("planted.ind");
        client.open(uri, TestScripts.PLANTED);
        PublishDiagnosticsParams p = client.diagnostics(uri);
        assertEquals(1, p.getVersion());
        assertEquals(List.of(
                "E201 4:41-4:45 Error", // agee
                "E101 5:34-5:43 Error", // populaton
                "E103 8:17-8:23 Error", // kommun
                "E102 9:5-9:13 Error", // amenabel
                "E003 10:26-10:26 Error"), // where, and nothing after it
                p.getDiagnostics().stream().map(DiagnosticsTest::brief).toList());
        Diagnostic agee = p.getDiagnostics().get(0);
        assertEquals("unknown column 'agee' in data 'deaths'", agee.getMessage());
        assertEquals("indikator", agee.getSource());
        assertEquals("hint: did you mean 'age'?", agee.getRelatedInformation().get(0).getMessage());
        assertEquals(uri, agee.getRelatedInformation().get(0).getLocation().getUri());
        assertEquals(agee.getRange(), agee.getRelatedInformation().get(0).getLocation().getRange());
        assertEquals("hint: did you mean 'population'?", p.getDiagnostics().get(1).getRelatedInformation().get(0).getMessage());
    }

    @Test
    void everyExampleGivesWhatTheCommandLineCheckGives() throws Exception {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(TestScripts.EXAMPLES)) {
            scripts = s.filter(f -> f.toString().endsWith(".ind")).sorted().toList();
        }
        assertTrue(scripts.size() >= 5, "examples: " + scripts);
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            String uri = script.toUri().toString();
            client.open(uri, text);
            List<String> served = client.diagnostics(uri).getDiagnostics().stream().map(DiagnosticsTest::brief).toList();
            List<String> checked = new ArrayList<>();
            for (se.indikator.runtime.diag.Diagnostic d : new Session(TestScripts.EXAMPLES).runFile(script, false).diagnostics()) {
                Range r = Ranges.of(d.span(), text);
                checked.add(d.code() + " " + r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine()
                        + ":" + r.getEnd().getCharacter() + " " + LspDiagnostics.severity(d));
            }
            assertEquals(checked, served, script.getFileName().toString());
            assertFalse(served.stream().anyMatch(x -> x.endsWith(DiagnosticSeverity.Error.toString())),
                    script.getFileName() + " is an example and has no errors: " + served);
        }
    }

    @Test
    void aBurstOfEditsIsCheckedOnceForTheLastVersion() throws Exception {
        String uri = TestScripts.uri("burst.ind");
        client.open(uri, "show nothing");
        assertEquals("E102", client.diagnostics(uri).getDiagnostics().get(0).getCode().getLeft());
        String typed = "data deaths = read \"data/registers/deaths.csv\"\nshow x by agee";
        for (int i = 2; i <= 9; i++) {
            client.change(uri, i, typed.substring(0, typed.length() - (9 - i)));
        }
        PublishDiagnosticsParams last = client.diagnostics(uri);
        assertEquals(9, last.getVersion(), "only the last version is checked after a burst");
        assertNotNull(last.getDiagnostics());
        assertEquals(null, client.diagnosticsWithin(uri, 2 * Scripts.PAUSE_MILLIS), "nothing more is published");
    }

    @Test
    void aDataFileThatChangesOnDiskIsReadAgain(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,sex\n1,1\n2,2\n", StandardCharsets.UTF_8);
        String uri = dir.resolve("watch.ind").toUri().toString();
        client.open(uri, "data people = read \"people.csv\"\nindicator i \"t\" {\n    numerator count(*) from people where kind == 1\n"
                + "    denominator count(*) from people\n    measure proportion\n}\n");
        assertEquals(List.of("E201 2:41-2:45 Error"), client.diagnostics(uri).getDiagnostics().stream().map(DiagnosticsTest::brief).toList());
        Files.writeString(csv, "id,sex,kind\n1,1,1\n2,2,1\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(csv, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
        client.server().getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of(
                new org.eclipse.lsp4j.FileEvent(csv.toUri().toString(), org.eclipse.lsp4j.FileChangeType.Changed))));
        assertEquals(List.of(), client.diagnostics(uri).getDiagnostics(), "the column the file now has is known");
    }

    @Test
    void garbageIsAnsweredWithDiagnosticsAndTheServerGoesOn() throws Exception {
        String uri = TestScripts.uri("garbage.ind");
        StringBuilder junk = new StringBuilder("indicator {{{ \"unclosed\n\u0000\u001b[31m ` `` ((((((( ");
        java.util.Random random = new java.util.Random(24);
        for (int i = 0; i < 2000; i++) {
            junk.append((char) (random.nextInt(0x3000) + 1));
        }
        client.open(uri, junk.toString());
        List<Diagnostic> d = client.diagnostics(uri).getDiagnostics();
        assertFalse(d.isEmpty());
        assertTrue(d.stream().allMatch(x -> x.getCode().getLeft().matches("[EW]\\d{3}")), d.toString());
        assertNotNull(client.completion(uri, 0, 5));
        client.hover(uri, 0, 3);
        client.definition(uri, 0, 3);
        client.format(uri);
        client.symbols(uri);
        client.change(uri, 2, "show nothing");
        assertEquals("E102", client.diagnostics(uri).getDiagnostics().get(0).getCode().getLeft());
    }
}
