package se.indikator.runtime.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * The explicit bounds: deep nesting, long chains of prefix operators and of arithmetic, and too many
 * combinations of categories are each one positioned error with the limit in its hint — never a stack
 * overflow, a hang or an allocation that cannot succeed; a byte-order mark starts a script like nothing.
 */
class LimitsTest {
    @TempDir
    Path dir;

    private RunResult check(String script) {
        return new Session(dir).check(new SourceFile("limits.ind", script));
    }

    private static Diagnostic only(RunResult r) {
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), DiagnosticPrinter.formatAll(r.diagnostics()));
        return errors.get(0);
    }

    @Test
    void parenthesesNestedBeyondTheLimitAreOneErrorAtTheFirstTooDeep() {
        String script = "show x where a == " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n";
        Diagnostic d = only(check(script));
        assertEquals("E007", d.code());
        assertEquals(1, d.span().line());
        assertEquals("show x where a == ".length() + 101, d.span().column());
        assertTrue(d.hint().contains("100"), d.hint());
    }

    @Test
    void longChainsOfNotAndOfArithmeticAreRefused() {
        Diagnostic nots = only(check("show x where " + "not ".repeat(20_000) + "a == 1\n"));
        assertEquals("E007", nots.code());
        assertTrue(nots.hint().contains("100"), nots.hint());
        Diagnostic sums = only(check("show x where a == " + "1 + ".repeat(50_000) + "1\n"));
        assertEquals("E007", sums.code());
        assertTrue(sums.hint().contains("1000"), sums.hint());
    }

    @Test
    void chainsWithinTheLimitAreCheckedAsUsual() {
        RunResult r = check("show x where a == " + "1 + ".repeat(900) + "1\n");
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("E102")), DiagnosticPrinter.formatAll(r.diagnostics()));
    }

    @Test
    void tooManyCombinationsOfCategoriesAreRefusedBeforeAnythingIsAllocated() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,c,d,n,p\n");
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < 3000; i++) {
            csv.append(rnd.nextInt(1_000_000)).append(',').append(rnd.nextInt(1_000_000)).append(',')
                    .append(rnd.nextInt(1_000_000)).append(',').append(rnd.nextInt(100)).append(",1,10\n");
        }
        Files.writeString(dir.resolve("wide.csv"), csv);
        RunResult r = check("data w = read \"wide.csv\"\nindicator s \"S\" {\n numerator sum(n) from w\n"
                + " denominator sum(p) from w\n measure percent\n}\nshow s by a, b, c\n");
        Diagnostic d = only(r);
        assertEquals("E108", d.code());
        assertEquals(7, d.span().line());
        assertTrue(d.message().contains("(a 2999 × b") && d.message().contains("combinations"), d.message());
        assertTrue(d.hint().contains("5,000,000"), d.hint());
    }

    @Test
    void aScriptBeyondFiveMillionCharactersIsNotRead() {
        Diagnostic d = only(check("#' " + "x".repeat(5_000_000) + "\n"));
        assertEquals("E006", d.code());
        assertTrue(d.hint().contains("5000000"), d.hint());
    }

    @Test
    void aScriptOfNothingButMistakesShowsTheFirstThousandAndSaysMoreFollow() {
        RunResult r = check("show nowhere\n".repeat(5000));
        List<Diagnostic> all = r.diagnostics();
        assertEquals(se.indikator.runtime.diag.Diagnostics.MAX_SHOWN, all.size());
        assertEquals("E008", all.get(all.size() - 1).code());
        assertEquals(1000, all.get(all.size() - 1).span().line());
    }

    @Test
    void aPathWithANulCharacterIsAPositionedErrorNotAnException() {
        Diagnostic d = only(check("data x = read \"a\u0000b.csv\"\n"));
        assertEquals("E137", d.code());
        assertEquals(15, d.span().column());
    }

    @Test
    void aByteOrderMarkAtTheStartIsNotPartOfTheScript() {
        RunResult r = check("\uFEFFset suppress none\n");
        assertTrue(r.diagnostics().isEmpty(), DiagnosticPrinter.formatAll(r.diagnostics()));
    }
}
