package se.indikator.stdlib.survival;

import java.util.List;

/**
 * The Ederer I relative-survival estimator (Ederer, Axtell &amp; Cutler 1961), as relsurv's
 * {@code rs.surv(method = "ederer1")}: the Kaplan–Meier observed survival divided by the mean
 * expected survival of the whole cohort (everyone, regardless of follow-up); the standard error of
 * log survival is relsurv's √Σ d/n² of the observed survival (the expected part is taken as fixed).
 */
public final class EdererI {

    private EdererI() {
    }

    /** The Ederer I curve of {@code cohort}. */
    public static RelativeSurvivalCurve curve(List<Patient> cohort, ExpectedSurvival expected) {
        return curveUpTo(cohort, expected, Double.POSITIVE_INFINITY);
    }

    /** The Ederer I curve of {@code cohort} up to {@code horizon} days (its later steps left out). */
    static RelativeSurvivalCurve curveUpTo(List<Patient> cohort, ExpectedSurvival expected, double horizon) {
        FollowUpTimes.requireNonEmpty(cohort);
        double[] y = FollowUpTimes.of(cohort);
        double[] sorted = y.clone();
        java.util.Arrays.sort(sorted);
        double[] times = FollowUpTimes.distinctUpTo(sorted, horizon);
        ExactIntervalSums s = ExactIntervalSums.compute(cohort, expected, times);
        double[] surv = new double[times.length];
        double[] se = new double[times.length];
        double km = 1;
        double var = 0;
        for (int j = 0; j < times.length; j++) {
            double n = s.yi()[j];
            km *= 1 - s.dni()[j] / n;
            var += s.dni()[j] / (n * n);
            surv[j] = km / (s.sis()[j] / cohort.size());
            se[j] = Math.sqrt(var);
        }
        return new RelativeSurvivalCurve(RelativeSurvivalMethod.EDERER_I, times, surv, se, y);
    }
}
