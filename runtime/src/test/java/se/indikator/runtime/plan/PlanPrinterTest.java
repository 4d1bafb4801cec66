package se.indikator.runtime.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String plan = s.explain("tears by region");
        assertEquals("""
                result tears by region
                  suppress default numerator < 5; secondary
                    statistic percent, wilson, levels 95%, 99.8%
                      aggregate count(*), count(*) where tear >= 3 or tear is missing by region
                        filter parity == 1 and (delivery == "vaginal" or age >= 40)
                          scan births (2 rows)
                reference: the total of this result (compared with all groups of region together (no unit of comparison))
                physical plan: 1 loop, 1 pass for 1 logical pass
                  loop over births (2 rows): 1 pass in 1 frame
                    frame where parity == 1 and (delivery == "vaginal" or age >= 40), by region
                      count(*), count(*) where tear >= 3 or tear is missing — tears cohort
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
        String plan = s.explain("older");
        assertEquals("""
                result older
                  suppress default numerator < 5; secondary
                    statistic proportion, wilson, levels 95%, 99.8%
                      aggregate count(*), count(*) where tear > 1 - -1
                        filter (age > 35 or parity > 1) and not (delivery == "cesarean" and age < 20)
                          scan births (2 rows)
                reference: none (every row is the whole population's own value)
                physical plan: 1 loop, 1 pass for 1 logical pass
                  loop over births (2 rows): 1 pass in 1 frame
                    frame where (age > 35 or parity > 1) and not (delivery == "cesarean" and age < 20)
                      count(*), count(*) where tear > 1 - -1 — older cohort
                """, plan);
    }

    @Test
    void theReferenceAndSharedPassesArePrinted() throws IOException {
        Session s = session("""
                unit region
                indicator tears "Tears" {
                    cohort births
                    numerator tear >= 3
                    measure percent
                }
                indicator late "Late" {
                    cohort births
                    numerator age >= 40
                    measure percent
                }
                """);
        String plan = s.explain("tears, late by region, parity where delivery == \"vaginal\"");
        assertTrue(plan.contains("reference: compared with the whole country, delivery vaginal, same parity\n"), plan);
        assertTrue(plan.contains("  result tears by parity\n"), plan);
        assertTrue(plan.contains("physical plan: 1 loop, 4 passes for 4 logical passes\n"
                + "  loop over births (2 rows): 4 passes in 2 frames\n"
                + "    frame where delivery == \"vaginal\", by region, parity\n"), plan);
        assertTrue(plan.contains("count(*), count(*) where age >= 40 — late reference cohort\n"), plan);
        assertTrue(s.explain("tears by regio").contains("unknown breakdown or column 'regio'"));
    }
}
