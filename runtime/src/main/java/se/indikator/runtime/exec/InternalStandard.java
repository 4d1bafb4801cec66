package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;

/**
 * The weights of an internal standard read from declared data ({@code weights population of DATA [where COND]}):
 * the country's population in each (combined) stratum, summed over the rows of the data the condition selects
 * (every row without one) — the column the indicator's denominator sums when the data has it, otherwise one per
 * row. Rows in no stratum are left out.
 */
final class InternalStandard {
    private InternalStandard() {
    }

    /** The population per combined stratum (mixed radix over the strata, as the passes number them). */
    static double[] weights(Catalog catalog, Functions functions, String dataName, se.indikator.runtime.ast.Expr where,
            String populationColumn, List<BreakdownDef> strata, List<List<String>> strataCategories) {
        Dataset d = catalog.data(dataName).map(se.indikator.runtime.data.EngineRows::all).orElseThrow();
        ExprCompiler exprs = new ExprCompiler(d, catalog, functions);
        RowPredicate selected = exprs.predicate(where);
        KeyCompiler keys = new KeyCompiler(d, exprs);
        List<RowKey> compiled = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int total = 1;
        for (int i = 0; i < strata.size(); i++) {
            compiled.add(keys.compile(strata.get(i), strataCategories.get(i)));
            sizes.add(strataCategories.get(i).size());
            total *= strataCategories.get(i).size();
        }
        Optional<RowNumber> value = populationColumn != null && d.column(populationColumn).isPresent()
                ? Optional.of(exprs.number(new se.indikator.runtime.ast.Expr.ColumnRef(populationColumn,
                        se.indikator.runtime.diag.Span.NONE)))
                : Optional.empty();
        double[] w = new double[total];
        for (int row = 0; row < d.rowCount(); row++) {
            if (!selected.test(row)) {
                continue;
            }
            int cell = 0;
            boolean inside = true;
            for (int i = 0; i < compiled.size() && inside; i++) {
                int k = compiled.get(i).key(row);
                inside = k >= 0;
                cell = cell * sizes.get(i) + k;
            }
            if (!inside) {
                continue;
            }
            double v = value.isPresent() ? value.get().get(row) : 1;
            if (!Double.isNaN(v)) {
                w[cell] += v;
            }
        }
        return w;
    }
}
