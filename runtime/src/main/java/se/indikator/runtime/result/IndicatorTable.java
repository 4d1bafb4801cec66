package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.ReferenceRule;

/**
 * An indicator's typed result as the tidy table people and other programs read: a column for the selected
 * units when the condition selects some (e.g. {@code region}: "Skåne", and "Riket" on the country's rows —
 * the country's rows say "Riket"/"National" in every column the reference leaves out, "Totalt"/"Total" where
 * a row covers all categories of a breakdown it keeps),
 * the breakdowns, then {@code numerator}, {@code denominator}, {@code value}, {@code lower_L}/{@code upper_L}
 * per level, {@code national} (each row's reference), {@code deviation_pct}, {@code vs_national} (and
 * {@code vs_national_99_8}), {@code p_value}/{@code p_adjusted} when adjusted, {@code target_met},
 * {@code verdict} with a target, {@code method} and {@code note}. A hidden value is blank in every column
 * that could reveal it. The note under the table says what the rows are compared with.
 */
public final class IndicatorTable {
    private IndicatorTable() {
    }

    public static ResultTable of(IndicatorResult r) {
        IndicatorDef ind = r.indicator();
        boolean sv = r.settings().swedish();
        String country = sv ? "Riket" : "National";
        String all = sv ? "Totalt" : "Total";
        ReferenceRule rule = r.rule();
        List<BreakdownDef> by = r.breakdowns();
        List<String> names = by.stream().map(BreakdownDef::name).toList();
        String selection = rule == null ? null : rule.selectionLabel();
        String selectionColumn = rule == null ? null : rule.selectionColumn();
        boolean extra = selection != null && !names.contains(selectionColumn);

        List<String> columns = new ArrayList<>();
        if (extra) {
            columns.add(selectionColumn);
        }
        columns.addAll(names);
        columns.addAll(List.of("numerator", "denominator", "value"));
        for (int i = 0; i < r.levels().size(); i++) {
            columns.add("lower_" + r.levelLabel(i));
            columns.add("upper_" + r.levelLabel(i));
        }
        boolean weighted = ind.weight() != null;
        if (weighted) {
            columns.add("n_effective");
        }
        columns.addAll(List.of("national", "deviation_pct", "vs_national"));
        if (r.second() >= 0) {
            columns.add("vs_national_" + r.levelLabel(r.second()));
        }
        if (r.adjusted()) {
            columns.addAll(List.of("p_value", "p_adjusted"));
        }
        columns.add("target_met");
        if (ind.target() != null) {
            columns.add("verdict");
        }
        columns.addAll(List.of("method", "note"));

        int dropped = rule == null ? -1 : rule.comparedWithoutUnit();
        List<List<Object>> rows = new ArrayList<>();
        for (GroupResult g : r.rows()) {
            List<Object> row = new ArrayList<>();
            boolean reference = g.role() == GroupResult.Role.REFERENCE;
            if (extra) {
                row.add(reference ? country : selection);
            }
            for (int k = 0; k < by.size(); k++) {
                String label = r.label(g, k);
                if (label != null) {
                    row.add(label);
                } else if (g.role() == GroupResult.Role.TOTAL) {
                    row.add(r.isUnit(k) ? selection : all);
                } else {
                    row.add(r.isUnit(k) || k == dropped ? country : all);
                }
            }
            Estimate e = g.estimate();
            boolean hidden = g.disclosure().valueHidden();
            row.add(g.disclosure().countHidden() ? null : num(e.numerator()));
            row.add(g.disclosure().denominatorHidden() ? null : num(e.denominator()));
            row.add(hidden ? null : num(e.value()));
            for (int i = 0; i < r.levels().size(); i++) {
                row.add(hidden ? null : num(e.lower()[i]));
                row.add(hidden ? null : num(e.upper()[i]));
            }
            if (weighted) {
                row.add(hidden ? null : num(e.effectiveN()));
            }
            row.add(reference ? (hidden ? null : num(e.value())) : num(g.referenceValue()));
            boolean compared = g.comparison() != null && g.comparison() != se.indikator.runtime.estimate.Comparison.NOT_COMPARED;
            row.add(compared ? num(g.deviationPct()) : null);
            row.add(g.comparison() == null ? null : g.comparison().word());
            if (r.second() >= 0) {
                row.add(g.secondComparison() == null ? null : g.secondComparison().word());
            }
            if (r.adjusted()) {
                row.add(compared ? num(g.pValue()) : null);
                row.add(compared ? num(g.pAdjusted()) : null);
            }
            row.add(g.targetMet() == null ? null : g.targetMet() ? "yes" : "no");
            if (ind.target() != null) {
                row.add(g.verdict() == null ? null : g.verdict().word());
            }
            row.add(hidden ? null : e.method());
            row.add(g.disclosure().reason());
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        String note = r.referenceNote();
        if (note != null) {
            notes.add(note.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + note.substring(1));
        }
        if (ind.isDerived()) {
            String d = ind.derived().describe();
            notes.add(d.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + d.substring(1)
                    + "; a row is hidden where either arm's is");
        }
        String measure = !ind.isDerived() ? ind.measure().describe() : ind.derived().ratio() ? "ratio of "
                + ind.derived().left().measure().describe() : "difference of " + ind.measure().describe()
                        + (ind.measure().kind() == se.indikator.runtime.ast.Measure.Kind.PERCENT ? ", percentage points" : "");
        String title = ind.name() + (ind.title() == null ? "" : " — " + ind.title()) + " (" + measure
                + (ind.standardisation() == null ? "" : ", " + r.plan().statistic().standardisation())
                + (ind.weight() == null ? "" : ", weighted by " + ind.weight()) + ")";
        return new ResultTable(title, columns, rows, notes, r.decimals(), sv);
    }

    private static Object num(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
