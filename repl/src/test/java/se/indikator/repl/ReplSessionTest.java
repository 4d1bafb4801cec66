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
        assertTrue(err.contains("<2>:3:18: error[E201]: unknown column 'persns' in data 't'"), err);
        assertTrue(err.contains("hint: did you mean 'persons'?"), err);
        String ok = repl.eval("indicator r \"Rate\" {\n numerator sum(cases) from t\n denominator sum(persons) from t\n measure rate per 1000\n}");
        assertEquals("", ok);
        String table = repl.eval("show r by region");
        assertTrue(table.contains("Örebro") && table.contains("Skåne") && table.contains("Riket"), table);
    }

    @Test
    void columnsChooseWhatTablesShowAndTheWidthBoundsEveryLine() {
        repl.eval("indicator r \"Rate\" { numerator sum(cases) from t\n denominator sum(persons) from t\n measure rate per 1000 }");
        String compact = repl.eval("show r by region");
        assertFalse(compact.contains("numerator") || compact.contains("method"), compact);
        assertTrue(repl.eval(":columns counts").contains("numerator and denominator"));
        assertTrue(repl.eval("show r by region").contains("numerator"));
        assertTrue(repl.eval(":columns wide").contains("unknown columns setting 'wide'"));
        repl.eval(":columns all");
        repl.width(60);
        String all = repl.eval("show r by region");
        assertTrue(all.contains("method") && all.contains("lower_99_8"), all);
        for (String line : all.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 60, line);
        }
        assertTrue(repl.eval(":columns").contains("columns all"));
    }

    @Test
    void auditFollowsWhatTheSessionHasShownAndResetForgetsIt() {
        repl.eval("indicator r \"Rate\" { numerator sum(cases) from t\n denominator sum(persons) from t\n measure rate per 1000 }");
        assertTrue(repl.eval(":audit").contains("0 tables"), repl.eval(":audit"));
        repl.eval("show r by region, sex");
        repl.eval("set suppress below 13");
        String shown = repl.eval("show r by region, sex");
        assertTrue(shown.contains("already published"), shown);
        String audit = repl.eval(":audit");
        assertTrue(audit.contains("exposed: r, region = Örebro, sex = 1: numerator"), audit);
        assertTrue(audit.contains("pinned by: line 1 (show r by region, sex)"), audit);
        repl.eval(":reset");
        assertTrue(repl.eval(":audit").contains("0 tables"), repl.eval(":audit"));
    }

    @Test
    void controlCharactersInDataAndInputAreShownEscaped() throws IOException {
        Files.writeString(dir.resolve("e.csv"), "region;cases;persons\n\u001b[31mRöd\u001b[0m;30;1000\n\u009b2J;12;800\n");
        repl.eval("data e = read \"e.csv\"");
        repl.eval("indicator q \"Rate\" { numerator sum(cases) from e\n denominator sum(persons) from e\n measure rate per 1000 }");
        String table = repl.eval("show q by region");
        assertTrue(table.contains("\\x1b[31mRöd\\x1b[0m") && table.contains("\\x9b2J"), table);
        String error = repl.eval("show q by \u001b]0;x\u0007");
        assertTrue(error.contains("\\x1b]0;x\\x07"), error);
        String describe = repl.eval(":describe e");
        for (String out : java.util.List.of(table, error, describe, repl.eval(":data"), repl.eval(":show q"))) {
            assertFalse(out.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), out);
        }
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
        assertEquals("Show indicators=[r] by=[region]\nshow r by region\n", repl.eval(":ast show r by region"));
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
    void astShowsEachStatementsTreeAndCanonicalText() {
        assertEquals("""
                Show indicators=[r] by=[region]
                  where: Logical op=AND
                    operands[0]: Not
                      operand: Logical op=OR
                        operands[0]: ColumnRef name="a"
                        operands[1]: ColumnRef name="b"
                    operands[1]: Binary op=GE
                      left: ColumnRef name="age"
                      right: NumberLit value=0.9 percent=true text="90%"
                show r by region where not (a or b) and age >= 90%

                Unit names=[region, vårdenhet]
                unit region, vårdenhet
                """, repl.eval(":ast show r   by region where not(a or b) and\n  age>=90%\nunits region,vårdenhet"));
        repl.eval("set language sv");
        assertEquals("SetLanguage language=sv\nset language sv\n", repl.eval(":ast"));
        String broken = repl.eval(":ast show r by");
        assertTrue(broken.contains("error[E003]: the statement is not finished"), broken);
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
