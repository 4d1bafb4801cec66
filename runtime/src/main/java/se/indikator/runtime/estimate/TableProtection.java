package se.indikator.runtime.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.ast.SuppressRule;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.IndicatorDef;

/**
 * Disclosure control of one result. Primary protection: a row is protected when the indicator's
 * {@code suppress when …} rules, the session's default rule ({@code set suppress below N}: on the numerator,
 * on the denominator for means, medians and survival) or a rule of the method hold (a method's rule protects
 * the counts too whenever a disclosure rule is in force; with none it only withholds the unreliable value) — and, for proportions,
 * when a numerator rule holds for the complement (denominator − numerator), so that "not the event" is as
 * protected as the event. A protected row shows nothing that carries information about it: not its value,
 * interval, comparison or method, not its numerator, and not its denominator when a rule on the denominator
 * protects it. Secondary protection then works within every family of rows that add up to a published row
 * (the groups to the total; the groups of one slice to the country's slice; the country's slices to the
 * country), separately for numerators and denominators: when exactly one count of a family is hidden, the
 * row with the next smallest count is hidden too, so that it cannot be recovered by subtraction.
 */
public final class TableProtection {
    private TableProtection() {
    }

    /** The primary decision for one row. */
    public static Disclosure primary(Estimate e, IndicatorDef ind, double defaultBelow) {
        Measure.Kind kind = ind.measure().kind();
        boolean proportion = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT;
        boolean valued = kind == Measure.Kind.MEAN || kind == Measure.Kind.MEDIAN || kind == Measure.Kind.PERCENTILE || kind == Measure.Kind.SURVIVAL;
        double complement = e.denominator() - e.numerator();
        String why = null;
        boolean denominator = false;
        List<Protection> protections = new ArrayList<>();
        for (SuppressRule r : ind.suppressRules()) {
            boolean onDenominator = r.subject() == SuppressRule.Subject.DENOMINATOR;
            if (r.triggers(e.numerator(), e.denominator())) {
                why = why == null ? "suppressed: " + r.describe() : why;
                denominator |= onDenominator;
                protections.add(Protection.of(onDenominator ? Protection.Quantity.DENOMINATOR
                        : Protection.Quantity.NUMERATOR, r));
            } else if (proportion && !onDenominator && !Double.isNaN(complement) && r.triggers(complement, e.denominator())) {
                why = why == null ? "suppressed: denominator − numerator " + r.comparator().symbol + " "
                        + Numbers.plain(r.threshold()) : why;
                protections.add(Protection.of(Protection.Quantity.COMPLEMENT, r));
            }
        }
        if (defaultBelow > 0) {
            double cases = valued ? e.denominator() : e.numerator();
            String rule = "below " + Numbers.plain(defaultBelow);
            if (cases < defaultBelow) {
                why = why == null ? "suppressed: " + (valued ? "denominator" : "numerator") + " < " + Numbers.plain(defaultBelow)
                        : why;
                denominator |= valued;
                protections.add(Protection.below(valued ? Protection.Quantity.DENOMINATOR : Protection.Quantity.NUMERATOR,
                        defaultBelow, rule));
            } else if (proportion && complement < defaultBelow) {
                why = why == null ? "suppressed: denominator − numerator < " + Numbers.plain(defaultBelow) : why;
                protections.add(Protection.below(Protection.Quantity.COMPLEMENT, defaultBelow, rule));
            }
        }
        if (why != null) {
            return new Disclosure(Disclosure.Status.PRIMARY, true, denominator, why, protections);
        }
        Estimate.Withheld withheld = e.withheld();
        if (withheld != null) {
            // a method's rule (Dobson's fewer than 10 events) hides the value; under disclosure control its counts too
            double control = defaultBelow > 0 ? defaultBelow : numeratorThreshold(ind);
            if (withheld.rule() && control > 0) {
                return new Disclosure(Disclosure.Status.PRIMARY, true, false, withheld.reason(),
                        List.of(Protection.below(Protection.Quantity.NUMERATOR, control, "below " + Numbers.plain(control))));
            }
            return withheld.rule() ? new Disclosure(Disclosure.Status.PRIMARY, false, false, withheld.reason())
                    : new Disclosure(Disclosure.Status.NOT_COMPUTED, false, false, withheld.reason());
        }
        return Disclosure.SHOWN;
    }

    /** The protection interval the indicator's own numerator rules ask for (0 when it has none). */
    private static double numeratorThreshold(IndicatorDef ind) {
        double t = 0;
        for (SuppressRule r : ind.suppressRules()) {
            if (r.subject() == SuppressRule.Subject.NUMERATOR) {
                t = Math.max(t, Protection.of(Protection.Quantity.NUMERATOR, r).interval());
            }
        }
        return t == 0 && !ind.suppressRules().isEmpty() ? 1 : t;
    }

    /**
     * Secondary suppression over families of rows (indices into {@code rows}), for numerators and for
     * denominators: repeated until no family has exactly one hidden count.
     */
    static void secondary(List<Estimate> rows, Disclosure[] d, List<List<Integer>> families) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> family : families) {
                changed |= protect(rows, d, family, i -> d[i].countHidden(), Estimate::numerator, false);
                changed |= protect(rows, d, family, i -> d[i].denominatorHidden(), Estimate::denominator, true);
            }
        }
    }

    /** Hides the next smallest count of a family in which exactly one is hidden; whether anything changed. */
    private static boolean protect(List<Estimate> rows, Disclosure[] d, List<Integer> family, Predicate<Integer> hidden,
            ToDoubleFunction<Estimate> count, boolean denominators) {
        List<Integer> live = new ArrayList<>();
        for (int i : family) {
            Estimate e = rows.get(i);
            if (e.denominator() != 0 || e.numerator() != 0) {
                live.add(i);
            }
        }
        long n = live.stream().filter(hidden).count();
        if (n != 1 || live.size() < 2) {
            return false;
        }
        int best = -1;
        for (int i : live) {
            if (!hidden.test(i) && (best < 0 || count.applyAsDouble(rows.get(i)) < count.applyAsDouble(rows.get(best)))) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        Disclosure x = d[best].valueHidden() ? d[best] : Disclosure.secondary(false);
        d[best] = denominators ? x.withCountHidden().withDenominatorHidden() : x.withCountHidden();
        return true;
    }
}
