package se.indikator.stdlib.survival;

import java.util.List;

/**
 * The risk-set and cohort sums of the Ederer I (Ederer, Axtell &amp; Cutler 1961) and Hakulinen
 * (Hakulinen 1982) estimators at each requested time, computed as relsurv's {@code netwei} does,
 * with every patient's population hazard integrated exactly between consecutive times.
 *
 * <p>Arrays are indexed by time: {@code yi} number with follow-up ≥ t, {@code dni} deaths at t,
 * {@code sis} Σ S<sub>p</sub>(t) over the whole cohort, {@code yisidli} Σ Y·ΔΛ<sub>p</sub>·S<sub>p</sub>(t)
 * and {@code yisis} Σ Y·S<sub>p</sub>(t) over those with follow-up ≥ t.
 */
record ExactIntervalSums(double[] times, double[] yi, double[] dni, double[] sis, double[] yisidli,
        double[] yisis) {

    /** Computes the sums for {@code cohort} at {@code times} (sorted, distinct). */
    static ExactIntervalSums compute(List<Patient> cohort, ExpectedSurvival expected, double[] times) {
        int n = cohort.size();
        int nt = times.length;
        double[] si = new double[n];
        java.util.Arrays.fill(si, 1.0);
        double[] yi = new double[nt];
        double[] dni = new double[nt];
        double[] sis = new double[nt];
        double[] yisidli = new double[nt];
        double[] yisis = new double[nt];
        double time = 0;
        for (int j = 0; j < nt; j++) {
            for (int i = 0; i < n; i++) {
                Patient p = cohort.get(i);
                double hazard = expected.cumulativeHazard(p, time, times[j]);
                si[i] = si[i] * Math.exp(-hazard);
                sis[j] += si[i];
                if (p.timeDays() >= times[j]) {
                    yi[j] += 1;
                    yisidli[j] += hazard * si[i];
                    yisis[j] += si[i];
                    if (p.timeDays() == times[j]) {
                        dni[j] += p.status();
                    }
                }
            }
            time = times[j];
        }
        return new ExactIntervalSums(times, yi, dni, sis, yisidli, yisis);
    }
}
