package se.indikator.stdlib.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The risk-set sums of the Pohar Perme (Pohar Perme, Stare &amp; Estève 2012) and Ederer II
 * (Ederer &amp; Heise 1959) estimators at each distinct follow-up time, computed as relsurv's
 * {@code netfastpinter2} does: each interval between consecutive times is cut into steps of
 * {@code precision} days (1 by default, see {@link StepGrid}); within a step a patient's population
 * hazard is the one in force at the step's start, and the Pohar Perme integral of the weighted
 * population hazard is a trapezoid of running ratios over the steps of the interval.
 *
 * <p>Arrays are indexed by time: {@code yi} number at risk, {@code dni} deaths, {@code dnisi}
 * Σ dN/S<sub>p</sub>, {@code dnisisq} Σ dN/S<sub>p</sub>², {@code yisi} Σ Y/S<sub>p</sub> at the
 * interval's end, {@code yidli} Σ Y·ΔΛ<sub>p</sub>, {@code yidlisiw} the weighted population
 * hazard increment of the interval. The per-step sums come from {@link StepSweep}, for many cohorts
 * at once when their follow-up times are whole days and steps are one day.
 */
record DailyStepSums(double[] times, double[] yi, double[] dni, double[] dnisi, double[] dnisisq,
        double[] yisi, double[] yidli, double[] yidlisiw) {

    /**
     * The sums of each cohort at its distinct follow-up times up to {@code horizon} days (+∞ for all
     * of them), with steps of {@code precision} days.
     */
    static List<DailyStepSums> compute(List<List<Patient>> cohorts, ExpectedSurvival expected, double precision,
            double horizon) {
        if (!(precision > 0)) {
            throw new IllegalArgumentException("precision must be positive");
        }
        int nq = cohorts.size();
        double[][] times = new double[nq][];
        double[][] followUp = new double[nq][];
        boolean wholeDays = precision == 1;
        double last = 0;
        for (int q = 0; q < nq; q++) {
            followUp[q] = FollowUpTimes.of(cohorts.get(q));
            Arrays.sort(followUp[q]);
            times[q] = FollowUpTimes.distinctUpTo(followUp[q], horizon);
            for (double t : times[q]) {
                wholeDays &= t == Math.rint(t) && t < 1 << 30;
                last = Math.max(last, t);
            }
        }
        List<DailyStepSums> out = new ArrayList<>(nq);
        if (wholeDays) {
            StepGrid grid = StepGrid.unitDays((int) last);
            StepSeries[] series = new StepSweep(expected.table(), grid, SharedCohorts.of(cohorts), horizon).run();
            for (int q = 0; q < nq; q++) {
                out.add(reduce(times[q], followUp[q], grid, series[q]));
            }
        } else {
            for (int q = 0; q < nq; q++) {
                StepGrid grid = StepGrid.of(times[q], precision);
                SharedCohorts one = SharedCohorts.of(List.of(cohorts.get(q)));
                StepSeries series = new StepSweep(expected.table(), grid, one, horizon).run()[0];
                out.add(reduce(times[q], followUp[q], grid, series));
            }
        }
        return out;
    }

    /** The sums of one cohort at all its distinct follow-up times. */
    static DailyStepSums compute(List<Patient> cohort, ExpectedSurvival expected, double precision) {
        return compute(List.of(cohort), expected, precision, Double.POSITIVE_INFINITY).get(0);
    }

    /**
     * The sums at {@code times} from the per-step series, {@code sortedFollowUp} giving the number at
     * risk. An interval without steps (from 0 to a first time of 0) has all sums 0, as in relsurv.
     */
    private static DailyStepSums reduce(double[] times, double[] sortedFollowUp, StepGrid grid, StepSeries s) {
        int nt = times.length;
        double[] yi = new double[nt];
        double[] dni = new double[nt];
        double[] dnisi = new double[nt];
        double[] dnisisq = new double[nt];
        double[] yisi = new double[nt];
        double[] yidli = new double[nt];
        double[] yidlisiw = new double[nt];
        int from = 0;
        for (int j = 0; j < nt; j++) {
            int to = grid.stepsUpTo(times[j]);
            if (to == from) {
                continue;
            }
            double fyisi = 0;
            double fyidlisi = 0;
            double fyisi2 = 0;
            double fyidlisi2 = 0;
            double hazard = 0;
            double fint = 0;
            for (int k = from; k < to; k++) {
                double step = grid.length(k);
                fyidlisi += s.weightedHazard()[k];
                fyidlisi2 += s.weightedHazardEnd()[k];
                fyisi += s.invSurvival()[k];
                fyisi2 += s.invSurvivalEnd()[k];
                hazard += step * s.hazard()[k];
                fint += (fyidlisi / fyisi / 2 + fyidlisi2 / fyisi2 / 2) * step;
            }
            yi[j] = sortedFollowUp.length - FollowUpTimes.countBelow(sortedFollowUp, times[j]);
            dni[j] = s.exitDeaths()[to];
            dnisi[j] = s.exitInvSurvival()[to];
            dnisisq[j] = s.exitInvSurvivalSquared()[to];
            yisi[j] = s.invSurvivalEnd()[to - 1];
            yidli[j] = hazard;
            yidlisiw[j] = fint;
            from = to;
        }
        return new DailyStepSums(times, yi, dni, dnisi, dnisisq, yisi, yidli, yidlisiw);
    }
}
