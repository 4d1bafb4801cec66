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
 * such as {@code esp2013}, or a data table), an internal standard ({@code population of cohort} or of
 * declared data) has what it needs, and the measure can be standardised.
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
        if (spec.internal()) {
            internalStandard(spec, cohort, den);
        }
        if (measure != null && (measure.kind() == Measure.Kind.MEAN || measure.kind() == Measure.Kind.MEDIAN
                || measure.kind() == Measure.Kind.PERCENTILE
                || measure.kind() == Measure.Kind.COUNT || measure.kind() == Measure.Kind.LIFE_EXPECTANCY)) {
            diagnostics.error("E324", measure.span(), "a " + measure.describe() + " cannot be standardised",
                    "standardise rates, ratios and proportions");
        }
        for (Name stratum : spec.strata()) {
            BreakdownDef b = catalog.breakdown(stratum.text()).orElse(BreakdownDef.ofColumn(stratum.text(), stratum.span()));
            if (b.isRolling()) {
                diagnostics.error("E316", stratum.span(), "'" + stratum.text() + "' pools periods into overlapping windows "
                        + "and cannot be a stratum", "standardise by strata that put each row in one group, e.g. age bands");
                continue;
            }
            BreakdownChecker bc = new BreakdownChecker(catalog, new Functions(), diagnostics);
            for (String src : sourcesOf(shape, cohort, num, den)) {
                catalog.data(src).ifPresent(d -> bc.appliesTo(b, d, stratum.span()));
            }
        }
    }

    /**
     * An internal standard: {@code population of cohort} (the pooled denominator of the country), the
     * indicator's own cohort or denominator data, or another declared data set that has every stratum's columns.
     */
    private void internalStandard(StandardisationSpec spec, Clause.Cohort cohort, Aggregate den) {
        String name = spec.standard().text();
        String own = cohort != null ? cohort.source().text() : den != null ? den.source() : null;
        if (name.equals("cohort") && spec.standardWhere() != null) {
            diagnostics.error("E323", spec.standardWhere().span(), "'population of cohort' is the country's population "
                    + "as each statement selects it; a condition belongs to a declared data set",
                    "name the data, e.g. 'population of " + (own == null ? "population" : own) + " where year == 2023'");
            return;
        }
        if (name.equals("cohort") || name.equals(own) && spec.standardWhere() == null) {
            if (own == null) {
                diagnostics.error("E323", spec.standard().span(), "'population of " + name
                        + "' is an internal standard, which needs a cohort or a denominator", "add 'cohort DATA …' or 'denominator sum(COL) from DATA'");
            }
            return;
        }
        var data = catalog.data(name).map(se.indikator.runtime.data.EngineRows::all);
        if (data.isEmpty()) {
            diagnostics.error("E323", spec.standard().span(), "unknown data '" + name + "' as an internal standard",
                    Suggest.hint(name, catalog.allData().keySet(), "data name") + "; or write 'population of cohort'");
            return;
        }
        for (Name stratum : spec.strata()) {
            BreakdownDef b = catalog.breakdown(stratum.text()).orElse(BreakdownDef.ofColumn(stratum.text(), stratum.span()));
            for (String col : b.columns()) {
                if (data.get().column(col).isEmpty()) {
                    diagnostics.error("E327", spec.standard().span(), "the stratum '" + stratum.text() + "' needs column '" + col
                            + "', which the standard population '" + name + "' does not have",
                            "name data with the strata's columns, or 'population of cohort' for the pooled denominator");
                    return;
                }
            }
        }
        if (spec.standardWhere() != null) {
            new ExprChecker(catalog, new Functions(), diagnostics).checkCondition(spec.standardWhere(), data.get());
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
