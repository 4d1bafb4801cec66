package se.indikator.stdlib.survival;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hakulinen relative-survival estimator (Hakulinen 1982), as relsurv's
 * {@code rs.surv(method = "hakulinen")}: the Kaplan–Meier observed survival divided by an expected
 * survival that accounts for potential follow-up — patients who died are followed (as censored) to
 * the closing date, censored patients to their censoring time, and the expected hazard at each step
 * is the S<sub>p</sub>-weighted mean over those potentially still under follow-up. The standard
 * error of log survival is relsurv's √Σ d/n² of the observed survival.
 */
public final class Hakulinen {

    private Hakulinen() {
    }

    /**
     * The Hakulinen curve with relsurv's default closing date: the latest date of end of follow-up
     * in the cohort (diagnosis + follow-up time).
     */
    public static RelativeSurvivalCurve curve(List<Patient> cohort, ExpectedSurvival expected) {
        FollowUpTimes.requireNonEmpty(cohort);
        double closing = Double.NEGATIVE_INFINITY;
        for (Patient p : cohort) {
            closing = Math.max(closing, p.diagnosisDay() + p.timeDays());
        }
        return curveUpTo(cohort, expected, closing, Double.POSITIVE_INFINITY);
    }

    /** The Hakulinen curve with a common closing date given in days since 1970-01-01. */
    public static RelativeSurvivalCurve curve(List<Patient> cohort, ExpectedSurvival expected, double closingDay) {
        return curveUpTo(cohort, expected, closingDay, Double.POSITIVE_INFINITY);
    }

    /**
     * The Hakulinen curve with relsurv's default closing date up to {@code horizon} days (its later
     * steps left out).
     */
    static RelativeSurvivalCurve curveUpTo(List<Patient> cohort, ExpectedSurvival expected, double horizon) {
        FollowUpTimes.requireNonEmpty(cohort);
        double closing = Double.NEGATIVE_INFINITY;
        for (Patient p : cohort) {
            closing = Math.max(closing, p.diagnosisDay() + p.timeDays());
        }
        return curveUpTo(cohort, expected, closing, horizon);
    }

    private static RelativeSurvivalCurve curveUpTo(List<Patient> cohort, ExpectedSurvival expected, double closingDay,
            double horizon) {
        FollowUpTimes.requireNonEmpty(cohort);
        double[] y = FollowUpTimes.of(cohort);
        List<Patient> potential = new ArrayList<>(cohort.size());
        double maxY = Double.NEGATIVE_INFINITY;
        for (Patient p : cohort) {
            maxY = Math.max(maxY, p.timeDays());
        }
        double[] grid = new double[2 * cohort.size()];
        for (int i = 0; i < cohort.size(); i++) {
            Patient p = cohort.get(i);
            double y2 = p.died() ? closingDay - p.diagnosisDay() : p.timeDays();
            if (y2 < 0) {
                throw new IllegalArgumentException("closing date before a diagnosis");
            }
            potential.add(p.withFollowUp(y2, false));
            grid[i] = Math.min(maxY, p.timeDays());
            grid[cohort.size() + i] = Math.min(maxY, y2);
        }
        java.util.Arrays.sort(grid);
        double[] times = FollowUpTimes.distinctUpTo(grid, horizon);
        ExactIntervalSums observed = ExactIntervalSums.compute(cohort, expected, times);
        ExactIntervalSums pot = ExactIntervalSums.compute(potential, expected, times);
        double[] surv = new double[times.length];
        double[] se = new double[times.length];
        double km = 1;
        double var = 0;
        double popHazard = 0;
        for (int j = 0; j < times.length; j++) {
            double n = observed.yi()[j];
            km *= 1 - observed.dni()[j] / n;
            var += observed.dni()[j] / (n * n);
            popHazard += pot.yisidli()[j] / pot.yisis()[j];
            surv[j] = km / Math.exp(-popHazard);
            se[j] = Math.sqrt(var);
        }
        return new RelativeSurvivalCurve(RelativeSurvivalMethod.HAKULINEN, times, surv, se, y);
    }
}
