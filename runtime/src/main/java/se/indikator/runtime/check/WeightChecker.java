package se.indikator.runtime.check;

import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.ColumnType;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.CiMethod;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.model.IndicatorDef;

/**
 * Checks an indicator's {@code weight COL} clause: only a cohort's proportion, percent or mean is
 * weighted, not a standardised one; the column is a numeric column of the cohort's data with no
 * negative value; and the interval method is the weighted one (Korn–Graubard for proportions, the
 * linearised t for means).
 */
final class WeightChecker {
    private final Diagnostics diagnostics;

    WeightChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reports what does not fit and returns the interval method of the weighted indicator. */
    CiMethod check(Clause.Weight weight, Measure measure, IndicatorDef.Shape shape, Dataset cohort, boolean standardised,
            Clause.Ci ci, CiMethod method) {
        if (measure == null) {
            return method;
        }
        Measure.Kind kind = measure.kind();
        boolean proportion = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT;
        if (shape != IndicatorDef.Shape.COHORT || !(proportion || kind == Measure.Kind.MEAN) || standardised) {
            String what = shape != IndicatorDef.Shape.COHORT ? "an indicator of counts from data (numerator … from)"
                    : standardised ? "a standardised " + measure.describe() : "a " + measure.describe();
            diagnostics.error("E351", weight.span(), "survey weights apply to a cohort's proportion, percent or mean, not to "
                    + what, "weight a cohort indicator with 'measure percent' or 'measure mean of COL', or remove the weight");
            return method;
        }
        if (cohort != null) {
            column(weight, cohort);
        }
        CiMethod weighted = proportion ? CiMethod.KORN_GRAUBARD : CiMethod.T;
        if (ci != null && CiMethod.parse(ci.method().text()).map(m -> m != weighted).orElse(false)) {
            diagnostics.error("E306", ci.method().span(), "'" + ci.method().text() + "' intervals do not fit a weighted "
                    + measure.describe(), "with survey weights the interval is '" + weighted.keyword + "'; remove the ci method or write it");
        }
        return weighted;
    }

    private void column(Clause.Weight weight, Dataset cohort) {
        String name = weight.column().text();
        Optional<Column> col = cohort.column(name);
        if (col.isEmpty()) {
            diagnostics.error("E201", weight.column().span(), "unknown column '" + name + "' in data '" + cohort.name() + "'",
                    Suggest.hint(name, cohort.columnNames(), "column"));
            return;
        }
        Column c = col.get();
        if (c.type() != ColumnType.INTEGER && c.type() != ColumnType.DECIMAL) {
            diagnostics.error("E350", weight.column().span(), "the weight '" + name + "' must be a column of numbers, but it is "
                    + c.type().name().toLowerCase(Locale.ROOT) + NotANumber.why(cohort, c),
                    "weights are numbers such as 1.73; correct the value in the file or mark it missing");
            return;
        }
        if (cohort.engine().isPresent()) {
            try { // the weights of data an engine holds are checked row by row as well: only their column comes back
                Dataset rows = se.indikator.runtime.data.EngineRows.inMemory(cohort, java.util.List.of(name));
                cohort = rows;
                c = rows.column(name).orElseThrow();
            } catch (java.sql.SQLException e) {
                diagnostics.error("E600", weight.column().span(), "the weights '" + name + "' of data '" + cohort.name()
                        + "' could not be read from its engine: " + e.getMessage(), "check that the engine is running");
                return;
            }
        }
        for (int r = 0; r < c.size(); r++) {
            double v = c instanceof IntColumn ic ? (c.isMissing(r) ? 0 : ic.get(r)) : ((DoubleColumn) c).get(r);
            if (v < 0) {
                diagnostics.error("E350", weight.column().span(), "the weight '" + name + "' is negative ("
                        + Numbers.plain(v) + ") on line " + cohort.sourceLine(r) + " of data '" + cohort.name() + "'",
                        "survey weights are 0 or more; correct the weight in the file (every row of the data is checked)");
                return;
            }
        }
    }
}
