package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Aggregate;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.StandardPopulations;

/**
 * Checks standardisation rules: strata are declared breakdowns, the standard exists (a built-in
 * such as {@code esp2013}, or a data table), an internal standard ({@code population of cohort})
 * has a cohort, and the measure can be standardised.
 */
public final class StandardisationChecker {
    private final Catalog catalog;
    private final Diagnostics diagnostics;

    public StandardisationChecker(Catalog catalog, Functions functions, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.diagnostics = diagnostics;
    }

    /** Checks a declaration {@code standardisation NAME = …} on its own. */
    public boolean checkDeclaration(StandardisationSpec spec) {
        boolean ok = true;
        for (Name stratum : spec.strata()) {
            boolean column = catalog.allData().values().stream().anyMatch(d -> d.column(stratum.text()).isPresent());
            if (catalog.breakdown(stratum.text()).isEmpty() && !column) {
                diagnostics.error("E321", stratum.span(), "unknown breakdown or column '" + stratum.text() + "' as a stratum",
                        Suggest.hint(stratum.text(), catalog.breakdowns().keySet(), "breakdown")
                                + "; declare it e.g. 'breakdown age5 = band(age, 0 to 90 step 5)'");
                ok = false;
            }
        }
        if (spec.method() == StandardisationSpec.Method.DIRECT && !spec.internal()) {
            String name = spec.standard().text();
            if (StandardPopulations.find(name).isEmpty() && catalog.data(name).isEmpty()) {
                List<String> known = new ArrayList<>(StandardPopulations.names());
                known.addAll(catalog.allData().keySet());
                diagnostics.error("E322", spec.standard().span(), "unknown standard population '" + name + "'",
                        Suggest.hint(name, known, "standard"));
                ok = false;
            } else if (StandardPopulations.find(name).isPresent() && ok) {
                ok = StandardPopulations.checkStrata(name, spec, catalog, diagnostics);
            }
        }
        if (spec.method() == StandardisationSpec.Method.INDIRECT && spec.standard() != null
                && catalog.data(spec.standard().text()).isEmpty()) {
            diagnostics.error("E322", spec.standard().span(), "unknown reference table '" + spec.standard().text() + "'",
                    Suggest.hint(spec.standard().text(), catalog.allData().keySet(), "data name"));
            ok = false;
        }
        return ok;
    }

    /** Checks a standardisation used by an indicator. */
    void checkUse(StandardisationSpec spec, boolean inline, IndicatorDef.Shape shape, Clause.Cohort cohort,
            Aggregate num, Aggregate den, Measure measure, Stmt.Indicator s) {
        if (inline && !checkDeclaration(spec)) {
            return;
        }
        if (spec.internal() && cohort == null) {
            diagnostics.error("E323", spec.standard().span(), "'population of " + spec.standard().text()
                    + "' is an internal standard, which needs a cohort", "add 'cohort DATA …' or name a standard such as esp2013");
        }
        if (spec.internal() && cohort != null && !spec.standard().text().equals("cohort")
                && !spec.standard().text().equals(cohort.source().text())) {
            diagnostics.error("E323", spec.standard().span(), "the internal standard must be the cohort ('population of cohort')",
                    "write 'population of cohort'");
        }
        if (measure != null && (measure.kind() == Measure.Kind.MEAN || measure.kind() == Measure.Kind.MEDIAN
                || measure.kind() == Measure.Kind.PERCENTILE
                || measure.kind() == Measure.Kind.COUNT)) {
            diagnostics.error("E324", measure.span(), "a " + measure.describe() + " cannot be standardised",
                    "standardise rates, ratios and proportions");
        }
        for (Name stratum : spec.strata()) {
            BreakdownDef b = catalog.breakdown(stratum.text()).orElse(BreakdownDef.ofColumn(stratum.text(), stratum.span()));
            BreakdownChecker bc = new BreakdownChecker(catalog, new Functions(), diagnostics);
            for (String src : sourcesOf(shape, cohort, num, den)) {
                catalog.data(src).ifPresent(d -> bc.appliesTo(b, d, stratum.span()));
            }
        }
    }

    private static List<String> sourcesOf(IndicatorDef.Shape shape, Clause.Cohort cohort, Aggregate num, Aggregate den) {
        List<String> out = new ArrayList<>();
        if (shape == IndicatorDef.Shape.COHORT && cohort != null) {
            out.add(cohort.source().text());
        }
        if (num != null) {
            out.add(num.source());
        }
        if (den != null && !out.contains(den.source())) {
            out.add(den.source());
        }
        return out;
    }
}
