package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.StandardPopulations;

/**
 * The strata of a standardisation as breakdowns, resolved once when the indicator is checked: a declared
 * breakdown, or a plain column; a plain numeric age column under a built-in standard is grouped into the
 * standard's bands (e.g. {@code direct by age weights esp2013} stratifies by 0-4 … 85-89, 90+).
 */
final class Strata {
    private Strata() {
    }

    static List<BreakdownDef> of(Catalog catalog, StandardisationSpec std, Dataset first) {
        if (std == null) {
            return List.of();
        }
        List<BreakdownDef> out = new ArrayList<>();
        for (Name n : std.strata()) {
            BreakdownDef b = catalog.breakdown(n.text()).orElse(BreakdownDef.ofColumn(n.text(), n.span()));
            out.add(byAge(b, std, first).orElse(b));
        }
        return out;
    }

    private static Optional<BreakdownDef> byAge(BreakdownDef b, StandardisationSpec std, Dataset first) {
        if (b.hasFixedCategories() || std.method() != StandardisationSpec.Method.DIRECT || std.internal()) {
            return Optional.empty();
        }
        var pop = StandardPopulations.find(std.standard().text());
        String col = b.columns().iterator().next();
        if (pop.isEmpty() || first == null || first.column(col).isEmpty() || first.column(col).get() instanceof TextColumn) {
            return Optional.empty();
        }
        var bands = pop.get().bands();
        if (bands.stream().anyMatch(x -> !x.isAgeBand())) {
            return Optional.empty();
        }
        double step = bands.get(0).toAge() - bands.get(0).fromAge();
        for (int i = 0; i < bands.size() - 1; i++) {
            if (bands.get(i).toAge() - bands.get(i).fromAge() != step) {
                return Optional.empty();
            }
        }
        var band = new BreakdownExpr.Band(col, b.span(), bands.get(0).fromAge(), bands.get(bands.size() - 1).fromAge(), step,
                b.span());
        return Optional.of(new BreakdownDef(b.name(), band, Set.of(col), BreakdownChecker.bandLabels(band), b.span()));
    }
}
