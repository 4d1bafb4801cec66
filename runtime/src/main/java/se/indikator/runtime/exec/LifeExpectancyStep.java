package se.indikator.runtime.exec;

import java.util.Arrays;
import java.util.List;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.model.AgeBands;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.lifetable.ChiangLifeTable;
import se.indikator.stdlib.lifetable.LifeExpectancy;
import se.indikator.stdlib.lifetable.LifeTableProblem;

/**
 * The statistic of {@code measure life expectancy at AGE by BANDS}: one group's deaths and population by
 * age band (its strata) from the start age on make an abridged life table (stdlib's {@link ChiangLifeTable});
 * the value is withheld by PHE's rule when its 95% interval is wider than 20 years, and not computed when the
 * bands cannot make a table (an error for a total, a note and one warning for groups).
 */
final class LifeExpectancyStep {
    private final IndicatorDef ind;
    private final List<ConfidenceLevel> confidence;
    private final AgeBands bands;
    private final List<Diagnostic> warnings;
    private boolean groupWarned;

    LifeExpectancyStep(IndicatorDef ind, List<ConfidenceLevel> confidence, List<String> bandLabels, List<Diagnostic> warnings) {
        this.ind = ind;
        this.confidence = confidence;
        this.bands = ((AgeBands.Read) AgeBands.read(bandLabels)).bands();
        this.warnings = warnings;
    }

    Estimate estimate(IndicatorExecutor.Aggregates a, int g) {
        int from = bands.startingAt(ind.measure().multiplier());
        int k = a.strata() - from;
        double[] starts = Arrays.copyOfRange(bands.starts(), from, a.strata());
        double[] deaths = new double[k];
        double[] population = new double[k];
        double totalDeaths = 0;
        double totalPopulation = 0;
        for (int i = 0; i < k; i++) {
            int c = a.cell(g, from + i);
            deaths[i] = a.num()[c];
            population[i] = a.den()[c];
            totalDeaths += deaths[i];
            totalPopulation += population[i];
        }
        double[] lo = new double[confidence.size()];
        double[] hi = new double[confidence.size()];
        try {
            LifeExpectancy e = ChiangLifeTable.of(starts, deaths, population).at(starts[0], confidence);
            for (int i = 0; i < confidence.size(); i++) {
                Interval iv = e.intervals().at(confidence.get(i));
                lo[i] = iv.lower();
                hi[i] = iv.upper();
            }
            Estimate.Withheld rule = e.tooWide()
                    ? Estimate.Withheld.rule("suppressed: the 95% interval is wider than 20 years (PHE's rule for life expectancy)")
                    : null;
            return new Estimate(totalDeaths, totalPopulation, e.value(), lo, hi, "chiang", rule,
                    e.standardError() * e.standardError());
        } catch (LifeTableProblem p) {
            String why = why(p, from);
            Arrays.fill(lo, Double.NaN);
            Arrays.fill(hi, Double.NaN);
            if (g == a.groups()) {
                warnings.add(Diagnostic.error("E353", ind.measure().columnSpan(), "the life table of the whole cannot be completed: "
                        + why, "merge the bands with too few people or deaths, e.g. end the bands at \"85+\""));
            } else if (!groupWarned) {
                groupWarned = true;
                warnings.add(Diagnostic.warning("W503", ind.measure().columnSpan(), "the life table of some groups cannot be completed: "
                        + why + "; their values are not computed", "merge small groups, or end the bands at a lower age"));
            }
            return new Estimate(totalDeaths, totalPopulation, Double.NaN, lo, hi, "chiang",
                    Estimate.Withheld.notComputed("not computed: " + why));
        }
    }

    private String why(LifeTableProblem p, int from) {
        String band = p.band() < 0 ? "" : "\"" + bands.labels().get(from + p.band()) + "\"";
        return switch (p.kind()) {
            case NO_POPULATION -> "no population in the band " + band;
            case BAD_DEATHS -> "more deaths than population in the band " + band;
            case OPEN_BAND_WITHOUT_DEATHS -> "no deaths in the open band " + band;
            case TOO_FEW_BANDS, NOT_ASCENDING -> p.getMessage();
        };
    }
}
