package se.indikator.runtime.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * The site is derived from the declarations: the library's active indicators, the regions as units, the
 * period where the data have one, the reporting groups each indicator's data allow and sex as the filter; and
 * the publication's statements compare each group with the whole country in the same period.
 */
class SitePlanTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    private static SitePlan plan() throws Exception {
        Session session = new Session(EXAMPLES);
        RunResult r = session.runFile(EXAMPLES.resolve("publication.ind"), false);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        SitePlan.Result result = SitePlan.of(session.catalog());
        assertTrue(result.plan().isPresent(), result.problem());
        return result.plan().get();
    }

    @Test
    void theLibrarysDeclarationsGiveThePages() throws Exception {
        SitePlan plan = plan();
        assertEquals("region", plan.unit());
        assertEquals("kön", plan.filter());
        assertEquals(List.of("Kvinnor", "Män"), plan.filterCategories());
        assertEquals(List.of("op90", "amenable", "survival5", "suicide", "inactivity", "tears", "apgar", "overcrowding", "wrong_ward",
                "sedatives", "avoid", "medellivslängd30"), plan.pages().stream().map(SitePlan.Page::name).toList());
        assertEquals(List.of("timely: its status is 'under review'"), plan.skipped());
        SitePlan.Page op90 = plan.page("op90").orElseThrow();
        assertTrue(op90.byPeriod() && op90.filtered());
        assertEquals(List.of("kön", "åldersgrupp", "födelseland"), op90.breakdowns(), "referrals have no education");
        SitePlan.Page tears = plan.page("tears").orElseThrow();
        assertFalse(tears.filtered(), "births have no sex column");
        assertEquals(List.of("moderns_ålder", "moderns_födelseland"), tears.breakdowns());
        assertFalse(plan.page("survival5").orElseThrow().byPeriod(), "the cancer register has no year");
        assertEquals(List.of(), plan.page("overcrowding").orElseThrow().breakdowns(), "beds are counted by region only");
    }

    @Test
    void thePublicationIsOrdinaryStatementsThatCheck() throws Exception {
        SitePlan plan = plan();
        PublicationScript ps = PublicationScript.of(plan, true);
        assertTrue(ps.text().startsWith("set language sv\nshow op90 by region, year\nshow op90 by region, year, kön\n"
                + "show op90 by kön, year\nshow op90 by åldersgrupp, year\nshow op90 by födelseland, year\n"), ps.text());
        assertEquals(ps.text().lines().count() - 1, ps.tables().size());
        Session session = new Session(EXAMPLES);
        session.runFile(EXAMPLES.resolve("publication.ind"), false);
        RunResult checked = session.check(new SourceFile("<publication>", ps.text()));
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
    }

    @Test
    void withoutUnitsNothingIsPlanned() {
        Session session = new Session(EXAMPLES);
        session.run(new SourceFile("s.ind", "data t = read \"data/operations.csv\"\n"));
        SitePlan.Result r = SitePlan.of(session.catalog());
        assertTrue(r.plan().isEmpty());
        assertEquals("the script declares no active indicator", r.problem());
    }

    @Test
    void slugsAreAsciiFileNames() {
        assertEquals("vastra-gotaland", Slugs.of("Västra Götaland"));
        assertEquals("medellivslangd30", Slugs.of("medellivslängd30"));
        assertEquals("jamtland-harjedalen", Slugs.of("Jämtland Härjedalen"));
        assertTrue(Slugs.of("–").startsWith("x"));
    }
}
