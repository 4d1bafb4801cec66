package se.indikator.stdlib.survival;

import java.util.Arrays;
import java.util.List;

/**
 * Follow-up time grids of a cohort for the relative-survival estimators (Pohar Perme, Stare &amp;
 * Estève 2012; Ederer &amp; Heise 1959; Ederer, Axtell &amp; Cutler 1961; Hakulinen 1982): the
 * sorted distinct event and censoring times on which relsurv's {@code rs.surv} steps.
 */
final class FollowUpTimes {

    private FollowUpTimes() {
    }

    /** Every patient's follow-up time, in cohort order. */
    static double[] of(List<Patient> cohort) {
        double[] y = new double[cohort.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = cohort.get(i).timeDays();
        }
        return y;
    }

    /** The sorted distinct values of {@code values}. */
    static double[] distinct(double[] values) {
        return Arrays.stream(values).sorted().distinct().toArray();
    }

    /** Rejects an empty cohort. */
    static void requireNonEmpty(List<Patient> cohort) {
        if (cohort == null || cohort.isEmpty()) {
            throw new IllegalArgumentException("the cohort has no patients");
        }
    }
}
