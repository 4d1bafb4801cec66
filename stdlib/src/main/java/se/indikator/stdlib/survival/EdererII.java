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
        return RelativeSurvivalCurve.productLimit(RelativeSurvivalMethod.EDERER_II, s.times(),
                j -> s.dni()[j] / s.yi()[j] - s.yidli()[j] / s.yi()[j],
                j -> s.dni()[j] / (s.yi()[j] * s.yi()[j]), followUp);
    }
}
