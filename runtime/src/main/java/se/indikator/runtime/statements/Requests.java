package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.check.BreakdownChecker;
import se.indikator.runtime.check.ColumnsUsed;
import se.indikator.runtime.check.ExprChecker;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.ReferenceRule;
import se.indikator.runtime.plan.ResultRequest;

/**
 * Checks a request for an indicator's result as a statement writes it ({@code amenable by region, kön where
 * year == 2023}): the indicator exists and its data are loaded, each name after {@code by} is a breakdown or
 * a column of every source and applies to it, the condition reads columns every source has, and the
 * condition can be split into what selects units and what does not (for the national reference).
 */
final class Requests {
    private Requests() {
    }

    static Optional<ResultRequest> check(Context c, Name indName, List<Name> by, Expr where, Set<String> fixed,
            java.util.Map<String, BreakdownDef> inline) {
        Catalog catalog = c.catalog();
        Diagnostics d = c.diagnostics();
        Optional<IndicatorDef> ind = catalog.indicator(indName.text());
        if (ind.isEmpty() && catalog.isBroken(indName.text())) {
            unknownBreakdowns(catalog, by, d); // still worth saying, whatever the indicator's own mistakes
            return Optional.empty();
        }
        if (ind.isEmpty()) {
            java.util.Optional<String> failed = Suggest.closest(indName.text(), catalog.brokenNames());
            java.util.Optional<String> known = Suggest.closest(indName.text(), catalog.indicators().keySet());
            d.error("E102", indName.span(), "unknown indicator '" + indName.text() + "'",
                    known.isEmpty() && failed.isPresent() ? "did you mean '" + failed.get() + "'? (declared above, with errors)"
                            : Suggest.hint(indName.text(), catalog.indicators().keySet(), "indicator"));
            unknownBreakdowns(catalog, by, d);
            return Optional.empty();
        }
        if (ind.get().isDerived()) {
            return derived(c, indName, ind.get(), by, where, fixed, inline);
        }
        List<Dataset> sources = new ArrayList<>();
        for (String src : ind.get().sources()) {
            catalog.data(src).ifPresent(sources::add);
        }
        if (sources.size() != ind.get().sources().size()) {
            return Optional.empty();
        }
        boolean ok = true;
        List<BreakdownDef> defs = new ArrayList<>();
        BreakdownChecker bc = new BreakdownChecker(catalog, c.functions(), d);
        for (Name b : by) {
            BreakdownDef def = inline.containsKey(b.text()) ? inline.get(b.text()) : catalog.breakdown(b.text()).orElse(null);
            if (def == null && catalog.isBroken(b.text())) {
                ok = false;
                continue;
            }
            if (def == null) {
                if (sources.stream().noneMatch(ds -> ds.column(b.text()).isPresent())) {
                    List<String> known = new ArrayList<>(catalog.breakdowns().keySet());
                    sources.forEach(ds -> known.addAll(ds.columnNames()));
                    d.error("E103", b.span(), "unknown breakdown or column '" + b.text() + "'",
                            Suggest.hint(b.text(), new java.util.TreeSet<>(known), "breakdown or column"));
                    ok = false;
                    continue;
                }
                def = BreakdownDef.ofColumn(b.text(), b.span());
            }
            if (defs.stream().anyMatch(x -> x.name().equals(b.text()))) {
                d.error("E104", b.span(), "'" + b.text() + "' is named twice after 'by'", "name each breakdown once");
                ok = false;
                continue;
            }
            for (Dataset ds : sources) {
                ok &= bc.appliesTo(def, ds, b.span());
            }
            defs.add(def);
        }
        if (where != null) {
            ok &= checkWhere(c, indName, where, sources);
        }
        if (ok && !by.isEmpty()) {
            ok = boundedCube(ind.get(), defs, sources, by, d);
        }
        if (!ok) {
            return Optional.empty();
        }
        ReferenceRule rule = ReferenceRule.of(defs, catalog::isUnit, catalog.unitColumns(), where, fixed);
        for (Expr m : rule.mixed()) {
            List<String> units = ColumnsUsed.of(m).keySet().stream().filter(catalog.unitColumns()::contains).toList();
            d.error("E106", m.span(), "this condition mixes a unit of comparison (" + String.join(", ", units)
                    + ") with other columns, so the national reference cannot leave out the one and keep the other",
                    "write the unit's condition and the others as separate conditions joined by 'and'");
            ok = false;
        }
        return ok ? Optional.of(new ResultRequest(ind.get(), defs, where, catalog.settings(), rule)) : Optional.empty();
    }

    /**
     * A derived indicator's request: the requests of its arms, each by the same breakdowns under the statement's
     * condition and the arm's own ({@code amenable where kön == "Kvinnor"}), so each arm's reference keeps the
     * arm's condition (the country's women).
     */
    private static Optional<ResultRequest> derived(Context c, Name indName, IndicatorDef ind, List<Name> by, Expr where,
            Set<String> fixed, java.util.Map<String, BreakdownDef> inline) {
        se.indikator.runtime.model.Derivation d = ind.derived();
        Optional<ResultRequest> left = check(c, new Name(d.left().name(), indName.span()), by, both(where, d.leftWhere()),
                fixed, inline);
        Optional<ResultRequest> right = check(c, new Name(d.right().name(), indName.span()), by, both(where, d.rightWhere()),
                fixed, inline);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        ResultRequest l = left.get();
        ReferenceRule rule = ReferenceRule.of(l.by(), c.catalog()::isUnit, c.catalog().unitColumns(), where, fixed);
        return Optional.of(new ResultRequest(ind, l.by(), where, c.catalog().settings(), rule, List.of(l, right.get())));
    }

    private static Expr both(Expr a, Expr b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new Expr.Logical(Expr.LogicalOp.AND, List.of(a, b), a.span());
    }

    /**
     * The names after {@code by} that are neither a breakdown nor a column of any data loaded, reported when the
     * indicator itself cannot be checked (so that its data are unknown).
     */
    private static void unknownBreakdowns(Catalog catalog, List<Name> by, Diagnostics d) {
        for (Name b : by) {
            boolean column = catalog.allData().values().stream().anyMatch(ds -> ds.column(b.text()).isPresent());
            if (catalog.breakdown(b.text()).isEmpty() && !catalog.isBroken(b.text()) && !column) {
                List<String> known = new ArrayList<>(catalog.breakdowns().keySet());
                catalog.allData().values().forEach(ds -> known.addAll(ds.columnNames()));
                d.error("E103", b.span(), "unknown breakdown or column '" + b.text() + "'",
                        Suggest.hint(b.text(), new java.util.TreeSet<>(known), "breakdown or column"));
            }
        }
    }

    /** More combinations of categories (groups × strata) than this are refused before anything is allocated. */
    static final long MAX_COMBINATIONS = 5_000_000;

    /** Whether the groups of the breakdowns, times the indicator's strata, stay within {@link #MAX_COMBINATIONS}. */
    private static boolean boundedCube(se.indikator.runtime.model.IndicatorDef ind, List<BreakdownDef> defs,
            List<Dataset> sources, List<Name> by, se.indikator.runtime.diag.Diagnostics d) {
        long cells = 1;
        List<String> sizes = new ArrayList<>();
        List<BreakdownDef> all = new ArrayList<>(defs);
        all.addAll(ind.strata());
        for (BreakdownDef b : all) {
            int n = Math.max(1, se.indikator.runtime.exec.Categories.list(b, sources).labels().size());
            sizes.add(b.name() + " " + n);
            cells = Math.min(Long.MAX_VALUE / 2, cells * n);
        }
        if (cells <= MAX_COMBINATIONS) {
            return true;
        }
        se.indikator.runtime.diag.Span at = by.get(0).span().to(by.get(by.size() - 1).span());
        d.error("E108", at, "these breakdowns make " + String.format(java.util.Locale.ROOT, "%,d", cells)
                + " combinations of categories (" + String.join(" × ", sizes) + ")",
                "the limit is " + String.format(java.util.Locale.ROOT, "%,d", MAX_COMBINATIONS)
                        + "; group a column with many values into bands or cases first");
        return false;
    }

    private static boolean checkWhere(Context c, Name indName, Expr where, List<Dataset> sources) {
        boolean ok = true;
        for (Dataset ds : sources) {
            Diagnostics local = new Diagnostics();
            new ExprChecker(c.catalog(), c.functions(), local).checkCondition(where, ds);
            if (!local.hasErrors()) {
                continue;
            }
            boolean missingColumn = local.all().stream().anyMatch(x -> x.code().equals("E201"));
            if (missingColumn && sources.size() > 1) {
                for (var e : ColumnsUsed.of(where).entrySet()) {
                    if (ds.column(e.getKey()).isEmpty()) {
                        c.diagnostics().error("E201", e.getValue(), "column '" + e.getKey() + "' of the 'where' is not in data '"
                                + ds.name() + "', which indicator '" + indName.text() + "' also reads",
                                Suggest.hint(e.getKey(), ds.columnNames(), "column"));
                    }
                }
            } else {
                for (Diagnostic x : local.all()) {
                    c.diagnostics().add(x);
                }
            }
            ok = false;
        }
        return ok;
    }
}
