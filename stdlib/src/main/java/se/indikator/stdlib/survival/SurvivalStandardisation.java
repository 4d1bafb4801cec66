package se.indikator.stdlib.survival;

import java.util.List;
import se.indikator.stdlib.standard.StandardPopulation;

/**
 * Direct age standardisation of relative survival: the weighted sum of age-band estimates of
 * Pohar Perme (Pohar Perme, Stare &amp; Estève 2012), Ederer II (Ederer &amp; Heise 1959), Ederer I
 * (Ederer, Axtell &amp; Cutler 1961) or Hakulinen (Hakulinen 1982) survival, typically with the
 * International Cancer Survival Standards ({@code StandardPopulations.ICSS1..3}, bands 15–44,
 * 45–54, 55–64, 65–74, 75+), treating the bands as independent.
 */
public final class SurvivalStandardisation {

    private SurvivalStandardisation() {
    }

    /**
     * Σ w·S and √Σ w²·se² over the bands, with {@code weights} (in band order) normalised to sum 1;
     * e.g. estimates 0.8 (se 0.02) and 0.6 (se 0.04) with weights 0.25, 0.75 give 0.65 and
     * √(0.25²·0.02² + 0.75²·0.04²).
     */
    public static StandardisedSurvival standardise(List<SurvivalEstimate> byBand, double[] weights) {
        if (byBand.size() != weights.length) {
            throw new IllegalArgumentException(byBand.size() + " band estimates but " + weights.length + " weights");
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("no bands to standardise");
        }
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative, got " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        double value = 0;
        double var = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i] / total;
            SurvivalEstimate e = byBand.get(i);
            value += w * e.value();
            var += w * w * e.stdErr() * e.stdErr();
        }
        return StandardisedSurvival.of(value, Math.sqrt(var));
    }

    /** Standardisation with a standard population's weights, the estimates given in its band order. */
    public static StandardisedSurvival standardise(List<SurvivalEstimate> byBand, StandardPopulation standard) {
        return standardise(byBand, standard.weights());
    }
}
