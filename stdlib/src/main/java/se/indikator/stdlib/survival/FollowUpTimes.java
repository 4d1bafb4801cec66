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

    /** The distinct values of {@code sorted} (ascending) that are at most {@code limit}. */
    static double[] distinctUpTo(double[] sorted, double limit) {
        double[] out = new double[sorted.length];
        int n = 0;
        for (double v : sorted) {
            if (v > limit) {
                break;
            }
            if (n == 0 || v != out[n - 1]) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The number of values in {@code sorted} (ascending) below {@code t}. */
    static int countBelow(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Rejects an empty cohort. */
    static void requireNonEmpty(List<Patient> cohort) {
        if (cohort == null || cohort.isEmpty()) {
            throw new IllegalArgumentException("the cohort has no patients");
        }
    }
}
