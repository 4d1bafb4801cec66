package se.indikator.stdlib.survival;

import java.util.List;

/**
 * The Ederer II relative-survival estimator (Ederer &amp; Heise 1959), as relsurv's
 * {@code rs.surv(method = "ederer2")}: at each distinct follow-up time the hazard increment is the
 * observed d/n minus the mean population cumulative hazard, over the interval, of those at risk
 * (integrated over daily steps, see {@link DailyStepSums}); survival is the product of
 * (1 − increment) and the variance of log survival Σ d/n².
 */
public final class EdererII {

    private EdererII() {
    }

    /** The Ederer II curve of {@code cohort}, with relsurv's default 1-day integration steps. */
    public static RelativeSurvivalCurve curve(List<Patient> cohort, ExpectedSurvival expected) {
        return curve(cohort, expected, 1.0);
    }

    /** The Ederer II curve with integration steps of {@code precision} days. */
    public static RelativeSurvivalCurve curve(List<Patient> cohort, ExpectedSurvival expected, double precision) {
        FollowUpTimes.requireNonEmpty(cohort);
        return fromSums(DailyStepSums.compute(cohort, expected, precision), FollowUpTimes.of(cohort));
    }

    /** The curve from a cohort's sums, {@code followUp} being every patient's follow-up time. */
    static RelativeSurvivalCurve fromSums(DailyStepSums s, double[] followUp) {
        double[] times = s.times();
        double[] surv = new double[times.length];
        double[] se = new double[times.length];
        double cum = 1;
        double var = 0;
        for (int j = 0; j < times.length; j++) {
            double n = s.yi()[j];
            double haz = s.dni()[j] / n - s.yidli()[j] / n;
            cum *= 1 - haz;
            var += s.dni()[j] / (n * n);
            surv[j] = cum;
            se[j] = Math.sqrt(var);
        }
        return new RelativeSurvivalCurve(RelativeSurvivalMethod.EDERER_II, times, surv, se, followUp);
    }
}
