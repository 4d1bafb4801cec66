package se.indikator.stdlib.survival;

/**
 * One cohort's sums at every step of a {@link StepGrid}, over the patients at risk in the step
 * (those whose follow-up ends after it), from which {@link DailyStepSums} builds the Pohar Perme
 * (Pohar Perme, Stare &amp; Estève 2012) and Ederer II (Ederer &amp; Heise 1959) sums.
 *
 * <p>Indexed by step: {@code invSurvival} Σ 1/S<sub>p</sub> at the step's start,
 * {@code weightedHazard} Σ λ/S<sub>p</sub> at its start, {@code invSurvivalEnd} and
 * {@code weightedHazardEnd} the same with S<sub>p</sub> at its end, {@code hazard} Σ λ. Indexed by
 * the number of steps up to a follow-up time (so the time's interval ends just before that index):
 * {@code exitDeaths} the deaths whose follow-up ends there, {@code exitInvSurvival} their Σ
 * 1/S<sub>p</sub> and {@code exitInvSurvivalSquared} their Σ 1/S<sub>p</sub>².
 */
record StepSeries(double[] invSurvival, double[] weightedHazard, double[] invSurvivalEnd,
        double[] weightedHazardEnd, double[] hazard, double[] exitDeaths, double[] exitInvSurvival,
        double[] exitInvSurvivalSquared) {

    /** Zero sums for {@code steps} steps. */
    static StepSeries zeros(int steps) {
        return new StepSeries(new double[steps], new double[steps], new double[steps], new double[steps],
                new double[steps], new double[steps + 1], new double[steps + 1], new double[steps + 1]);
    }

    /** Adds {@code other}'s sums (of the same grid) to these. */
    void add(StepSeries other) {
        addTo(invSurvival, other.invSurvival);
        addTo(weightedHazard, other.weightedHazard);
        addTo(invSurvivalEnd, other.invSurvivalEnd);
        addTo(weightedHazardEnd, other.weightedHazardEnd);
        addTo(hazard, other.hazard);
        addTo(exitDeaths, other.exitDeaths);
        addTo(exitInvSurvival, other.exitInvSurvival);
        addTo(exitInvSurvivalSquared, other.exitInvSurvivalSquared);
    }

    private static void addTo(double[] to, double[] from) {
        for (int k = 0; k < to.length; k++) {
            to[k] += from[k];
        }
    }
}
