package se.indikator.stdlib.survival;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

/**
 * All four estimators against relsurv 2.2-9 {@code rs.surv} on reference case B. The README asks
 * 1e-9 relative for the estimates; value, standard error and both limits agree to about 2e-15, so
 * all are held to 1e-12.
 */
class RelsurvReferenceTest {

    private static final double TOL = 1e-12;
    private static final Map<RelativeSurvivalMethod, RelativeSurvivalCurve> CURVES =
            new EnumMap<>(RelativeSurvivalMethod.class);
    private static List<Row> results;

    @BeforeAll
    static void compute() {
        ExpectedSurvival expected = new ExpectedSurvival(RelsurvReference.lifeTable());
        List<Patient> cohort = RelsurvReference.cohort();
        for (RelativeSurvivalMethod m : RelativeSurvivalMethod.values()) {
            CURVES.put(m, RelativeSurvival.curve(m, cohort, expected));
        }
        results = RelsurvReference.results();
    }

    @Test
    @DisplayName("the reference has 4 methods at 7 times and the cohort 300 patients")
    void referenceShape() {
        assertEquals(28, results.size());
        assertEquals(300, RelsurvReference.cohort().size());
    }

    @ParameterizedTest(name = "{0} matches rs.surv at 0.5, 1, 2, 3, 5, 8 and 10 years")
    @ValueSource(strings = {"pohar-perme", "ederer2", "ederer1", "hakulinen"})
    void matchesRelsurv(String method) {
        RelativeSurvivalCurve curve = CURVES.get(RelativeSurvivalMethod.byRelsurvName(method));
        int rows = 0;
        for (Row r : results) {
            if (!r.text("method").equals(method)) {
                continue;
            }
            rows++;
            double t = r.num("time_days");
            SurvivalEstimate e = curve.at(t);
            String what = method + " at " + r.text("time_years") + " years";
            assertEquals((int) r.num("n_risk"), e.nRisk(), what + " n_risk");
            assertRel(r.num("rel_surv"), e.value(), TOL, what + " rel_surv");
            assertRel(r.num("std_err"), e.stdErr(), TOL, what + " std_err");
            assertRel(r.num("lower95"), e.lower95(), TOL, what + " lower95");
            assertRel(r.num("upper95"), e.upper95(), TOL, what + " upper95");
            assertEquals(t, e.timeDays());
        }
        assertEquals(7, rows);
    }

    @Test
    @DisplayName("the facade gives the same estimates as the curve")
    void facade() {
        ExpectedSurvival expected = new ExpectedSurvival(RelsurvReference.lifeTable());
        List<Patient> cohort = RelsurvReference.cohort();
        SurvivalEstimate five = RelativeSurvival.estimateAt(RelativeSurvivalMethod.EDERER_II, cohort, expected,
                5 * RelsurvReference.DAYS_PER_YEAR);
        assertRel(0.520293870955238, five.value(), TOL, "Ederer II at 5 years");
        List<SurvivalEstimate> two = RelativeSurvival.estimate(RelativeSurvivalMethod.EDERER_I, cohort, expected,
                182.6205, 3652.41);
        assertRel(0.8847253088585236, two.get(0).value(), TOL, "Ederer I at 0.5 years");
        assertRel(0.49747593806796253, two.get(1).value(), TOL, "Ederer I at 10 years");
    }

    @Test
    @DisplayName("Pohar Perme depends on the daily integration steps: exact-looking finer steps move it")
    void precisionMatters() {
        ExpectedSurvival expected = new ExpectedSurvival(RelsurvReference.lifeTable());
        List<Patient> cohort = RelsurvReference.cohort().subList(0, 60);
        double daily = PoharPerme.curve(cohort, expected, 1.0).at(1826.205).value();
        double coarse = PoharPerme.curve(cohort, expected, 30.0).at(1826.205).value();
        // close, but not the same number: relsurv's answer is tied to its 1-day steps
        assertEquals(daily, coarse, 1e-3);
        org.junit.jupiter.api.Assertions.assertNotEquals(daily, coarse);
    }
}
