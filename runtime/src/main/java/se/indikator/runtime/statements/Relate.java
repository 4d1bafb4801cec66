package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartFrame;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.chart.ScatterData;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.compare.WeightedRegression;

/**
 * The causes step, {@code relate IND by KEY to DATA on F1, F2, …}: the indicator per unit (e.g. per
 * primary-care unit) joined on KEY to the units' influencing factors in DATA, then a regression of
 * the units' values on the factors weighted by each unit's denominator, the weighted correlation of
 * each factor with the value, and the units that stand out (|standardised residual| > 2). Units whose
 * value is suppressed are left out and counted in a note. Drawn as a scatter with the fitted line and the units
 * that stand out labelled.
 */
final class Relate implements Work {
    private final ResultRequest request;
    private final Stmt.Relate statement;
    private final Dataset units;

    private Relate(ResultRequest request, Stmt.Relate statement, Dataset units) {
        this.request = request;
        this.statement = statement;
        this.units = units;
    }

    static Optional<Work> check(Stmt.Relate r, Context c) {
        Diagnostics d = c.diagnostics();
        Optional<Dataset> units = InputColumns.find(c, r.data(), d);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Dataset u = units.get();
        boolean ok = true;
        if (u.column(r.key().text()).isEmpty()) {
            d.error("E370", r.key().span(), "data '" + u.name() + "' has no column '" + r.key().text() + "' to join on",
                    Suggest.hint(r.key().text(), u.columnNames(), "column"));
            ok = false;
        }
        for (Name f : r.factors()) {
            Optional<Column> col = u.column(f.text());
            if (col.isEmpty()) {
                d.error("E201", f.span(), "unknown column '" + f.text() + "' in data '" + u.name() + "'",
                        Suggest.hint(f.text(), u.columnNames(), "column"));
                ok = false;
            } else if (col.get() instanceof TextColumn) {
                d.error("E202", f.span(), "the factor '" + f.text() + "' is text; a regression needs numbers or true/false",
                        "recode it, e.g. as 0/1");
                ok = false;
            }
        }
        Optional<ResultRequest> req = c.request(r.indicator(), List.of(r.key()), null);
        if (!ok || req.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Relate(req.get(), r, u));
    }

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(t -> relate(statement, t, units, t.settings(), out));
    }

    private static void relate(Stmt.Relate r, IndicatorResult t, Dataset u, Settings settings, Presenter out) {
        Map<String, Integer> unitRow = new HashMap<>();
        Column keyCol = u.column(r.key().text()).orElseThrow();
        for (int row = 0; row < u.rowCount(); row++) {
            unitRow.putIfAbsent(keyCol.format(row), row);
        }
        List<Double> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int suppressed = 0;
        int unmatched = 0;
        for (GroupResult g : t.groups()) {
            double value = g.shownValue();
            double den = g.estimate().denominator();
            if (Double.isNaN(value)) {
                suppressed++;
                continue;
            }
            String label = t.label(g, 0);
            Integer ur = unitRow.get(label);
            if (ur == null) {
                unmatched++;
                continue;
            }
            double[] x = new double[r.factors().size()];
            boolean complete = true;
            for (int j = 0; j < x.length; j++) {
                x[j] = number(u.column(r.factors().get(j).text()).orElseThrow(), ur);
                complete &= !Double.isNaN(x[j]);
            }
            if (!complete) {
                unmatched++;
                continue;
            }
            ys.add(value);
            ws.add(Double.isNaN(den) || den <= 0 ? 1 : den);
            xs.add(x);
            keys.add(label);
        }
        int n = ys.size();
        List<String> notes = new ArrayList<>();
        notes.add(n + " units in the regression, weighted by their denominators"
                + (suppressed > 0 ? "; " + suppressed + " suppressed units left out" : "")
                + (unmatched > 0 ? "; " + unmatched + " units without complete factors left out" : ""));
        if (n <= r.factors().size() + 1) {
            out.text("relate: too few units (" + n + ") for " + r.factors().size() + " factors");
            return;
        }
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = ws.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] x = xs.toArray(new double[0][]);
        String[] names = r.factors().stream().map(Name::text).toArray(String[]::new);
        double level = settings.levels().contains(0.95) ? 0.95 : settings.levels().get(0);
        WeightedRegression.Fit fit = WeightedRegression.fit(y, x, w, names, level);
        String lab = ConfidenceLevel.of(level).label();
        List<List<Object>> coef = new ArrayList<>();
        for (WeightedRegression.Coefficient c : fit.coefficients()) {
            coef.add(new ArrayList<>(List.of(c.name(), c.estimate(), c.standardError(), c.lower(), c.upper(), c.t(), c.p())));
        }
        notes.add("R² = " + se.indikator.runtime.result.NumberFormat.human(fit.rSquared(), 3, settings.swedish()));
        out.table(new ResultTable("relate " + r.indicator().text() + " to " + u.name() + ": coefficients",
                List.of("term", "estimate", "std_error", "lower_" + lab, "upper_" + lab, "t", "p_value"), coef, notes, 3,
                settings.swedish()));
        List<List<Object>> cor = new ArrayList<>();
        for (int j = 0; j < names.length; j++) {
            double[] xj = new double[n];
            for (int i = 0; i < n; i++) {
                xj[i] = x[i][j];
            }
            cor.add(new ArrayList<>(List.of(names[j], WeightedRegression.correlation(xj, y, w), (double) n)));
        }
        out.table(new ResultTable("correlations with " + r.indicator().text(),
                List.of("factor", "correlation", "units"), cor, List.of(), 3, settings.swedish()));
        List<List<Object>> stand = new ArrayList<>();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(fit.standardisedResiduals()[b]),
                Math.abs(fit.standardisedResiduals()[a])));
        for (int i : order) {
            if (Math.abs(fit.standardisedResiduals()[i]) <= 2) {
                break;
            }
            List<Object> row = new ArrayList<>(List.of(keys.get(i), y[i], fit.fitted()[i], fit.standardisedResiduals()[i]));
            for (double v : x[i]) {
                row.add(v);
            }
            stand.add(row);
        }
        List<String> cols = new ArrayList<>(List.of(r.key().text(), "value", "expected", "std_residual"));
        cols.addAll(List.of(names));
        out.table(new ResultTable("units that stand out (|standardised residual| > 2)", cols, stand,
                stand.isEmpty() ? List.of("none") : List.of(), 2, settings.swedish()));
        out.chart(ChartRenderer.scatter(scatter(r, t, fit, keys, y, x, names), ChartFrame.of(t)),
                "relate_" + r.indicator().text() + "_" + u.name());
    }

    /**
     * The scatter: with one factor the units against it and the fitted line; with more, the units' values
     * against the values the regression expects, and the line where they are equal.
     */
    private static ScatterData scatter(Stmt.Relate r, IndicatorResult t, WeightedRegression.Fit fit, List<String> keys,
            double[] y, double[][] x, String[] names) {
        boolean sv = t.settings().swedish();
        boolean one = names.length == 1;
        List<ScatterData.Point> points = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            points.add(new ScatterData.Point(keys.get(i), one ? x[i][0] : fit.fitted()[i], y[i],
                    Math.abs(fit.standardisedResiduals()[i]) > 2));
        }
        String title = (t.indicator().title() == null || t.indicator().title().isBlank() ? t.indicator().name()
                : t.indicator().title()) + (sv ? " och " : " and ") + String.join(", ", names);
        String yTitle = se.indikator.runtime.result.Units.of(t.indicator(), sv);
        String xTitle = one ? names[0] : sv ? "Väntat värde enligt modellen (" + String.join(", ", names) + ")"
                : "Value the model expects (" + String.join(", ", names) + ")";
        double intercept = one ? fit.coefficients().get(0).estimate() : 0;
        double slope = one ? fit.coefficients().get(1).estimate() : 1;
        return new ScatterData(title, xTitle, yTitle.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + yTitle.substring(1),
                points, intercept, slope, sv, t.decimals());
    }

    private static double number(Column c, int row) {
        return InputColumns.number(c, row);
    }
}
