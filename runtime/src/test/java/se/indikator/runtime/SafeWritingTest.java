package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * What a run writes is safe: CSV text that a spreadsheet would run as a formula is neutralised (unless the
 * script allows formulas), numbers stay numbers, and no result is written over a file the run reads.
 */
class SafeWritingTest {
    private static final String DATA = """
            region,cases,persons
            "=HYPERLINK(""http://x"",""klick"")",30,100
            -,20,100
            +46,25,100
            Skåne,40,100
            """;
    private static final String HEAD = """
            set suppress none
            set language en
            data t = read "labels.csv"
            indicator share "Share" {
                numerator   sum(cases) from t
                denominator sum(persons) from t
                measure     percent
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void data() throws IOException {
        Files.writeString(dir.resolve("labels.csv"), DATA);
    }

    private RunResult run(String body) {
        return new Session(dir).run(new SourceFile("s.ind", HEAD + body));
    }

    private static List<Diagnostic> errors(RunResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void exportNeutralisesFormulasInTextButNotNumbers() throws IOException {
        RunResult r = run("export share by region to \"out/share.csv\"\n");
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        List<String> lines = Files.readAllLines(dir.resolve("out/share.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("region,numerator,denominator,value,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"klick\"\")\",30,100,30,")),
                String.join("\n", lines));
        String dash = lines.stream().filter(l -> l.startsWith("'-,")).findFirst().orElseThrow();
        assertTrue(dash.startsWith("'-,20,100,20,"), dash);
        assertTrue(dash.contains(",-30.43"), "a negative deviation is written as a number: " + dash);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("'+46,25,100,25,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Skåne,40,100,40,")), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("=") || l.startsWith("-") || l.startsWith("+")),
                String.join("\n", lines));
    }

    @Test
    void formulasCanBeAllowedAndTheSettingAppliesToTheStatementsAfterIt() throws IOException {
        RunResult r = run("""
                export share by region to "before.csv"
                set csv formulas allowed
                export share by region to "raw.csv"
                set csv formulas neutralised
                export share by region to "after.csv"
                """);
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        String raw = Files.readString(dir.resolve("raw.csv"));
        assertTrue(raw.contains("\n\"=HYPERLINK(\"\"http://x\"\",\"\"klick\"\")\",30,"), raw);
        assertTrue(raw.contains("\n-,20,") && raw.contains("\n+46,25,"), raw);
        assertEquals(Files.readString(dir.resolve("before.csv")), Files.readString(dir.resolve("after.csv")));
        assertTrue(Files.readString(dir.resolve("after.csv")).contains("\n'-,20,"));
    }

    @Test
    void anUnknownFormulasSettingIsAPositionedError() {
        RunResult r = run("set csv formulas maybe\n");
        Diagnostic d = errors(r).get(0);
        assertEquals("E113", d.code());
        assertEquals(9, d.span().line());
        assertEquals("maybe", d.span().text());
    }

    @Test
    void exportRefusesToOverwriteADataFileOfTheRun() throws IOException {
        RunResult r = run("export share by region to \"labels.csv\"\nexport share by region to \"sub/../labels.csv\"\n");
        List<Diagnostic> errors = errors(r);
        assertEquals(2, errors.size(), DiagnosticPrinter.formatAll(r.diagnostics()));
        Diagnostic d = errors.get(0);
        assertEquals("E141", d.code());
        assertEquals(9, d.span().line());
        assertEquals("\"labels.csv\"", d.span().text());
        assertEquals("cannot write 'labels.csv': it is a data file this run reads (data t), and writing would overwrite it",
                d.message());
        assertEquals("write the result to another file, e.g. 'labels_result.csv'", d.hint());
        assertEquals(10, errors.get(1).span().line());
        assertEquals(DATA, Files.readString(dir.resolve("labels.csv")), "the data are untouched");
    }

    @Test
    void aLinkToADataFileIsTheDataFile() throws IOException {
        Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("labels.csv"));
        RunResult r = run("funnel share by region to \"link.csv\"\n");
        assertEquals(List.of("E141"), errors(r).stream().map(Diagnostic::code).toList(), DiagnosticPrinter.formatAll(r.diagnostics()));
        assertEquals(DATA, Files.readString(dir.resolve("labels.csv")));
    }

    @Test
    void catalogueAndTheCsvFolderRefuseToo() throws IOException {
        Files.writeString(dir.resolve("share_by_region.csv"), "x\n1\n");
        Session s = new Session(dir);
        s.csvDir(dir);
        RunResult r = s.run(new SourceFile("s.ind", HEAD + "data other = read \"share_by_region.csv\"\n"
                + "catalogue to \"share_by_region.csv\"\nshow share by region\n"));
        List<Diagnostic> errors = errors(r);
        assertEquals(List.of("E141", "E141"), errors.stream().map(Diagnostic::code).toList(), DiagnosticPrinter.formatAll(r.diagnostics()));
        assertEquals(10, errors.get(0).span().line());
        assertEquals(11, errors.get(1).span().line());
        assertEquals("x\n1\n", Files.readString(dir.resolve("share_by_region.csv")));
    }

    @Test
    void exportRefusesToOverwriteTheScriptAndTheScriptsItImports() throws IOException {
        Files.writeString(dir.resolve("lib.ind"), HEAD);
        Path script = dir.resolve("main.ind");
        String text = "import \"lib.ind\"\nexport share to \"main.ind\"\nexport share to \"lib.ind\"\nexport share to \"new/share.csv\"\n";
        Files.writeString(script, text);
        RunResult r = new Session(dir).runFile(script, true);
        List<Diagnostic> errors = errors(r);
        assertEquals(2, errors.size(), DiagnosticPrinter.formatAll(r.diagnostics()));
        assertEquals("cannot write 'main.ind': it is the script being run, and writing would overwrite it", errors.get(0).message());
        assertEquals("cannot write 'lib.ind': it is a script this run imports, and writing would overwrite it", errors.get(1).message());
        assertEquals(text, Files.readString(script));
        assertEquals(HEAD, Files.readString(dir.resolve("lib.ind")));
        assertTrue(Files.readString(dir.resolve("new/share.csv")).startsWith("numerator,"), "a file that does not exist yet is written");
    }
}
