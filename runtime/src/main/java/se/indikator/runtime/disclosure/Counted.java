package se.indikator.runtime.disclosure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.ReferenceRule;

/**
 * What an indicator's tables count, whatever rows its cohort keeps. Indicators over the same data (the family
 * compares the data; a file read twice under two names is the same data) that count the same things of the same
 * rows — the same numerator condition, measure, value column, weight, standardisation — and differ only in the
 * conditions of their cohorts ({@code cohort persons where age >= 65}) are one family of the ledger, and those
 * conditions are conjuncts of the rows each of their tables counts. So the deaths of the over-65s in one table and
 * of everyone in another tell the ledger, as they would tell a reader, the deaths of the under-65s. Other
 * indicators (ratios of aggregates, indicators derived from others) are a family each.
 *
 * @param base the indicator as the family's microdata cells are computed: a cohort indicator without its cohort's
 *     conditions (its name, title and disclosure rules those of the first indicator of the family)
 * @param numerator the numerator condition of a cohort indicator (the indicator itself for other shapes)
 * @param rest what else must be equal for two indicators to be of one family (empty for other shapes, which
 *     the numerator tells apart)
 */
record Counted(IndicatorDef base, Object numerator, List<Object> rest) {

    /** What {@code ind} counts. */
    static Counted of(IndicatorDef ind) {
        if (!cohort(ind)) {
            return new Counted(ind, ind, List.of());
        }
        IndicatorDef base = new IndicatorDef(ind.name(), ind.title(), ind.shape(), ind.cohortSource(), null,
                ind.numeratorCondition(), null, ind.numerator(), ind.denominator(), ind.measure(), ind.ciMethod(),
                ind.levels(), ind.polarity(), ind.target(), ind.suppressRules(), ind.suppressNone(),
                ind.standardisation(), ind.standardisationName(), ind.strata(), ind.frequencies(), ind.survival(),
                ind.weight(), ind.metadata(), ind.span(), ind.sourceText());
        List<Object> rest = List.of(rowsCounted(ind) ? "rows" : ind.measure().kind(), optional(ind.measure().column()),
                optional(ind.weight()), optional(ind.standardisation()), ind.strata(), ind.frequencies(),
                optional(ind.survival()));
        return new Counted(base, optional(ind.numeratorCondition()), rest);
    }

    private static boolean cohort(IndicatorDef ind) {
        return ind.shape() == IndicatorDef.Shape.COHORT && !ind.isDerived();
    }

    /**
     * Whether a cohort indicator's numerator and denominator are counts of its rows (a proportion, a percentage or a
     * rate over the cohort's rows, not over a column): they count alike, whatever the measure makes of them.
     */
    static boolean rowsCounted(IndicatorDef ind) {
        Measure.Kind k = ind.measure().kind();
        return cohort(ind) && ind.measure().column() == null
                && (k == Measure.Kind.PROPORTION || k == Measure.Kind.PERCENT || k == Measure.Kind.RATE);
    }

    /** Measures whose numerator is a count of the cohort's rows that meet the numerator condition. */
    private static final Set<Measure.Kind> COUNTING = EnumSet.of(Measure.Kind.PROPORTION, Measure.Kind.PERCENT,
            Measure.Kind.RATE, Measure.Kind.COUNT);

    /**
     * The conditions {@code this} indicator's numerator adds to {@code narrower}'s when both count rows of their
     * cohorts alike and this one's numerator is that one's with more conditions ({@code died and icd(cause,
     * "I00-I99")} against {@code died}), or null. This one's numerator over some rows is then that one's over the
     * same rows that also meet the added conditions, and its denominator that one's denominator: its tables
     * relate to that family's counts too.
     */
    Set<Expr> numeratorBeyond(Counted narrower) {
        if (!cohort(base) || !cohort(narrower.base) || !rest.equals(narrower.rest)
                || !COUNTING.contains(base.measure().kind()) || base.numeratorCondition() == null
                || narrower.base.numeratorCondition() == null) {
            return null;
        }
        Set<Expr> more = new LinkedHashSet<>(ReferenceRule.conjuncts(base.numeratorCondition()));
        List<Expr> fewer = ReferenceRule.conjuncts(narrower.base.numeratorCondition());
        if (!more.containsAll(fewer)) {
            return null;
        }
        more.removeAll(fewer);
        return more.isEmpty() ? null : Set.copyOf(more);
    }

    /** The conditions of an indicator's cohort, as conjuncts of the rows its tables count (none for other shapes). */
    static List<Expr> cohortConjuncts(IndicatorDef ind) {
        if (!cohort(ind)) {
            return List.of();
        }
        List<Expr> out = new ArrayList<>(ReferenceRule.conjuncts(ind.cohortWhere()));
        out.addAll(ReferenceRule.conjuncts(ind.denominatorCondition()));
        return out;
    }

    private static Object optional(Object o) {
        return o == null ? List.of() : o;
    }

    /** Two indicators count alike when their numerators and the rest are equal; the base takes no part. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Counted c && numerator.equals(c.numerator) && rest.equals(c.rest);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + rest.hashCode();
    }
}
