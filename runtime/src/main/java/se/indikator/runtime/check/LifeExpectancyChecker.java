package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Aggregate;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.AgeBands;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;

/**
 * Checks {@code measure life expectancy at AGE by BANDS}: deaths over population (a numerator and a
 * denominator aggregate), a declared breakdown whose categories are contiguous age bands ending in an
 * open band, a start age that begins one of them, and data that have the breakdown's columns. The bands
 * become the indicator's strata.
 */
final class LifeExpectancyChecker {
    private final Catalog catalog;
    private final Diagnostics diagnostics;

    LifeExpectancyChecker(Catalog catalog, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.diagnostics = diagnostics;
    }

    /** Checks the measure; the age breakdown as the indicator's one stratum, or empty after reporting. */
    Optional<BreakdownDef> check(Measure m, IndicatorDef.Shape shape, Aggregate num, Aggregate den) {
        if (shape != IndicatorDef.Shape.RATIO || num == null || den == null) {
            diagnostics.error("E354", m.span(), "life expectancy needs deaths over population by age band",
                    "write 'numerator count(*) from deaths' and 'denominator sum(persons) from population'");
            return Optional.empty();
        }
        Optional<BreakdownDef> declared = catalog.breakdown(m.column());
        if (declared.isEmpty() || !declared.get().hasFixedCategories()) {
            diagnostics.error("E355", m.columnSpan(), declared.isEmpty() ? "unknown breakdown '" + m.column()
                    + "' as the age bands of a life table" : "the age bands of a life table must be declared bands, not the values of '"
                    + m.column() + "'", Suggest.hint(m.column(), catalog.breakdowns().keySet(), "breakdown")
                    + "; declare e.g. 'breakdown age5 = band(age, 0 to 90 step 5)'");
            return Optional.empty();
        }
        BreakdownDef bands = declared.get();
        AgeBands.Reading reading = AgeBands.read(bands.categories());
        if (reading instanceof AgeBands.Unsuitable u) {
            diagnostics.error(u.contiguity() ? "E356" : "E355", m.columnSpan(), "the categories of '" + bands.name()
                    + "' are not the age bands of a life table: " + u.reason(),
                    "the bands must follow each other from the first age and end in an open band such as \"90+\"");
            return Optional.empty();
        }
        AgeBands ages = ((AgeBands.Read) reading).bands();
        if (ages.startingAt(m.multiplier()) < 0) {
            List<String> starts = new ArrayList<>();
            for (double a : ages.starts()) {
                starts.add(Numbers.plain(a));
            }
            diagnostics.error("E357", m.span(), "no band of '" + bands.name() + "' starts at age " + Numbers.plain(m.multiplier()),
                    "life expectancy is computed at the start of a band: " + String.join(", ", starts));
            return Optional.empty();
        }
        BreakdownChecker applies = new BreakdownChecker(catalog, new Functions(), diagnostics);
        boolean ok = true;
        for (String source : List.of(num.source(), den.source())) {
            Optional<se.indikator.runtime.data.Dataset> d = catalog.data(source);
            if (d.isPresent()) {
                ok &= applies.appliesTo(bands, d.get(), m.columnSpan());
            }
        }
        return ok ? Optional.of(bands) : Optional.empty();
    }
}
