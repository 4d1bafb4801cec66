package se.indikator.stdlib.survival;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event-driven sums ({@link StepSweep} behind {@link DailyStepSums}) against the straightforward
 * daily loop ({@link DailyStepSumsReference}) on a random cohort split into groups and strata, with
 * a life table that changes every year and diagnoses before, inside and after its years.
 */
class StepSweepAgreementTest {

    private static final double TOL = 1e-12;
    private static ExpectedSurvival expected;

    @BeforeAll
    static void lifeTable() {
        Random r = new Random(7);
        List<LifeTableRow> rows = new ArrayList<>();
        for (int sex = 1; sex <= 2; sex++) {
            for (int age = 0; age <= 100; age++) {
                for (int year = 1995; year <= 2015; year++) {
                    double q = Math.min(0.9, 0.0005 * Math.exp(0.085 * age) * (0.8 + 0.4 * r.nextDouble()));
                    rows.add(new LifeTableRow(sex, age, year, q));
                }
            }
        }
        expected = new ExpectedSurvival(LifeTable.fromAnnualQ(rows, 365.241));
    }

    /** Patients in 3 groups (and some in none) × 3 strata; cohorts per stratum for everyone and per group. */
    private static List<List<Patient>> cohorts(long seed, boolean wholeDays, boolean zeroFollowUp) {
        Random r = new Random(seed);
        List<List<Patient>> cohorts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cohorts.add(new ArrayList<>());
        }
        for (int i = 0; i < 600; i++) {
            double ageYears = r.nextBoolean() ? 30 + r.nextInt(75) : 30 + 75 * r.nextDouble();
            LocalDate diagnosis = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(27 * 365));
            double time = r.nextInt(10) == 0 ? 365 * (1 + r.nextInt(5)) : 1 + r.nextInt(4000);
            if (!wholeDays) {
                time += r.nextDouble();
            }
            if (zeroFollowUp && i % 97 == 0) {
                time = 0;
            }
            Patient p = Patient.of(1 + r.nextInt(2), ageYears, diagnosis, time, r.nextDouble() < 0.6, 365.241);
            int stratum = ageYears < 55 ? 0 : ageYears < 75 ? 1 : 2;
            cohorts.get(stratum).add(p);
            int group = r.nextInt(4);
            if (group < 3) {
                cohorts.get(3 + 3 * group + stratum).add(p);
            }
        }
        return cohorts;
    }

    private static double[] timesUpTo(List<Patient> cohort, double horizon) {
        double[] y = FollowUpTimes.of(cohort);
        Arrays.sort(y);
        return FollowUpTimes.distinctUpTo(y, horizon);
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int j = 0; j < expected.length; j++) {
            double scale = Math.max(Math.abs(expected[j]), Math.abs(actual[j]));
            assertTrue(Math.abs(expected[j] - actual[j]) <= TOL * scale,
                    what + "[" + j + "]: " + expected[j] + " vs " + actual[j]);
        }
    }

    private static void assertSumsAgree(List<List<Patient>> cohorts, double precision, double horizon) {
        List<DailyStepSums> fast = DailyStepSums.compute(cohorts, expected, precision, horizon);
        for (int q = 0; q < cohorts.size(); q++) {
            DailyStepSumsReference slow = DailyStepSumsReference.compute(cohorts.get(q), expected,
                    timesUpTo(cohorts.get(q), horizon), precision);
            DailyStepSums f = fast.get(q);
            String what = "cohort " + q + ", precision " + precision + ", horizon " + horizon + ": ";
            assertClose(slow.times(), f.times(), what + "times");
            assertClose(slow.yi(), f.yi(), what + "yi");
            assertClose(slow.dni(), f.dni(), what + "dni");
            assertClose(slow.dnisi(), f.dnisi(), what + "dnisi");
            assertClose(slow.dnisisq(), f.dnisisq(), what + "dnisisq");
            assertClose(slow.yisi(), f.yisi(), what + "yisi");
            assertClose(slow.yidli(), f.yidli(), what + "yidli");
            assertClose(slow.yidlisiw(), f.yidlisiw(), what + "yidlisiw");
        }
    }

    @ParameterizedTest(name = "whole days, all cohorts in one sweep, horizon {0}")
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, 1826.205, 365.241})
    void wholeDaysInOneSweep(double horizon) {
        assertSumsAgree(cohorts(11, true, true), 1.0, horizon);
    }

    @ParameterizedTest(name = "fractional days, a grid per cohort, precision {0}")
    @ValueSource(doubles = {1.0, 0.5, 7.0})
    void fractionalDaysPerCohort(double precision) {
        assertSumsAgree(cohorts(12, false, true), precision, Double.POSITIVE_INFINITY);
        assertSumsAgree(cohorts(13, false, false), precision, 1000.5);
    }

    @ParameterizedTest(name = "{0}: the estimates of many cohorts at once equal the full curves, one cohort at a time")
    @EnumSource(RelativeSurvivalMethod.class)
    void estimatesOfManyCohorts(RelativeSurvivalMethod method) {
        List<List<Patient>> cohorts = cohorts(14, true, false);
        for (double t : new double[] {182.6205, 1826.205, 3652.41}) {
            List<SurvivalEstimate> together = RelativeSurvival.estimatesAt(method, cohorts, expected, t);
            for (int q = 0; q < cohorts.size(); q++) {
                SurvivalEstimate alone = reference(method, cohorts.get(q)).at(t);
                SurvivalEstimate e = together.get(q);
                String what = method + " cohort " + q + " at " + t;
                assertClose(new double[] {alone.value(), alone.stdErr(), alone.lower95(), alone.upper95()},
                        new double[] {e.value(), e.stdErr(), e.lower95(), e.upper95()}, what);
                assertEquals(alone.nRisk(), e.nRisk(), what + " n at risk");
            }
        }
    }

    /** The full curve of one cohort, from the reference daily loop for Pohar Perme and Ederer II. */
    private static RelativeSurvivalCurve reference(RelativeSurvivalMethod method, List<Patient> cohort) {
        double[] y = FollowUpTimes.of(cohort);
        DailyStepSumsReference s = DailyStepSumsReference.compute(cohort, expected, FollowUpTimes.distinct(y), 1.0);
        DailyStepSums sums = new DailyStepSums(s.times(), s.yi(), s.dni(), s.dnisi(), s.dnisisq(), s.yisi(), s.yidli(),
                s.yidlisiw());
        return switch (method) {
            case POHAR_PERME -> PoharPerme.fromSums(sums, y);
            case EDERER_II -> EdererII.fromSums(sums, y);
            case EDERER_I -> EdererI.curve(cohort, expected);
            case HAKULINEN -> Hakulinen.curve(cohort, expected);
        };
    }

    @Test
    @DisplayName("a patient listed twice in a cohort counts twice, as in the daily loop")
    void repeatedPatient() {
        List<Patient> cohort = new ArrayList<>(cohorts(15, true, false).get(1));
        cohort.add(cohort.get(0));
        cohort.add(cohort.get(0));
        assertSumsAgree(List.of(cohort, cohort.subList(0, 50)), 1.0, Double.POSITIVE_INFINITY);
    }

    @Test
    @DisplayName("the table's year lookup is the calendar year of the day, clamped to its years")
    void yearLookup() {
        LifeTable table = expected.table();
        double last = LocalDate.of(2018, 1, 1).toEpochDay();
        for (double day = LocalDate.of(1993, 1, 1).toEpochDay(); day < last; day += 0.5) {
            int year = LocalDate.ofEpochDay((long) Math.floor(day)).getYear();
            assertEquals(Math.max(1995, Math.min(2015, year)), table.yearOf(day), "day " + day);
            double next = year < 1995 ? LocalDate.of(1995, 1, 1).toEpochDay()
                    : year < 2015 ? LocalDate.of(year + 1, 1, 1).toEpochDay() : Double.POSITIVE_INFINITY;
            assertEquals(next, table.nextYearStart(day), "day " + day);
        }
    }
}
