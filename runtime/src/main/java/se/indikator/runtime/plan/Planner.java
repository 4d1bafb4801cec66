package se.indikator.runtime.plan;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Aggregate;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;

/**
 * Turns a checked request into its logical plan: one pass per source (the cohort, or the numerator and the
 * denominator), each with its filters (the indicator's own conditions and the statement's {@code where}),
 * keys (the breakdowns) and strata; the statistic; the disclosure rules; and the plan of the national
 * reference that {@link ReferenceRule} defines.
 */
public final class Planner {
    private final Catalog catalog;

    public Planner(Catalog catalog) {
        this.catalog = catalog;
    }

    public QueryPlan plan(ResultRequest r) {
        ReferenceRule rule = r.reference();
        QueryPlan reference = rule.referenceIsTotal() || rule.selfReferenced() ? null
                : logical(r.indicator(), rule.referenceBreakdowns(), rule.referenceWhere(), r.settings(), null, null);
        return logical(r.indicator(), r.by(), r.where(), r.settings(), rule, reference);
    }

    /**
     * The plan of an indicator's counts by these breakdowns over all its rows, with no reference — what
     * disclosure control computes to see how the cells of a run's tables overlap.
     */
    public QueryPlan cells(IndicatorDef ind, List<BreakdownDef> by, Settings settings) {
        return logical(ind, by, null, settings, null, null);
    }

    /** The confidence levels of an indicator: its own, or the settings' default. */
    public static List<Double> levels(IndicatorDef ind, Settings settings) {
        return ind.levels().isEmpty() ? settings.levels() : ind.levels();
    }

    private QueryPlan logical(IndicatorDef ind, List<BreakdownDef> by, Expr where, Settings settings, ReferenceRule rule,
            QueryPlan reference) {
        List<String> keys = by.stream().map(BreakdownDef::name).toList();
        List<String> strata = ind.strata().stream().map(BreakdownDef::name).toList();
        List<QueryPlan.Pass> passes = new ArrayList<>();
        if (ind.shape() == IndicatorDef.Shape.COHORT) {
            List<Expr> filters = new ArrayList<>();
            addIf(filters, ind.cohortWhere());
            addIf(filters, ind.denominatorCondition());
            addIf(filters, where);
            Dataset d = catalog.data(ind.cohortSource()).orElseThrow();
            Measure.Kind kind = ind.measure().kind();
            boolean valued = kind == Measure.Kind.MEAN || kind == Measure.Kind.MEDIAN || kind == Measure.Kind.PERCENTILE;
            passes.add(new QueryPlan.Pass(QueryPlan.Role.COHORT, d.name(), rows(d), filters, ind.numeratorCondition(),
                    valued ? ind.measure().column() : null, valued, keys, strata, ind.weight()));
        } else {
            passes.add(aggregatePass(QueryPlan.Role.NUMERATOR, ind.numerator(), where, keys, strata));
            if (ind.denominator() != null) {
                passes.add(aggregatePass(QueryPlan.Role.DENOMINATOR, ind.denominator(), where, keys, strata));
            }
        }
        String std = ind.standardisation() == null ? null : ind.standardisation().describe();
        List<String> rules = new ArrayList<>();
        ind.suppressRules().forEach(x -> rules.add(x.describe()));
        double defaultBelow = ind.suppressNone() ? 0 : settings.suppressBelow();
        return new QueryPlan(ind, by, where, passes,
                new QueryPlan.Statistic(ind.measure().describe(), ind.ciMethod(), levels(ind, settings), std),
                new QueryPlan.Suppression(rules, defaultBelow, defaultBelow > 0 || !rules.isEmpty()), rule, reference);
    }

    private static void addIf(List<Expr> l, Expr e) {
        if (e != null) {
            l.add(e);
        }
    }

    private QueryPlan.Pass aggregatePass(QueryPlan.Role role, Aggregate a, Expr where, List<String> keys,
            List<String> strata) {
        List<Expr> filters = new ArrayList<>();
        addIf(filters, a.where());
        addIf(filters, where);
        Dataset d = catalog.data(a.source()).orElseThrow();
        return new QueryPlan.Pass(role, d.name(), rows(d), filters, null, a.column(), a.kind() == Aggregate.Kind.SUM,
                keys, strata);
    }

    /** The number of rows of data, wherever they lie (as many as an {@code int} counts, for an engine's). */
    private static int rows(se.indikator.runtime.data.Dataset d) {
        return (int) Math.min(d.rowsHeld(), Integer.MAX_VALUE);
    }
}
