package se.indikator.stdlib.survival;

import java.util.List;

/**
 * The Pohar Perme estimator of net survival (Pohar Perme, Stare &amp; Estève 2012), as relsurv's
 * {@code rs.surv(method = "pohar-perme")}: at each distinct follow-up time t<sub>j</sub> the
 * excess-hazard increment is Σ dN<sub>i</sub>/S<sub>p,i</sub> / Σ Y<sub>i</sub>/S<sub>p,i</sub>
 * minus the population hazard of the interval weighted by 1/S<sub>p,i</sub> (integrated over daily
 * steps, see {@link DailyStepSums}); survival is the product of (1 − increment) and the variance
 * of log survival Σ (Σ dN<sub>i</sub>/S<sub>p,i</sub>²) / (Σ Y<sub>i</sub>/S<sub>p,i</sub>)².
 */
public final class PoharPerme {

    private PoharPerme() {
    }

    /** The net-survival curve of {@code cohort}, with relsurv's default 1-day integration steps. */
    public static RelativeSurvivalCurve curve(List<Patient> cohort, ExpectedSurvival expected) {
        return curve(cohort, expected, 1.0);
    }

    /** The net-survival curve with integration steps of {@code precision} days (relsurv's {@code precision}). */
    public static RelativeSurvivalCurve curve(List<Patient> cohort, ExpectedSurvival expected, double precision) {
        FollowUpTimes.requireNonEmpty(cohort);
        return fromSums(DailyStepSums.compute(cohort, expected, precision), FollowUpTimes.of(cohort));
    }

    /** The curve from a cohort's sums, {@code followUp} being every patient's follow-up time. */
    static RelativeSurvivalCurve fromSums(DailyStepSums s, double[] followUp) {
        return RelativeSurvivalCurve.productLimit(RelativeSurvivalMethod.POHAR_PERME, s.times(),
                j -> s.dnisi()[j] / s.yisi()[j] - s.yidlisiw()[j],
                j -> s.dnisisq()[j] / (s.yisi()[j] * s.yisi()[j]), followUp);
    }
}
