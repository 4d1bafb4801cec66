package se.indikator.runtime.estimate;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.QueryPlan;

/**
 * A derived indicator's result ({@code ratio of A where kön == "Kvinnor" to A where kön == "Män"}), made from its
 * arms' typed results after disclosure control has decided them: each row is the ratio or difference of the two
 * arms' rows with the same role and categories, with its interval ({@link DerivedEstimate}); a row is hidden when
 * either arm's row is (so nothing hidden in an arm can be recovered from it), and carries no counts. Its
 * reference is the derived value of the arms' national rows for the same slice, and a row is compared by whether
 * that value lies outside the row's interval.
 */
public final class DerivedResult {
    private DerivedResult() {
    }

    /** The derived result of a request from its left and right arms' results (by the same breakdowns). */
    public static IndicatorResult of(se.indikator.runtime.plan.ResultRequest request, IndicatorResult left,
            IndicatorResult right) {
        IndicatorDef ind = request.indicator();
        boolean ratio = ind.derived().ratio();
        List<Double> levels = left.levels();
        List<GroupResult> rows = left.rows();
        List<Estimate> estimates = new ArrayList<>();
        List<Disclosure> disclosures = new ArrayList<>();
        for (GroupResult l : rows) {
            GroupResult r = right.rows().stream()
                    .filter(x -> x.role() == l.role() && right.labels(x).equals(left.labels(l))).findFirst().orElse(null);
            if (r == null) {
                estimates.add(DerivedEstimate.none(levels.size(), ind.derived().right().name() + " has no such row"));
                disclosures.add(new Disclosure(Disclosure.Status.NOT_COMPUTED, true, true,
                        "not computed: " + ind.derived().right().name() + " has no such group"));
                continue;
            }
            String hidden = l.disclosure().valueHidden() ? ind.derived().left().name()
                    : r.disclosure().valueHidden() ? ind.derived().right().name() : null;
            if (hidden != null) {
                estimates.add(DerivedEstimate.none(levels.size(), ""));
                disclosures.add(new Disclosure(Disclosure.Status.SECONDARY, true, true,
                        "suppressed: " + hidden + " is suppressed here"));
                continue;
            }
            Estimate e = DerivedEstimate.of(ratio, l.estimate(), r.estimate(), ind.derived().left(), ind.derived().right(),
                    levels);
            estimates.add(e);
            disclosures.add(Double.isNaN(e.value()) ? new Disclosure(Disclosure.Status.NOT_COMPUTED, true, true,
                    e.withheld() == null ? "not computed" : e.withheld().reason()) : Disclosure.SHOWN);
        }
        List<GroupResult> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GroupResult l = rows.get(i);
            Estimate e = estimates.get(i);
            Disclosure d = disclosures.get(i);
            int ref = referenceRow(left, l);
            boolean compared = ref >= 0 && !d.valueHidden() && !disclosures.get(ref).valueHidden()
                    && !Double.isNaN(estimates.get(ref).value());
            Estimate reference = ref < 0 ? null : estimates.get(ref);
            double refValue = compared ? reference.value() : Double.NaN;
            Comparison first = ref < 0 ? Comparison.NOT_COMPARED : compared
                    ? Comparison.of(e.lower()[left.first()], e.upper()[left.first()], refValue, ind.polarity())
                    : Comparison.NOT_COMPARED;
            Comparison second = ref < 0 || left.second() < 0 ? null : compared
                    ? Comparison.of(e.lower()[left.second()], e.upper()[left.second()], refValue, ind.polarity())
                    : Comparison.NOT_COMPARED;
            double deviation = compared && refValue != 0 ? (e.value() - refValue) / Math.abs(refValue) * 100 : Double.NaN;
            boolean hasValue = !d.valueHidden() && !Double.isNaN(e.value());
            Verdict verdict = ref < 0 ? null : Verdict.of(first, null, Verdict.Change.NONE, ind.polarity(), hasValue);
            out.add(new GroupResult(l.role(), l.keys(), e, d, ref < 0 ? null : reference, deviation,
                    ref < 0 ? null : first, second, Double.NaN, Double.NaN, null, verdict));
        }
        QueryPlan p = left.plan();
        // the statement's own condition and reference rule: the arms' conditions are part of the derivation
        QueryPlan plan = new QueryPlan(ind, p.breakdowns(), request.where(), p.passes(), p.statistic(), p.suppression(),
                request.reference(), p.reference());
        return new IndicatorResult(plan, left.categories(), left.categoryValues(), out, levels, left.first(), left.second(),
                false, left.settings(), Math.max(2, left.decimals()));
    }

    /** The row a row of {@code r} is compared with (the national row of its slice), or -1 for reference rows. */
    private static int referenceRow(IndicatorResult r, GroupResult row) {
        if (row.role() == GroupResult.Role.REFERENCE) {
            return -1;
        }
        if (row.role() == GroupResult.Role.TOTAL || r.rule() == null || r.plan().reference() == null || r.rule().kept().isEmpty()) {
            return 0;
        }
        List<GroupResult> rows = r.rows();
        for (int i = 0; i < rows.size(); i++) {
            GroupResult x = rows.get(i);
            if (x.role() != GroupResult.Role.REFERENCE) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < row.keys().size() && same; k++) {
                boolean kept = r.rule().kept().contains(k);
                same = kept ? x.keys().get(k).equals(row.keys().get(k)) : x.keys().get(k) == -1;
            }
            if (same) {
                return i;
            }
        }
        return -1;
    }
}
