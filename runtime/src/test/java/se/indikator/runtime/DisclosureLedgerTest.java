package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.disclosure.Audit;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.session.Session;

/**
 * The run's disclosure ledger on microdata small enough to reason about by hand. Three regions, two sexes
 * and three persons of unknown sex; events (numerator / persons):
 *
 * <pre>
 *            K        M       unknown
 *   A      3/40    12/50
 *   B     20/60    15/55      0/3
 *   C      8/30     2/25
 * </pre>
 *
 * Under {@code set suppress below 5} A·K (3) and C·M (2) are protected. Each test publishes tables an
 * attacker would combine and checks, by the arithmetic written out in the test, that the protected count
 * is no longer recoverable — and that the audit agrees.
 */
class DisclosureLedgerTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void data() throws IOException {
        StringBuilder csv = new StringBuilder("region,kon,event\n");
        add(csv, "A", "K", 3, 40);
        add(csv, "A", "M", 12, 50);
        add(csv, "B", "K", 20, 60);
        add(csv, "B", "M", 15, 55);
        add(csv, "B", "", 0, 3);
        add(csv, "C", "K", 8, 30);
        add(csv, "C", "M", 2, 25);
        Files.writeString(dir.resolve("persons.csv"), csv, StandardCharsets.UTF_8);
        // the same without the three of unknown sex, whose protection would hide a sex's margin anyway
        StringBuilder known = new StringBuilder();
        csv.toString().lines().filter(l -> !l.startsWith("B,,")).forEach(l -> known.append(l).append('\n'));
        Files.writeString(dir.resolve("known.csv"), known, StandardCharsets.UTF_8);
    }

    private static void add(StringBuilder csv, String region, String kon, int events, int persons) {
        for (int i = 0; i < persons; i++) {
            csv.append(region).append(',').append(kon).append(',').append(i < events ? 1 : 0).append('\n');
        }
    }

    private static final String HEAD = """
            data persons = read "persons.csv"
            unit region
            indicator ev "Event" {
                cohort    persons
                numerator event == 1
                measure   percent
            }
            """;

    private record Ran(Session session, RunResult result) {
        List<ResultTable> tables() {
            return result.statements().stream().flatMap(s -> s.outputs().stream())
                    .filter(o -> o instanceof Output.Table).map(o -> ((Output.Table) o).table()).toList();
        }

        List<Diagnostic> warnings() {
            List<Diagnostic> out = new ArrayList<>(result.diagnostics());
            result.statements().forEach(s -> s.outputs().stream().filter(o -> o instanceof Output.Message)
                    .forEach(o -> out.add(((Output.Message) o).diagnostic())));
            return out;
        }
    }

    private static Ran run(String body) {
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("ledger.ind", HEAD + body));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        return new Ran(s, r);
    }

    /** The numerator of the row whose first columns are these labels, or null when it is hidden. */
    private static Double numerator(ResultTable t, String... labels) {
        for (int row = 0; row < t.rows().size(); row++) {
            boolean match = true;
            for (int k = 0; k < labels.length; k++) {
                match &= labels[k].equals(String.valueOf(t.rows().get(row).get(k)));
            }
            if (match) {
                Object v = t.cell(row, "numerator");
                return v instanceof Number n ? n.doubleValue() : null;
            }
        }
        throw new AssertionError("no row " + List.of(labels) + " in\n" + se.indikator.runtime.result.TextTable.render(t));
    }

    @Test
    void theNationalRowMinusTheVisibleGroupsDoesNotGiveAHiddenOne() {
        Ran r = run("set suppress below 5\nshow ev by region, kon\n");
        ResultTable t = r.tables().get(0);
        assertNull(numerator(t, "A", "K"));
        assertNull(numerator(t, "C", "M"));
        // the country's women (31) minus the shown women's regions must leave at least two cells unknown
        int hiddenWomen = 0;
        for (String region : List.of("A", "B", "C")) {
            hiddenWomen += numerator(t, region, "K") == null ? 1 : 0;
        }
        assertTrue(hiddenWomen >= 2, se.indikator.runtime.result.TextTable.render(t));
        assertTrue(r.session().audit().passes(), r.session().audit().report());
    }

    @Test
    void marginsInAnotherTableDoNotUndoTheSuppression() {
        Ran r = run("set suppress below 5\nshow ev by region\nshow ev by region, kon\n");
        ResultTable byRegion = r.tables().get(0);
        ResultTable both = r.tables().get(1);
        assertEquals(15.0, numerator(byRegion, "A"));
        // A·K + A·M = 15 is published, so A·M must not be shown beside a hidden A·K
        assertNull(numerator(both, "A", "K"));
        assertNull(numerator(both, "A", "M"), se.indikator.runtime.result.TextTable.render(both));
        assertNull(numerator(both, "C", "M"));
        assertNull(numerator(both, "C", "K"), se.indikator.runtime.result.TextTable.render(both));
        assertTrue(r.session().audit().passes(), r.session().audit().report());
    }

    @Test
    void aComplementaryWhereIsHiddenWhenItWouldGiveTheCountAway() {
        Ran r = run("set language en\nset suppress below 5\nshow ev by kon\nshow ev by kon where region == \"A\"\n"
                + "show ev by kon where region != \"A\"\n");
        ResultTable women = r.tables().get(0);
        ResultTable inA = r.tables().get(1);
        ResultTable rest = r.tables().get(2);
        assertNull(numerator(inA, "A", "K"), se.indikator.runtime.result.TextTable.render(inA));
        // the country's women minus the women outside A would give A·K = 3
        Double allWomen = numerator(women, "K");
        Double womenOutsideA = numerator(rest, "region != \"A\"", "K");
        assertTrue(allWomen == null || womenOutsideA == null, se.indikator.runtime.result.TextTable.render(rest));
        assertTrue(r.session().audit().passes(), r.session().audit().report());
    }

    @Test
    void aGroupABreakdownLeavesOutIsProtectedToo() {
        // the country (60) minus women (31) and men (29) would say that none of the 3 of unknown sex had the event
        Ran r = run("set suppress below 5\nshow ev by kon\n");
        ResultTable t = r.tables().get(0);
        boolean someHidden = numerator(t, "K") == null || numerator(t, "M") == null;
        assertTrue(someHidden, se.indikator.runtime.result.TextTable.render(t));
        assertTrue(r.session().audit().passes(), r.session().audit().report());
    }

    @Test
    void aGroupLeftOutIsProtectedWhenItsCountTakesSeveralTablesToWorkOut() {
        // the country (60) minus its women (31) and men (29) gives the 3 of unknown sex in B only once both
        // margins are published, and B's total minus B's women and men gives it again; every statement reads
        // its rows through the same ledger
        Ran r = run("set language en\nset suppress below 5\nrank ev by region\nplot ev by region, kon as grouped\n"
                + "show ev by kon where region == \"A\"\ncompare ev across kon within region\nfunnel ev by region\n"
                + "show ev by region, kon\n");
        assertTrue(r.session().audit().passes(), r.session().audit().report());
        ResultTable last = r.tables().get(r.tables().size() - 1);
        Double women = numerator(last, "B", "K");
        Double men = numerator(last, "B", "M");
        assertTrue(women == null || men == null, se.indikator.runtime.result.TextTable.render(last));
    }

    /** Every person's sex known, and an indicator of all events. */
    private static final String KNOWN = """
            set language en
            data known = read "known.csv"
            indicator ev3 "Event" {
                cohort    known
                numerator event == 1
                measure   percent
            }
            """;

    /**
     * Under a rule, the events by region and sex, the country's events by sex, and another indicator's by sex that
     * leaves region C out ({@code cohort} and {@code numerator} its clauses): the country's men (29 events) minus
     * the men outside C (12 + 15) would give C·M = 2, so one of the two must be hidden, and the audit must pass.
     */
    private static void leftOutRegionStaysProtected(String more, String cohort, String numerator, String measure) {
        Ran r = run(KNOWN + more + "set suppress below 5\nindicator ev4 \"Event outside C\" {\n    cohort " + cohort
                + "\n    numerator " + numerator + "\n    measure " + measure + "\n}\n"
                + "show ev3 by region, kon\nshow ev3 by kon\nshow ev4 by kon\n");
        assertNull(numerator(r.tables().get(0), "C", "M"));
        Double men = numerator(r.tables().get(1), "M");
        Double menOutsideC = numerator(r.tables().get(2), "M");
        assertTrue(men == null || menOutsideC == null, se.indikator.runtime.result.TextTable.render(r.tables().get(1))
                + se.indikator.runtime.result.TextTable.render(r.tables().get(2)));
        assertTrue(r.session().audit().passes(), r.session().audit().report());
    }

    @Test
    void anotherIndicatorWhoseCohortLeavesOutARegionDoesNotGiveItsCountsAway() {
        leftOutRegionStaysProtected("", "known where region != \"C\"", "event == 1", "percent");
    }

    @Test
    void theSameFileReadTwiceUnderAnotherNameIsTheSameMicrodata() {
        leftOutRegionStaysProtected("data again = read \"known.csv\"\n", "again where region != \"C\"", "event == 1",
                "percent");
    }

    @Test
    void anIndicatorWhoseNumeratorLeavesOutARegionDoesNotGiveItsCountsAway() {
        leftOutRegionStaysProtected("", "known", "event == 1 and region != \"C\"", "percent");
    }

    @Test
    void aRateOverTheSameRowsCountsWhatAPercentageCounts() {
        leftOutRegionStaysProtected("", "known", "event == 1 and region != \"C\"", "rate per 1000");
        leftOutRegionStaysProtected("", "known where region != \"C\"", "event == 1", "proportion");
    }

    /**
     * Published under no rule, two margins by sex — of {@code first}, then of {@code second} — and then, under a
     * rule, ev3's cells by region and sex: the margins give C·M = 2 by subtraction, and the audit must name it.
     */
    private static void auditNamesTheSubtraction(String indicator, String first, String second) {
        Ran r = run(KNOWN + indicator + "set suppress none\nshow " + first + " by kon\nshow " + second + " by kon\n"
                + "set suppress below 5\nshow ev3 by region, kon\n");
        Audit a = r.session().audit();
        assertFalse(a.passes(), a.report());
        assertTrue(a.report().contains("region = C, kon = M: numerator"), a.report());
    }

    @Test
    void theAuditSeesThroughAnotherIndicatorsCohort() {
        auditNamesTheSubtraction("indicator ev2 \"Event outside C\" {\n cohort known where region != \"C\"\n"
                + " numerator event == 1\n measure percent\n}\n", "ev3", "ev2");
    }

    @Test
    void theAuditSeesANarrowerNumeratorPublishedFirst() {
        // the narrower numerator's table comes before the wider indicator's first: the ledger takes it in then
        auditNamesTheSubtraction("indicator ev5 \"Event outside C\" {\n cohort known\n"
                + " numerator event == 1 and region != \"C\"\n measure percent\n}\n", "ev5", "ev3");
    }

    @Test
    void theAuditNamesACountPublishedBeforeTheRuleAndTheTableThatDidIt() {
        Ran r = run("set suppress none\nshow ev by region, kon\nset suppress below 5\nshow ev by region, kon\n");
        Audit a = r.session().audit();
        assertFalse(a.passes());
        String report = a.report();
        assertTrue(report.contains("region = A, kon = K: numerator"), report);
        assertTrue(report.contains("line 9"), report); // the table under 'set suppress none'
        assertTrue(r.warnings().stream().anyMatch(d -> d.code().equals("W161")), r.warnings().toString());
    }

    @Test
    void withoutARuleNothingIsProtectedAndTheAuditSaysSo() {
        Ran r = run("set suppress none\nshow ev by region, kon\n");
        Audit a = r.session().audit();
        assertTrue(a.passes());
        assertEquals(0, a.protectedCounts());
        assertTrue(a.report().contains("no disclosure rule"), a.report());
    }
}
