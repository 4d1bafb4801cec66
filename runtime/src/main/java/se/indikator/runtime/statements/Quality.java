package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.check.BreakdownChecker;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;

/** {@code quality DATA [by B]}: how complete each column of the data is, by group. */
final class Quality {
    private Quality() {
    }

    static Optional<Work> check(Stmt.Quality q, Context c) {
        Catalog catalog = c.catalog();
        Optional<Dataset> data = catalog.data(q.data().text()).map(se.indikator.runtime.data.EngineRows::all);
        if (data.isEmpty()) {
            if (!catalog.isBroken(q.data().text())) {
                c.diagnostics().error("E101", q.data().span(), "unknown data '" + q.data().text() + "'",
                        Suggest.hint(q.data().text(), catalog.allData().keySet(), "data name"));
            }
            return Optional.empty();
        }
        List<BreakdownDef> defs = new ArrayList<>();
        BreakdownChecker bc = new BreakdownChecker(catalog, c.functions(), c.diagnostics());
        boolean ok = true;
        for (Name b : q.by()) {
            BreakdownDef def = catalog.breakdown(b.text()).orElse(BreakdownDef.ofColumn(b.text(), b.span()));
            if (def.isRolling()) {
                c.diagnostics().error("E316", b.span(), "'" + b.text() + "' pools periods into overlapping windows; data "
                        + "quality counts each row once", "check the quality by the single periods: 'quality "
                                + q.data().text() + " by " + def.columns().iterator().next() + "'");
                ok = false;
                continue;
            }
            ok &= bc.appliesTo(def, data.get(), b.span());
            defs.add(def);
        }
        if (!ok) {
            return Optional.empty();
        }
        boolean sv = c.settings().swedish();
        double below = c.settings().suppressBelow();
        return Optional.of((results, out) -> out.table(QualityTable.build(catalog, c.functions(), data.get(), defs, sv,
                below)));
    }
}
