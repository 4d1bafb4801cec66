package se.indikator.runtime.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.plan.ReferenceRule;

/**
 * An indicator's result, typed: its plan (indicator, breakdowns, condition, reference rule), the categories
 * of each breakdown (with their numbers where they are numbers), and its rows in order — the national
 * reference rows first (the whole country, then each slice the reference keeps: the country's women, the
 * country in 2023), then the total of the selected units when the condition selects some, then one row per
 * group. Every analysis, chart and table reads this, never a formatted table.
 *
 * @param levels the confidence levels, in the order of each estimate's limits
 * @param first the level that gives {@code vs_national} and the verdict (95% when given)
 * @param second the second level of comparison (99.8% when given besides the first), or -1
 * @param adjusted whether the first comparison is by multiplicity-adjusted p-values
 * @param decimals decimals for showing the values to people
 */
public record IndicatorResult(QueryPlan plan, List<List<String>> categories, List<List<Double>> categoryValues,
        List<GroupResult> rows, List<Double> levels, int first, int second, boolean adjusted, Settings settings,
        int decimals) {

    public IndicatorResult {
        categories = List.copyOf(categories);
        categoryValues = List.copyOf(categoryValues);
        rows = List.copyOf(rows);
        levels = List.copyOf(levels);
    }

    public IndicatorDef indicator() {
        return plan.indicator();
    }

    public List<BreakdownDef> breakdowns() {
        return plan.breakdowns();
    }

    public ReferenceRule rule() {
        return plan.rule();
    }

    /** The rows of the groups of the statement's breakdowns, in category order. */
    public List<GroupResult> groups() {
        return rows.stream().filter(r -> r.role() == GroupResult.Role.GROUP).toList();
    }

    /** The national reference rows: the whole country first, then its slices. */
    public List<GroupResult> referenceRows() {
        return rows.stream().filter(r -> r.role() == GroupResult.Role.REFERENCE).toList();
    }

    /** The whole country's row (all categories of every breakdown, the reference's condition). */
    public GroupResult national() {
        return rows.get(0);
    }

    /** The total of the rows the statement selects: the selected units' row when there is one, else the country's. */
    public GroupResult total() {
        return rows.stream().filter(r -> r.role() == GroupResult.Role.TOTAL).findFirst().orElse(national());
    }

    /** The category label of a row in breakdown {@code k}, or null when the row covers all categories. */
    public String label(GroupResult row, int k) {
        int i = row.keys().get(k);
        return i < 0 ? null : categories.get(k).get(i);
    }

    /** The category labels of a row, one per breakdown (null where it covers all categories). */
    public List<String> labels(GroupResult row) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < row.keys().size(); k++) {
            out.add(label(row, k));
        }
        return out;
    }

    /** The group row with these category labels, if it has rows. */
    public Optional<GroupResult> group(List<String> labels) {
        return groups().stream().filter(g -> labels(g).equals(labels)).findFirst();
    }

    /** The group row with these category indices (one per breakdown), if it has rows. */
    public Optional<GroupResult> groupAt(List<Integer> parts) {
        return groups().stream().filter(g -> g.keys().equals(parts)).findFirst();
    }

    /** Whether a breakdown is a unit of comparison (region, hospital). */
    public boolean isUnit(int k) {
        return rule() != null && rule().units().get(k);
    }

    /** What the groups are compared with, in words, for a table's note; null when nothing is compared. */
    public String referenceNote() {
        if (rule() == null || rule().selfReferenced()) {
            return null;
        }
        return rule().describe(settings.swedish());
    }

    /** The label of a level, e.g. "95" or "99_8". */
    public String levelLabel(int i) {
        return se.indikator.stdlib.ci.ConfidenceLevel.of(levels.get(i)).label();
    }
}
