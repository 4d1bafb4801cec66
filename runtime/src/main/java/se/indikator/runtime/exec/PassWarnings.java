package se.indikator.runtime.exec;

import java.util.List;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.QueryPlan;

/**
 * What a pass's accumulation says about its data, for the person who reads the results: negative counts (an
 * error on the first such row), rows left out for a missing value or weight, rows outside the standardisation
 * strata.
 */
final class PassWarnings {
    private PassWarnings() {
    }

    /** Adds the pass's diagnostics to {@code warnings}. */
    static void report(QueryPlan.Pass pass, Dataset d, Kernel.Accumulated acc, IndicatorDef ind,
            List<Diagnostic> warnings) {
        Span file = new Span(new SourceFile(d.source(), ""), 0, 0, 0, 0);
        if (acc.negativeValues() > 0 && pass.sum()) {
            int line = acc.firstNegativeRow() < 0 ? 0 : d.sourceLine(acc.firstNegativeRow());
            warnings.add(Diagnostic.error("E502", new Span(new SourceFile(d.source(), ""), line, 1, line, 1),
                    acc.negativeValues() + " negative value" + (acc.negativeValues() == 1 ? "" : "s") + " in column '"
                            + pass.valueColumn() + "' of data '" + d.name() + "'" + (line > 0 ? " (first on line " + line + ")" : ""),
                    "counts and populations cannot be negative; correct the file or filter the rows out with 'where "
                            + pass.valueColumn() + " >= 0'"));
        }
        if (acc.missingValues() > 0) {
            // the first row with the value missing, for the place (found only now that there is one)
            Span at = file;
            // a weighted pass leaves out rows whose value or weight is missing; name the one that is
            String missingColumn = pass.valueColumn() != null && (pass.weightColumn() == null
                    || d.column(pass.valueColumn()).map(c -> c.missingCount() > 0).orElse(false))
                    ? pass.valueColumn() : pass.weightColumn();
            var column = missingColumn == null ? java.util.Optional.<se.indikator.runtime.data.Column>empty()
                    : d.column(missingColumn);
            if (column.isPresent()) {
                for (int r = 0; r < d.rowCount(); r++) {
                    if (column.get().isMissing(r)) {
                        int line = d.sourceLine(r);
                        at = new Span(new SourceFile(d.source(), ""), line, 1, line, 1);
                        break;
                    }
                }
            }
            warnings.add(Diagnostic.warning("W501", at, acc.missingValues() + " row" + (acc.missingValues() == 1 ? "" : "s")
                    + " of data '" + d.name() + "' with missing '" + missingColumn + "' left out of the "
                    + pass.role().name().toLowerCase(java.util.Locale.ROOT),
                    "fill in the missing values in the file, or leave those rows out with 'where " + missingColumn
                            + " is not missing'"));
        }
        if (acc.outsideStrata() > 0) {
            Span strataAt = ind.standardisation() != null && ind.standardisation().span().isKnown()
                    ? ind.standardisation().span() : ind.span();
            warnings.add(Diagnostic.warning("W502", strataAt, acc.outsideStrata() + " row" + (acc.outsideStrata() == 1 ? "" : "s")
                    + " of data '" + d.name() + "' fall outside the standardisation strata ("
                    + String.join(" × ", pass.strata()) + ") and were left out", "check the strata's missing values and range"));
        }
    }
}
