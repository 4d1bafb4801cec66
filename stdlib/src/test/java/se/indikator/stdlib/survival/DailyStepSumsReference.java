package se.indikator.stdlib.survival;

import java.util.List;

/**
 * The straightforward reference for {@link DailyStepSums}: the implementation before the
 * event-driven one, kept to test it, looping over every patient at every step. The risk-set sums
 * of the Pohar Perme (Pohar Perme, Stare &amp; Estève 2012) and Ederer II
 * (Ederer &amp; Heise 1959) estimators at each distinct follow-up time, computed as relsurv's
 * {@code netfastpinter2} does: each interval between consecutive times is cut into steps of
 * {@code precision} days (1 by default); within a step a patient's population hazard is the one in
 * force at the step's start, and the Pohar Perme integral of the weighted population hazard is a
 * trapezoid of running ratios over the steps of the interval.
 *
 * <p>Arrays are indexed by time: {@code yi} number at risk, {@code dni} deaths, {@code dnisi}
 * Σ dN/S<sub>p</sub>, {@code dnisisq} Σ dN/S<sub>p</sub>², {@code yisi} Σ Y/S<sub>p</sub> at the
 * interval's end, {@code yidli} Σ Y·ΔΛ<sub>p</sub>, {@code yidlisiw} the weighted population
 * hazard increment of the interval.
 */
record DailyStepSumsReference(double[] times, double[] yi, double[] dni, double[] dnisi, double[] dnisisq,
        double[] yisi, double[] yidli, double[] yidlisiw) {

    /** Computes the sums for {@code cohort} at {@code times} (sorted, distinct) with steps of {@code precision} days. */
    static DailyStepSumsReference compute(List<Patient> cohort, ExpectedSurvival expected, double[] times, double precision) {
        if (!(precision > 0)) {
            throw new IllegalArgumentException("precision must be positive");
        }
        int n = cohort.size();
        int nt = times.length;
        double[] y = FollowUpTimes.of(cohort);
        double[] si = new double[n];
        java.util.Arrays.fill(si, 1.0);
        double[] yi = new double[nt];
        double[] dni = new double[nt];
        double[] dnisi = new double[nt];
        double[] dnisisq = new double[nt];
        double[] yisi = new double[nt];
        double[] yidli = new double[nt];
        double[] yidlisiw = new double[nt];
        double time = 0;
        for (int j = 0; j < nt; j++) {
            double cell = times[j] - time;
            double ftime = 0;
            double fyisi = 0;
            double fyidlisi = 0;
            double fyisi2 = 0;
            double fyidlisi2 = 0;
            double hazard = 0;
            double fint = 0;
            double sisum = 0;
            int fine = 0;
            while (ftime < cell) {
                fine++;
                dni[j] = 0;
                dnisi[j] = 0;
                dnisisq[j] = 0;
                double start = time + ftime;
                double step = Math.min(precision, cell - ftime);
                sisum = 0;
                for (int i = 0; i < n; i++) {
                    if (y[i] < times[j]) {
                        continue;
                    }
                    Patient p = cohort.get(i);
                    double lambda = expected.hazardAt(p, start);
                    double decay = Math.exp(-step * lambda);
                    fyidlisi += lambda / si[i];
                    fyidlisi2 += lambda / (si[i] * decay);
                    fyisi += 1 / si[i];
                    fyisi2 += 1 / (si[i] * decay);
                    hazard += step * lambda;
                    si[i] = si[i] * decay;
                    sisum += 1 / si[i];
                    if (fine == 1) {
                        yi[j] += 1;
                    }
                    if (y[i] == times[j]) {
                        int status = p.status();
                        dnisi[j] += status / si[i];
                        dni[j] += status;
                        dnisisq[j] += status / (si[i] * si[i]);
                    }
                }
                fint += (fyidlisi / fyisi / 2 + fyidlisi2 / fyisi2 / 2) * step;
                ftime += step;
            }
            yisi[j] = sisum;
            yidlisiw[j] = fint;
            yidli[j] = hazard;
            time += cell;
        }
        return new DailyStepSumsReference(times, yi, dni, dnisi, dnisisq, yisi, yidli, yidlisiw);
    }
}
