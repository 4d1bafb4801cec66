package se.indikator.runtime.statements;

import se.indikator.runtime.ast.Name;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The analyses that work from a result's counts — a funnel's limits, a trend's χ² and slope, the inequality
 * measures' weights — would treat a survey-weighted indicator's respondents as a simple random sample and give
 * limits and verdicts too sure of themselves; they refuse such an indicator (E358) instead.
 */
final class WeightedRefusal {
    private WeightedRefusal() {
    }

    /** Whether {@code ind} is survey-weighted, after reporting at {@code at} that {@code analysis} does not apply. */
    static boolean refused(IndicatorDef ind, Name at, String analysis, Diagnostics d) {
        if (ind.weight() == null) {
            return false;
        }
        d.error("E358", at.span(), "'" + analysis + "' does not apply to the survey-weighted '" + ind.name()
                        + "': it works from the respondents' counts, which are not a simple random sample",
                "show the indicator: each group is compared with the country by a z-test on the weighted estimates");
        return true;
    }
}
