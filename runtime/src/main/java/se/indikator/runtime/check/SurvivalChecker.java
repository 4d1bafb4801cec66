package se.indikator.runtime.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.ValueType;

/**
 * Checks a relative-survival indicator: a cohort, and a {@code survival} clause naming the entry and
 * exit dates, the death condition, the age at entry in years, the sex code, and the population life
 * table (data with columns {@code sex}, {@code age}, {@code year} and {@code q}, the annual probability
 * of dying).
 */
final class SurvivalChecker {
    static final List<String> KEYS = List.of("entry", "exit", "death", "age", "sex", "table");
    static final List<String> TABLE_COLUMNS = List.of("sex", "age", "year", "q");

    private final Catalog catalog;
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    SurvivalChecker(Catalog catalog, ExprChecker exprs, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    void check(Stmt.Indicator s, Clause.Survival survival, Clause.Cohort cohort, Dataset data, Measure measure) {
        if (cohort == null) {
            diagnostics.error("E381", measure.span(), "relative survival needs a cohort", "add 'cohort DATA where …'");
            return;
        }
        if (survival == null) {
            diagnostics.error("E381", measure.span(), "relative survival needs a survival clause",
                    "add 'survival entry DATE, exit DATE, death CONDITION, age YEARS, sex CODE, table LIFETABLE'");
            return;
        }
        if (measure.multiplier() <= 0) {
            diagnostics.error("E381", measure.span(), "the time must be positive", "e.g. relative survival at 5 years");
        }
        for (Map.Entry<String, Span> k : survival.keySpans().entrySet()) {
            if (!KEYS.contains(k.getKey())) {
                diagnostics.error("E382", k.getValue(), "unknown survival item '" + k.getKey() + "'",
                        Suggest.hint(k.getKey(), KEYS, "item"));
            }
        }
        for (String key : KEYS) {
            if (!survival.items().containsKey(key)) {
                diagnostics.error("E383", survival.span(), "the survival clause lacks '" + key + "'",
                        "write: survival entry DATE, exit DATE, death CONDITION, age YEARS, sex CODE, table LIFETABLE");
            }
        }
        if (data == null) {
            return;
        }
        expect(survival, "entry", data, ValueType.DATE);
        expect(survival, "exit", data, ValueType.DATE);
        expect(survival, "age", data, ValueType.NUMBER);
        expect(survival, "sex", data, ValueType.NUMBER);
        Expr death = survival.items().get("death");
        if (death != null) {
            exprs.checkCondition(death, data);
        }
        Expr table = survival.items().get("table");
        if (table != null) {
            if (!(table instanceof Expr.ColumnRef ref)) {
                diagnostics.error("E384", table.span(), "the life table is named by its data name", "e.g. table lifetable");
                return;
            }
            Optional<Dataset> lt = catalog.data(ref.name());
            if (lt.isEmpty()) {
                diagnostics.error("E101", ref.span(), "unknown data '" + ref.name() + "' as life table",
                        Suggest.hint(ref.name(), catalog.allData().keySet(), "data name"));
                return;
            }
            for (String col : TABLE_COLUMNS) {
                if (lt.get().column(col).isEmpty()) {
                    diagnostics.error("E385", ref.span(), "the life table '" + ref.name() + "' has no column '" + col + "'",
                            "a life table has the columns sex, age, year and q (annual probability of dying)");
                }
            }
        }
    }

    private void expect(Clause.Survival survival, String key, Dataset data, ValueType type) {
        Expr e = survival.items().get(key);
        if (e == null) {
            return;
        }
        exprs.check(e, data).ifPresent(t -> {
            if (t != type) {
                diagnostics.error("E202", e.span(), "'" + key + "' must be " + type.word() + ", but '" + e.span().text()
                        + "' is " + t.word(), null);
            }
        });
    }
}
