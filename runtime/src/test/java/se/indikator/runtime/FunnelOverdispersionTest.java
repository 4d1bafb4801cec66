package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * Spiegelhalter's (2005) overdispersed funnel limits through the language, on units chosen so that the
 * formulas can be followed by hand: four units of 100 with 40, 40, 60 and 60 cases. The baseline is
 * 0.5, each unit's null standard error √(0.25/100) = 0.05 and its z-score ±2; with four equal
 * |z| the 10% winsorising changes nothing, so φ = Σz²/I = 4. Multiplicative 95% limits:
 * 0.5 ± 1.959964·√4·0.05. Additive: w = 1/s² = 400, τ² = (Iφ − (I − 1))/(Σw − Σw²/Σw) = 13/1200, limits
 * 0.5 ± 1.959964·√(0.0025 + 13/1200). Tolerance 1e-9 relative (closed forms and a normal quantile).
 */
class FunnelOverdispersionTest {
    private static final double Z95 = 1.959963984540054;
    private static final double Z998 = 3.090232306167813;

    @TempDir
    Path dir;

    @Test
    void multiplicativeAndAdditiveLimitsFollowSpiegelhaltersFormulas() throws IOException {
        Files.writeString(dir.resolve("units.csv"), "unit,cases,persons\nA,40,100\nB,40,100\nC,60,100\nD,60,100\n");
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("od.ind", """
                set suppress none
                data units = read "units.csv"
                funnel proportion of cases / persons from units by unit per 100 dispersion multiplicative to "m.csv"
                funnel proportion of cases / persons from units by unit per 100 dispersion additive to "a.csv"
                """));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        double se = 0.05;
        double tau2 = 13.0 / 1200;
        check("m.csv", 100 * Z95 * 2 * se, 100 * Z998 * 2 * se);
        check("a.csv", 100 * Z95 * Math.sqrt(se * se + tau2), 100 * Z998 * Math.sqrt(se * se + tau2));
    }

    private void check(String file, double half95, double half998) throws IOException {
        List<Map<String, String>> rows = ReferenceThroughLanguageTest.csv(Files.readString(dir.resolve(file)));
        assertEquals(5, rows.size(), "total and four units");
        for (Map<String, String> row : rows.subList(1, rows.size())) {
            String what = file + " " + row.get("unit");
            ReferenceThroughLanguageTest.assertClose(String.valueOf(50 - half95), row.get("limit_lower_95"), what);
            ReferenceThroughLanguageTest.assertClose(String.valueOf(50 + half95), row.get("limit_upper_95"), what);
            ReferenceThroughLanguageTest.assertClose(String.valueOf(50 - half998), row.get("limit_lower_99_8"), what);
            ReferenceThroughLanguageTest.assertClose(String.valueOf(50 + half998), row.get("limit_upper_99_8"), what);
            assertEquals("Not significant", row.get("funnel"), what);
        }
    }
}
