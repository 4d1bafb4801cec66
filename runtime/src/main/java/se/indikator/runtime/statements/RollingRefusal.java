package se.indikator.runtime.statements;

import se.indikator.runtime.ast.Name;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.plan.ResultRequest;

/**
 * Rolling windows overlap, so two windows share rows: the analyses that take a breakdown's groups as
 * independent — {@code compare}'s tests across groups, a funnel's units, an inequality gradient, a ranking —
 * refuse a rolling breakdown in that place (E317). A rolling breakdown may still stand beside the groups
 * ({@code compare x across region within treår}), and {@code trend} tests the windows that do not overlap.
 */
final class RollingRefusal {
    private RollingRefusal() {
    }

    /** Whether the request's breakdown at {@code index} is rolling, after reporting at {@code at}. */
    static boolean refused(ResultRequest request, int index, Name at, String analysis, Diagnostics d) {
        if (!request.by().get(index).isRolling()) {
            return false;
        }
        String column = request.by().get(index).columns().iterator().next();
        d.error("E317", at.span(), "'" + analysis + "' takes the groups of '" + at.text() + "' as independent, and its "
                + "rolling windows share rows", "use the single periods ('" + column + "'), or show the windows: 'show … by "
                        + at.text() + "' compares each with the country in the same window");
        return true;
    }
}
