package se.indikator.stdlib.survival;

import java.util.List;

/**
 * Entry point for relative survival by any of relsurv's {@code rs.surv} methods: Pohar Perme
 * (Pohar Perme, Stare &amp; Estève 2012), Ederer II (Ederer &amp; Heise 1959), Ederer I (Ederer,
 * Axtell &amp; Cutler 1961) and Hakulinen (Hakulinen 1982). Example: five-year net survival is
 * {@code RelativeSurvival.estimate(POHAR_PERME, cohort, new ExpectedSurvival(table), 5 * 365.241)}.
 */
public final class RelativeSurvival {

    private RelativeSurvival() {
    }

    /** The step-function curve of {@code method} for {@code cohort}. */
    public static RelativeSurvivalCurve curve(RelativeSurvivalMethod method, List<Patient> cohort,
            ExpectedSurvival expected) {
        return switch (method) {
            case POHAR_PERME -> PoharPerme.curve(cohort, expected);
            case EDERER_II -> EdererII.curve(cohort, expected);
            case EDERER_I -> EdererI.curve(cohort, expected);
            case HAKULINEN -> Hakulinen.curve(cohort, expected);
        };
    }

    /** The estimates of {@code method} at each of {@code timesDays}. */
    public static List<SurvivalEstimate> estimate(RelativeSurvivalMethod method, List<Patient> cohort,
            ExpectedSurvival expected, double... timesDays) {
        return curve(method, cohort, expected).at(timesDays);
    }

    /** The estimate of {@code method} at one time in days. */
    public static SurvivalEstimate estimateAt(RelativeSurvivalMethod method, List<Patient> cohort,
            ExpectedSurvival expected, double timeDays) {
        return curve(method, cohort, expected).at(timeDays);
    }
}
