package se.indikator.stdlib.survival;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvariantsTest {

    private static final double[] TIMES = {0.5, 182.6205, 365.241, 1000, 1826.205, 3652.41, 6000};

    private static ExpectedSurvival noBackgroundMortality() {
        List<LifeTableRow> rows = new ArrayList<>();
        for (int sex = 1; sex <= 2; sex++) {
            for (int age = 0; age <= 100; age++) {
                for (int year = 1990; year <= 2030; year++) {
                    rows.add(new LifeTableRow(sex, age, year, 0.0));
                }
            }
        }
        return new ExpectedSurvival(LifeTable.fromAnnualQ(rows, RelsurvReference.DAYS_PER_YEAR));
    }

    /** Kaplan–Meier and √Σ d/n² computed directly from the patients. */
    private static double[] kaplanMeier(List<Patient> cohort, double t) {
        TreeSet<Double> deaths = new TreeSet<>();
        for (Patient p : cohort) {
            if (p.died()) {
                deaths.add(p.timeDays());
            }
        }
        double s = 1;
        double v = 0;
        for (double u : deaths.headSet(t, true)) {
            int n = 0;
            int d = 0;
            for (Patient p : cohort) {
                if (p.timeDays() >= u) {
                    n++;
                    if (p.died() && p.timeDays() == u) {
                        d++;
                    }
                }
            }
            s *= 1 - (double) d / n;
            v += (double) d / ((double) n * n);
        }
        return new double[] {s, Math.sqrt(v)};
    }

    @ParameterizedTest(name = "{0} equals Kaplan–Meier when the population never dies")
    @EnumSource(RelativeSurvivalMethod.class)
    void zeroBackgroundIsKaplanMeier(RelativeSurvivalMethod method) {
        List<Patient> cohort = RelsurvReference.cohort();
        RelativeSurvivalCurve curve = RelativeSurvival.curve(method, cohort, noBackgroundMortality());
        for (double t : TIMES) {
            double[] km = kaplanMeier(cohort, t);
            SurvivalEstimate e = curve.at(t);
            assertEquals(km[0], e.value(), 1e-12, method + " at " + t);
            assertEquals(km[0] * km[1], e.stdErr(), 1e-12, method + " se at " + t);
        }
    }

    @Test
    @DisplayName("with no deaths, Ederer I is 1 / the cohort's mean expected survival")
    void noDeathsEdererI() {
        List<Patient> censored = allCensored();
        ExpectedSurvival expected = new ExpectedSurvival(RelsurvReference.lifeTable());
        RelativeSurvivalCurve curve = EdererI.curve(censored, expected);
        for (double t : new double[] {365.241, 2000, 3652.41}) {
            // the curve steps at follow-up times; read it at the last one before t
            double last = lastTimeAtOrBefore(censored, t);
            assertEquals(1 / expected.meanSurvival(censored, last), curve.at(t).value(), 1e-12);
            assertEquals(0.0, curve.at(t).stdErr());
        }
    }

    @Test
    @DisplayName("with no deaths, Hakulinen for one patient is 1 / that patient's expected survival")
    void noDeathsHakulinenSingle() {
        ExpectedSurvival expected = new ExpectedSurvival(RelsurvReference.lifeTable());
        Patient p = Patient.of(1, 71.5, LocalDate.of(2003, 8, 30), 4000, false, RelsurvReference.DAYS_PER_YEAR);
        SurvivalEstimate e = Hakulinen.curve(List.of(p), expected).at(4000);
        assertEquals(1 / expected.survival(p, 4000), e.value(), 1e-12);
        assertTrue(e.value() > 1.2, "an old patient's relative survival exceeds 1 when nobody dies");
    }

    @ParameterizedTest(name = "{0}: with no deaths survival never falls and has zero standard error")
    @EnumSource(RelativeSurvivalMethod.class)
    void noDeathsNeverFalls(RelativeSurvivalMethod method) {
        RelativeSurvivalCurve curve = RelativeSurvival.curve(method, allCensored(),
                new ExpectedSurvival(RelsurvReference.lifeTable()));
        double prev = 1;
        for (double s : curve.survival()) {
            assertTrue(s >= prev, method + " fell from " + prev + " to " + s);
            prev = s;
        }
        assertTrue(prev > 1.05);
        for (double se : curve.logStdErr()) {
            assertEquals(0.0, se);
        }
    }

    @ParameterizedTest(name = "{0}: the log interval brackets the estimate and is symmetric in log S")
    @EnumSource(RelativeSurvivalMethod.class)
    void logInterval(RelativeSurvivalMethod method) {
        RelativeSurvivalCurve curve = RelativeSurvival.curve(method, RelsurvReference.cohort(),
                new ExpectedSurvival(RelsurvReference.lifeTable()));
        SurvivalEstimate e = curve.at(1826.205);
        assertTrue(e.lower95() < e.value() && e.value() < e.upper95());
        assertEquals(Math.log(e.value()) - Math.log(e.lower95()), Math.log(e.upper95()) - Math.log(e.value()), 1e-12);
        assertEquals(SurvivalEstimate.Z95 * e.logStdErr(), Math.log(e.upper95() / e.value()), 1e-12);
    }

    @Test
    @DisplayName("before the first follow-up time survival is 1 and everyone is at risk")
    void beforeFirstTime() {
        List<Patient> cohort = RelsurvReference.cohort();
        SurvivalEstimate e = PoharPerme.curve(cohort, new ExpectedSurvival(RelsurvReference.lifeTable())).at(1);
        assertEquals(1.0, e.value());
        assertEquals(300, e.nRisk());
    }

    @Test
    @DisplayName("an empty cohort is rejected")
    void empty() {
        ExpectedSurvival expected = new ExpectedSurvival(RelsurvReference.lifeTable());
        for (RelativeSurvivalMethod m : RelativeSurvivalMethod.values()) {
            assertThrows(IllegalArgumentException.class, () -> RelativeSurvival.curve(m, List.of(), expected));
        }
    }

    private static List<Patient> allCensored() {
        List<Patient> out = new ArrayList<>();
        for (Patient p : RelsurvReference.cohort()) {
            out.add(p.withFollowUp(p.timeDays(), false));
        }
        return out;
    }

    private static double lastTimeAtOrBefore(List<Patient> cohort, double t) {
        double best = 0;
        for (Patient p : cohort) {
            if (p.timeDays() <= t) {
                best = Math.max(best, p.timeDays());
            }
        }
        return best;
    }
}
