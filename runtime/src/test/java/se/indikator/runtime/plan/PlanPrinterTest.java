package se.indikator.runtime.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/** The printed plan writes its conditions from the syntax tree, whole even when they span lines. */
class PlanPrinterTest {
    @TempDir
    Path dir;

    private Session session(String script) throws IOException {
        Files.writeString(dir.resolve("b.csv"), "region;parity;tear;delivery;age\nA;1;3;vaginal;30\nB;2;1;cesarean;41\n");
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("p.ind", "data births = read \"b.csv\"\n" + script));
        assertFalse(r.hasErrors(), () -> DiagnosticPrinter.formatAll(r.diagnostics()));
        return s;
    }

    @Test
    void conditionsOverSeveralLinesArePrintedWhole() throws IOException {
        Session s = session("""
                indicator tears "Tears" {
                    cohort births where parity == 1
                        and (delivery == "vaginal"
                             or age  >=  40)
                    numerator tear >= 3 or
                        tear is missing
                    measure percent
                }
                """);
        String plan = PlanPrinter.print(s.plan("tears", List.of("region")).orElseThrow());
        assertEquals("""
                result tears by region
                  suppress default numerator < 5; secondary
                    statistic percent, wilson, levels 95%, 99.8%
                      aggregate count(*), count(*) where tear >= 3 or tear is missing by region
                        filter parity == 1 and (delivery == "vaginal" or age >= 40)
                          scan births (2 rows)
                """, plan);
    }

    @Test
    void theFiltersOfAPassAreOneConjunction() throws IOException {
        Session s = session("""
                indicator older "Older" {
                    cohort births where age > 35 or parity > 1
                    denominator not (delivery == "cesarean" and age < 20)
                    numerator tear > 1 - -1
                    measure proportion
                }
                """);
        String plan = PlanPrinter.print(s.plan("older", List.of()).orElseThrow());
        assertEquals("""
                result older
                  suppress default numerator < 5; secondary
                    statistic proportion, wilson, levels 95%, 99.8%
                      aggregate count(*), count(*) where tear > 1 - -1
                        filter (age > 35 or parity > 1) and not (delivery == "cesarean" and age < 20)
                          scan births (2 rows)
                """, plan);
    }
}
