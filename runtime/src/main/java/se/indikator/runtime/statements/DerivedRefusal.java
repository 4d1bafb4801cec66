package se.indikator.runtime.statements;

import se.indikator.runtime.ast.Name;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.model.IndicatorDef;

/**
 * A derived indicator (a ratio or difference of two results) has values and intervals but no counts of its own;
 * the analyses built on a result's counts — a funnel's limits, {@code compare}'s tests, the inequality measures'
 * weights — refuse it (E374) rather than treat it as counts.
 */
final class DerivedRefusal {
    private DerivedRefusal() {
    }

    /** Whether {@code ind} is derived, after reporting at {@code at} that {@code analysis} does not apply. */
    static boolean refused(IndicatorDef ind, Name at, String analysis, Diagnostics d) {
        if (!ind.isDerived()) {
            return false;
        }
        d.error("E374", at.span(), "'" + analysis + "' works from an indicator's counts, and '" + ind.name() + "' is the "
                + ind.derived().word() + " of two results, with no counts of its own",
                "run '" + analysis + "' on '" + ind.derived().left().name() + "', or show '" + ind.name() + "' by the groups");
        return true;
    }
}
