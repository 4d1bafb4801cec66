package se.indikator.runtime.model;

import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.stdlib.standard.StandardPopulation;
import se.indikator.stdlib.standard.StandardBand;

/**
 * The built-in standard populations as the language names them ({@code esp2013}, {@code esp1976},
 * {@code who2000}, {@code icss1}…), and the check that a standardisation's age stratum has exactly
 * the standard's bands.
 */
public final class StandardPopulations {
    private StandardPopulations() {
    }

    public static Optional<StandardPopulation> find(String name) {
        try {
            return Optional.of(se.indikator.stdlib.standard.StandardPopulations.byName(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public static List<String> names() {
        return se.indikator.stdlib.standard.StandardPopulations.names();
    }

    /** Index of the stratum whose categories all are bands of the standard, or -1. */
    public static int matchingStratum(StandardPopulation std, List<List<String>> strataCategories) {
        for (int i = 0; i < strataCategories.size(); i++) {
            if (!strataCategories.get(i).isEmpty() && missingBands(std, strataCategories.get(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The categories that are not bands of the standard. */
    public static List<String> missingBands(StandardPopulation std, List<String> categories) {
        return categories.stream().filter(c -> std.bands().stream().noneMatch(b -> b.matchesLabel(c))).toList();
    }

    /** The standard's bands that no category covers. */
    public static List<String> uncoveredBands(StandardPopulation std, List<String> categories) {
        return std.bands().stream().filter(b -> categories.stream().noneMatch(b::matchesLabel)).map(StandardBand::label)
                .toList();
    }

    public static boolean checkStrata(String name, StandardisationSpec spec, Catalog catalog, Diagnostics diagnostics) {
        StandardPopulation std = find(name).orElseThrow();
        Name best = null;
        List<String> bestMissing = null;
        for (Name stratum : spec.strata()) {
            BreakdownDef b = catalog.breakdown(stratum.text()).orElse(null);
            if (b == null || !b.hasFixedCategories()) {
                return true;
            }
            List<String> missing = missingBands(std, b.categories());
            if (missing.isEmpty()) {
                List<String> uncovered = uncoveredBands(std, b.categories());
                if (!uncovered.isEmpty()) {
                    diagnostics.error("E325", stratum.span(), "breakdown '" + stratum.text() + "' lacks bands of " + name
                            + ": " + String.join(", ", uncovered), "the standard's bands are " + String.join(", ", std.labels()));
                    return false;
                }
                return true;
            }
            if (bestMissing == null || missing.size() < bestMissing.size()) {
                best = stratum;
                bestMissing = missing;
            }
        }
        if (best != null) {
            diagnostics.error("E325", best.span(), "the bands of '" + best.text() + "' do not match " + name + ": '"
                    + bestMissing.get(0) + "'" + (bestMissing.size() > 1 ? " and " + (bestMissing.size() - 1) + " more are" : " is")
                    + " not a band of " + name, name + "'s bands are " + String.join(", ", std.labels())
                    + (name.startsWith("esp2013") ? "; e.g. breakdown age5 = band(age, 0 to 90 step 5)" : ""));
            return false;
        }
        return true;
    }
}
