package se.indikator.stdlib.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A relative-survival step function as relsurv's {@code rs.surv} returns it (Pohar Perme, Stare
 * &amp; Estève 2012; Ederer &amp; Heise 1959; Ederer, Axtell &amp; Cutler 1961; Hakulinen 1982):
 * values and standard errors of log survival at the curve's times, read at any time as the value
 * at the last curve time not after it (as {@code summary(fit, times = ...)}).
 *
 * @param method      the estimator that produced the curve
 * @param times       the curve's times in days, increasing
 * @param survival    survival at each time
 * @param logStdErr   standard error of log survival at each time
 * @param followUp    every patient's follow-up time (for the number at risk)
 */
public record RelativeSurvivalCurve(RelativeSurvivalMethod method, double[] times, double[] survival,
        double[] logStdErr, double[] followUp) {

    /**
     * The product-limit curve of a cohort: survival Π (1 − h<sub>j</sub>) and the variance of log survival
     * Σ v<sub>j</sub> over the times, with {@code hazard} giving h<sub>j</sub> and {@code varianceTerm}
     * v<sub>j</sub> at the j-th time. What the estimators differ in is those two terms.
     */
    static RelativeSurvivalCurve productLimit(RelativeSurvivalMethod method, double[] times,
            java.util.function.IntToDoubleFunction hazard, java.util.function.IntToDoubleFunction varianceTerm,
            double[] followUp) {
        double[] surv = new double[times.length];
        double[] se = new double[times.length];
        double cum = 1;
        double var = 0;
        for (int j = 0; j < times.length; j++) {
            cum *= 1 - hazard.applyAsDouble(j);
            var += varianceTerm.applyAsDouble(j);
            surv[j] = cum;
            se[j] = Math.sqrt(var);
        }
        return new RelativeSurvivalCurve(method, times, surv, se, followUp);
    }

    /** Copies the arrays and checks their lengths and order. */
    public RelativeSurvivalCurve {
        times = times.clone();
        survival = survival.clone();
        logStdErr = logStdErr.clone();
        followUp = followUp.clone();
        Arrays.sort(followUp);
        if (times.length != survival.length || times.length != logStdErr.length) {
            throw new IllegalArgumentException("times, survival and standard errors differ in length");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("curve times must increase");
            }
        }
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] survival() {
        return survival.clone();
    }

    @Override
    public double[] logStdErr() {
        return logStdErr.clone();
    }

    @Override
    public double[] followUp() {
        return followUp.clone();
    }

    /** The number of patients with follow-up time of at least {@code t} days. */
    public int numberAtRisk(double t) {
        int lo = 0;
        int hi = followUp.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (followUp[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return followUp.length - lo;
    }

    /** The estimate at {@code t} days: the step function's value at the last curve time ≤ t (1 before the first). */
    public SurvivalEstimate at(double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo - 1;
        if (k < 0) {
            return SurvivalEstimate.fromLogScale(t, 1.0, 0.0, numberAtRisk(t));
        }
        return SurvivalEstimate.fromLogScale(t, survival[k], logStdErr[k], numberAtRisk(t));
    }

    /** The estimates at several times in days. */
    public List<SurvivalEstimate> at(double... ts) {
        List<SurvivalEstimate> out = new ArrayList<>(ts.length);
        for (double t : ts) {
            out.add(at(t));
        }
        return out;
    }
}
