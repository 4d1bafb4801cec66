package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.EngineFailure;
import se.indikator.runtime.data.EngineRows;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.plan.PhysicalPlan;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.plan.ReferenceRule;
import se.indikator.runtime.sql.NotPortable;
import se.indikator.runtime.sql.SqlExpressions;

/**
 * The conditions an engine applies before the rows of a request that needs them (a median, a percentile, relative
 * survival, frequency columns) cross into memory: the conjuncts that every pass of the request and of its
 * reference over the same data has — so that no pass, the national reference's included, ever needs a row they
 * leave out — and that the portable SQL expresses, with the same two-valued logic as a pass's query. The other
 * conjuncts (a function of two text columns, a comparison of computed text, or one that only some passes have)
 * stay in memory, evaluated over the rows that came back; together they keep exactly the rows the in-memory kernel
 * keeps.
 *
 * @param pushed the conjuncts the engine applies
 * @param where their SQL, joined by {@code AND}; null when none is pushed
 */
record RowPushdown(List<Expr> pushed, String where) {

    /** Nothing pushed: every row crosses, and every condition is evaluated in memory. */
    static final RowPushdown NONE = new RowPushdown(List.of(), null);

    RowPushdown {
        pushed = List.copyOf(pushed);
    }

    /**
     * What the request of {@code plan} (with its reference) pushes to the engine that holds {@code data}; nothing
     * when {@code data} is in memory.
     */
    static RowPushdown of(QueryPlan plan, Dataset data, Catalog catalog, Functions functions) {
        if (data.engine().isEmpty()) {
            return NONE;
        }
        List<Expr> common = null;
        for (QueryPlan p = plan; p != null; p = p.reference()) {
            for (QueryPlan.Pass pass : p.passes()) {
                if (!pass.source().equals(data.name())) {
                    continue;
                }
                List<Expr> mine = conjuncts(pass.filters());
                if (common == null) {
                    common = mine;
                } else {
                    common.retainAll(mine);
                }
            }
        }
        if (common == null || common.isEmpty()) {
            return NONE;
        }
        SqlExpressions exprs;
        try {
            exprs = EnginePass.expressions(data, data.engine().get(), catalog, functions);
        } catch (NotPortable | EngineFailure e) {
            return NONE;
        }
        List<Expr> pushed = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        for (Expr c : common) {
            if (pushed.contains(c)) {
                continue;
            }
            try {
                sql.add(exprs.condition(c));
                pushed.add(c);
            } catch (NotPortable | EngineFailure e) {
                // evaluated in memory over the rows that come back (an engine that fails fails again when they are read)
            }
        }
        return pushed.isEmpty() ? NONE : new RowPushdown(pushed, String.join("\n  AND ", sql));
    }

    /** A pass's filters as their conjuncts: {@code a and (b and c)} gives a, b, c. */
    private static List<Expr> conjuncts(List<Expr> filters) {
        List<Expr> out = new ArrayList<>();
        filters.forEach(f -> out.addAll(ReferenceRule.conjuncts(f)));
        return out;
    }

    /** The conditions of a pass left to evaluate in memory over the rows the engine returned. */
    List<Expr> residual(List<Expr> filters) {
        if (pushed.isEmpty()) {
            return filters;
        }
        List<Expr> out = conjuncts(filters);
        out.removeAll(pushed);
        return out;
    }

    /**
     * The queries that read the rows a request needs from the engines that hold its data — its columns, and the rows
     * the conditions it pushes keep — as they are sent; none for a request that needs no rows.
     */
    static List<PhysicalPlan.Query> queries(QueryPlan plan, Catalog catalog, Functions functions) {
        List<PhysicalPlan.Query> out = new ArrayList<>();
        if (!EngineChecks.needsRows(plan.indicator())) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (QueryPlan.Pass pass : plan.passes()) {
            Dataset d = catalog.data(pass.source()).orElseThrow();
            if (d.engine().isEmpty() || !seen.add(d.name())) {
                continue;
            }
            RowPushdown pushed = of(plan, d, catalog, functions);
            String sql = EngineRows.sql(d, EngineChecks.columns(plan, pushed), pushed.where());
            out.add(new PhysicalPlan.Query(d.name(), d.engine().get().engine().name(), sql,
                    List.of(plan.indicator().name() + " rows" + (plan.reference() == null ? "" : ", and its reference's"))));
        }
        return out;
    }
}
