package se.indikator.runtime.estimate;

import java.util.List;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.plan.QueryPlan;

/**
 * The rows of a result as disclosure control sees them before anything is compared: the plan, the
 * categories of each breakdown, and per row its role, its category indices ({@code -1}: all categories), its
 * estimate (counts) and the row it is compared with ({@code -1}: none); and the settings it was computed with.
 */
public record ResultLayout(QueryPlan plan, List<List<String>> categories, List<GroupResult.Role> roles,
        List<List<Integer>> keys, List<Estimate> estimates, List<Integer> referenceIndex,
        se.indikator.runtime.model.Settings settings) {

    public ResultLayout {
        categories = List.copyOf(categories);
        roles = List.copyOf(roles);
        keys = List.copyOf(keys);
        estimates = List.copyOf(estimates);
        referenceIndex = List.copyOf(referenceIndex);
    }

    /** The number of rows. */
    public int size() {
        return roles.size();
    }

    /**
     * The condition a row is counted under: a national reference row is counted under the reference's
     * condition (the statement's without its units), every other row under the statement's.
     */
    public se.indikator.runtime.ast.Expr condition(int row) {
        boolean national = roles.get(row) == GroupResult.Role.REFERENCE && plan.reference() != null;
        return national ? plan.reference().where() : plan.where();
    }
}
