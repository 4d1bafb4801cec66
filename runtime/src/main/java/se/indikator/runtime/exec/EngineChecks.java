package se.indikator.runtime.exec;

import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.QueryPlan;

/**
 * What an engine does not compute for a request, as errors at the indicator: a pass the portable SQL cannot
 * express (E600) and an engine that failed (E600); and the computations that need the rows themselves — medians
 * and percentiles, the frequency columns of {@code dobson-non-independent}, relative survival — whose columns are
 * read from the engine and computed in memory, so that none is ever computed from an engine's missing rows.
 */
final class EngineChecks {
    private EngineChecks() {
    }

    /** Adds the errors of the request's engine passes to {@code out}; whether there were any. */
    static boolean refuse(IndicatorDef ind, List<QueuedPass> passes, List<Diagnostic> out) {
        boolean refused = false;
        for (QueuedPass q : passes) {
            if (q.data.engine().isEmpty()) {
                continue;
            }
            String where = "data '" + q.data.name() + "' in " + q.data.engine().get().engine().name();
            if (q.failure != null) {
                boolean failed = q.failure.startsWith("F:");
                String why = q.failure.substring(2);
                String code = "E600";
                out.add(!failed
                        ? Diagnostic.error(code, ind.span(), "'" + ind.name() + "' cannot be computed where " + where
                                + " lies: there is no portable SQL for " + why, "compute it on data read into memory with 'read', or "
                                + "write the condition with the column compared to values, lists and bands")
                        : Diagnostic.error(code, ind.span(), "the engine holding " + where + " failed to answer for '" + ind.name()
                                + "': " + why, "check that the engine is running and the data are where they were when the "
                                + "script began"));
                refused = true;
                continue;
            }
        }
        return refused;
    }

    /**
     * Whether a request needs the rows themselves rather than counts and sums per cell: a median or percentile, relative
     * survival, or the frequency columns of {@code dobson-non-independent}.
     */
    static boolean needsRows(IndicatorDef ind) {
        Measure.Kind kind = ind.measure().kind();
        return kind == Measure.Kind.MEDIAN || kind == Measure.Kind.PERCENTILE || kind == Measure.Kind.SURVIVAL
                || !ind.frequencies().isEmpty();
    }

    /** The columns a plan's passes read (and those of its reference's): all that its rows need in memory. */
    static java.util.Set<String> columns(QueryPlan plan) {
        return columns(plan, RowPushdown.NONE);
    }

    /**
     * The columns a plan's passes (and its reference's) read in memory when the engine has applied {@code pushed}:
     * those of the conditions left to memory, values, weights, flags, keys, strata, frequency columns and the
     * items of a survival clause that are read from the cohort's rows.
     */
    static java.util.Set<String> columns(QueryPlan plan, RowPushdown pushed) {
        java.util.Set<String> out = new java.util.HashSet<>();
        se.indikator.runtime.ast.Clause.Survival survival = plan.indicator().survival();
        if (survival != null) {
            survival.items().forEach((item, e) -> {
                if (!item.equals("table") && !item.equals("q")) { // the life table's, not the cohort's
                    columnsOf(e, out);
                }
            });
        }
        for (QueryPlan p = plan; p != null; p = p.reference()) {
            for (QueryPlan.Pass pass : p.passes()) {
                java.util.List<se.indikator.runtime.ast.Expr> exprs = new java.util.ArrayList<>(pushed.residual(pass.filters()));
                if (pass.flag() != null) {
                    exprs.add(pass.flag());
                }
                exprs.forEach(e -> columnsOf(e, out));
                if (pass.valueColumn() != null) {
                    out.add(pass.valueColumn());
                }
                if (pass.weightColumn() != null) {
                    out.add(pass.weightColumn());
                }
            }
            p.breakdowns().forEach(b -> out.addAll(b.columns()));
            p.indicator().strata().forEach(b -> out.addAll(b.columns()));
            out.addAll(p.indicator().frequencies());
        }
        return out;
    }

    /** Adds the columns an expression reads to {@code out}. */
    private static void columnsOf(se.indikator.runtime.ast.Expr e, java.util.Set<String> out) {
        se.indikator.runtime.ast.Exprs.walk(e, x -> {
            if (x instanceof se.indikator.runtime.ast.Expr.ColumnRef c) {
                out.add(c.name());
            }
        });
    }
}
