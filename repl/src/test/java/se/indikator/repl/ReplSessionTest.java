package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.parse.Completeness;

/** The shell's headless core: statements, errors that leave the session alive, and the :commands. */
class ReplSessionTest {
    @TempDir
    Path dir;
    ReplSession repl;

    @BeforeEach
    void data() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "region;sex;cases;persons\nSkåne;1;30;1000\nSkåne;2;25;1100\nÖrebro;1;12;800\nÖrebro;2;14;700\n");
        repl = new ReplSession(dir);
        assertEquals("", repl.eval("set suppress none\ndata t = read \"t.csv\""));
    }

    @Test
    void aMistakeIsPositionedAndTheSessionGoesOn() {
        String err = repl.eval("indicator r \"Rate\" {\n numerator sum(cases) from t\n denominator sum(persns) from t\n measure rate per 1000\n}");
        assertTrue(err.contains("<2>:3:18: error: unknown column 'persns' in data 't'"), err);
        assertTrue(err.contains("hint: did you mean 'persons'?"), err);
        String ok = repl.eval("indicator r \"Rate\" {\n numerator sum(cases) from t\n denominator sum(persons) from t\n measure rate per 1000\n}");
        assertEquals("", ok);
        String table = repl.eval("show r by region");
        assertTrue(table.contains("Örebro") && table.contains("Skåne") && table.contains("Riket"), table);
    }

    @Test
    void commands() throws IOException {
        repl.eval("indicator r \"Rate\" { numerator sum(cases) from t\n denominator sum(persons) from t\n measure rate per 1000 }");
        assertTrue(repl.eval(":data").contains("t                         4 rows"), repl.eval(":data"));
        String describe = repl.eval(":describe t");
        assertTrue(describe.contains("region") && describe.contains("persons"), describe);
        assertTrue(repl.eval(":describe tt").contains("did you mean 't'?"));
        assertTrue(repl.eval(":indicators").startsWith("r              Rate (rate per 1000)"));
        assertTrue(repl.eval(":show r").contains("measure rate per 1000"));
        assertTrue(repl.eval(":plan r by region").contains("scan t (4 rows)"), repl.eval(":plan r by region"));
        assertTrue(repl.eval(":ast show r by region").contains("Show["), repl.eval(":ast show r by region"));
        assertTrue(repl.eval(":set").contains("suppress below 0.0"));
        assertTrue(repl.eval(":help").contains(":describe NAME"));
        assertTrue(repl.eval(":frobnicate").contains("unknown command"));
        assertEquals("saved 2 inputs to s.ind\n", repl.eval(":save s.ind"));
        assertTrue(Files.readString(dir.resolve("s.ind")).contains("data t = read \"t.csv\""));
        assertEquals("session cleared\n", repl.eval(":reset"));
        assertTrue(repl.eval(":indicators").contains("no indicators"));
        repl.eval(":load s.ind");
        assertTrue(repl.eval(":indicators").contains("Rate"));
        assertFalse(repl.quitRequested());
        repl.eval(":quit");
        assertTrue(repl.quitRequested());
    }

    @Test
    void unfinishedStatementsContinue() {
        assertFalse(Completeness.isComplete("indicator x \"X\" {"));
        assertFalse(Completeness.isComplete("data t = read \"t.csv"));
        assertFalse(Completeness.isComplete("show x by"));
        assertFalse(Completeness.isComplete("show x where a == 1 and"));
        assertTrue(Completeness.isComplete("show x by region"));
        assertTrue(Completeness.isComplete("indicator x \"X\" {\n measure percent\n}"));
    }
}
