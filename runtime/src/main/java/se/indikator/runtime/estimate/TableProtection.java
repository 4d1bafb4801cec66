package se.indikator.runtime.estimate;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.ast.SuppressRule;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.IndicatorDef;

/**
 * Disclosure control of one result: primary suppression (the indicator's {@code suppress when …} rules,
 * the session's default rule on the numerator — on the denominator for means, medians and survival — and
 * rules inherent in a method), then secondary suppression within each family of rows that add up to a
 * published row (the groups to the total; the groups of one slice to the country's slice; the country's
 * slices to the country): when exactly one count of a family is hidden, the next smallest is hidden too, so
 * that it cannot be recovered by subtraction.
 */
final class TableProtection {
    private TableProtection() {
    }

    /** The primary decision for one row. */
    static Disclosure primary(Estimate e, IndicatorDef ind, double defaultBelow) {
        String why = null;
        for (SuppressRule r : ind.suppressRules()) {
            if (why == null && r.triggers(e.numerator(), e.denominator())) {
                why = "suppressed: " + r.describe();
            }
        }
        Measure.Kind kind = ind.measure().kind();
        boolean valued = kind == Measure.Kind.MEAN || kind == Measure.Kind.MEDIAN || kind == Measure.Kind.SURVIVAL;
        double cases = valued ? e.denominator() : e.numerator();
        boolean hideCount = false;
        if (defaultBelow > 0 && cases < defaultBelow) {
            hideCount = !valued;
            if (why == null) {
                why = "suppressed: " + (valued ? "denominator" : "numerator") + " < " + Numbers.plain(defaultBelow);
            }
        }
        if (why != null) {
            return new Disclosure(Disclosure.Status.PRIMARY, hideCount, why);
        }
        Estimate.Withheld withheld = e.withheld();
        if (withheld != null) {
            return new Disclosure(withheld.rule() ? Disclosure.Status.PRIMARY : Disclosure.Status.NOT_COMPUTED, false,
                    withheld.reason());
        }
        return Disclosure.SHOWN;
    }

    /**
     * Secondary suppression over families of rows (indices into {@code rows}): repeated until no family has
     * exactly one hidden count.
     */
    static void secondary(List<Estimate> rows, Disclosure[] d, List<List<Integer>> families) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> family : families) {
                List<Integer> live = new ArrayList<>();
                for (int i : family) {
                    if (rows.get(i).denominator() != 0) {
                        live.add(i);
                    }
                }
                long hidden = live.stream().filter(i -> d[i].countHidden()).count();
                if (hidden != 1 || live.size() < 2) {
                    continue;
                }
                int best = -1;
                for (int i : live) {
                    if (!d[i].countHidden() && (best < 0 || rows.get(i).numerator() < rows.get(best).numerator())) {
                        best = i;
                    }
                }
                if (best >= 0) {
                    d[best] = d[best].valueHidden() ? d[best].withCountHidden()
                            : new Disclosure(Disclosure.Status.SECONDARY, true, "suppressed: secondary, protects a small group");
                    changed = true;
                }
            }
        }
    }
}
