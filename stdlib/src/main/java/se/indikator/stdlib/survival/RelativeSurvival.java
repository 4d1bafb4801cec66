package se.indikator.stdlib.survival;

import java.util.ArrayList;
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
        return estimatesAt(method, List.of(cohort), expected, timeDays).get(0);
    }

    /**
     * The estimate of {@code method} at one time in days for each of several non-empty cohorts,
     * which may share patients (the whole country and each region, say): the same values as
     * {@link #estimateAt} one cohort at a time, computed only up to {@code timeDays} and, for Pohar
     * Perme and Ederer II with follow-up in whole days, in one pass over the patients.
     */
    public static List<SurvivalEstimate> estimatesAt(RelativeSurvivalMethod method, List<List<Patient>> cohorts,
            ExpectedSurvival expected, double timeDays) {
        cohorts.forEach(FollowUpTimes::requireNonEmpty);
        List<SurvivalEstimate> out = new ArrayList<>(cohorts.size());
        if (method == RelativeSurvivalMethod.POHAR_PERME || method == RelativeSurvivalMethod.EDERER_II) {
            List<DailyStepSums> sums = DailyStepSums.compute(cohorts, expected, 1.0, timeDays);
            for (int q = 0; q < cohorts.size(); q++) {
                double[] followUp = FollowUpTimes.of(cohorts.get(q));
                RelativeSurvivalCurve curve = method == RelativeSurvivalMethod.POHAR_PERME
                        ? PoharPerme.fromSums(sums.get(q), followUp)
                        : EdererII.fromSums(sums.get(q), followUp);
                out.add(curve.at(timeDays));
            }
            return out;
        }
        // each cohort on its own (no shared sweep), so the cohorts are spread over the cores; the list
        // keeps their order and each estimate is computed exactly as alone
        return java.util.stream.IntStream.range(0, cohorts.size()).parallel()
                .mapToObj(q -> (method == RelativeSurvivalMethod.EDERER_I
                        ? EdererI.curveUpTo(cohorts.get(q), expected, timeDays)
                        : Hakulinen.curveUpTo(cohorts.get(q), expected, timeDays)).at(timeDays))
                .toList();
    }
}
