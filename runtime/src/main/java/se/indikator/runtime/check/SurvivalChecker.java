package se.indikator.runtime.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.ValueType;

/**
 * Checks a relative-survival indicator: a cohort, and a {@code survival} clause naming the entry date,
 * the exit date or the follow-up time in days, the death condition, the age at entry in years, the sex
 * code, and the population life table (data with columns {@code sex}, {@code age}, optionally
 * {@code year}, and {@code q} or the column named by the item {@code q}: the annual probability of
 * dying). The life table is read here, so that a gap or a bad value in it is reported before anything
 * is computed.
 */
final class SurvivalChecker {
    private static final List<String> KEYS = Clause.Survival.ITEMS;
    private static final List<String> REQUIRED = List.of("entry", "death", "age", "sex", "table");
    private static final String FORM = "survival entry DATE, exit DATE (or time DAYS), death CONDITION, age YEARS, "
            + "sex CODE, table LIFETABLE [, q COLUMN]";

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
                    "add '" + FORM + "'");
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
        for (String key : REQUIRED) {
            if (!survival.items().containsKey(key)) {
                diagnostics.error("E383", survival.span(), "the survival clause lacks '" + key + "'", "write: " + FORM);
            }
        }
        boolean exit = survival.items().containsKey("exit");
        boolean time = survival.items().containsKey("time");
        if (exit == time) {
            diagnostics.error("E383", survival.span(), exit ? "give either 'exit' or 'time', not both"
                    : "the survival clause lacks the end of follow-up",
                    "'exit DATE' for the date of death or censoring, or 'time DAYS' for the days of follow-up");
        }
        if (data == null) {
            return;
        }
        expect(survival, "entry", data, ValueType.DATE);
        expect(survival, "exit", data, ValueType.DATE);
        expect(survival, "time", data, ValueType.NUMBER);
        expect(survival, "age", data, ValueType.NUMBER);
        expect(survival, "sex", data, ValueType.NUMBER);
        Expr death = survival.items().get("death");
        if (death != null) {
            exprs.checkCondition(death, data);
        }
        Expr table = survival.items().get("table");
        if (table != null) {
            String tableName = Exprs.columnName(table);
            if (tableName == null) {
                diagnostics.error("E384", table.span(), "the life table is named by its data name", "e.g. table lifetable");
                return;
            }
            Optional<Dataset> lt = catalog.data(tableName).map(se.indikator.runtime.data.EngineRows::all);
            if (lt.isEmpty()) {
                diagnostics.error("E101", table.span(), "unknown data '" + tableName + "' as life table",
                        Suggest.hint(tableName, catalog.allData().keySet(), "data name"));
                return;
            }
            Expr q = survival.items().get("q");
            String qName = q == null ? null : Exprs.columnName(q);
            if (q != null && qName == null) {
                diagnostics.error("E384", q.span(), "'q' names the life table's column of annual probabilities of dying",
                        "e.g. q q_annual");
                return;
            }
            String qColumn = q == null ? "q" : qName;
            try {
                se.indikator.runtime.data.LifeTableData.read(lt.get(), qColumn);
            } catch (IllegalArgumentException e) {
                diagnostics.error("E385", table.span(), "the life table '" + tableName + "' (" + lt.get().source() + ") "
                        + e.getMessage(), "a life table has whole-number columns sex (1, 2), age (0, 1, …) and "
                        + "optionally year, and " + qColumn + " (the annual probability of dying), one row per sex, age "
                        + "and year with none missing");
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
