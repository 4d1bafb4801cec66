package se.indikator.stdlib.survival;

/**
 * An age-standardised relative survival: the weighted sum of age-band estimates (ICSS weights,
 * Corazziari, Quinn &amp; Capocaccia 2004) of Pohar Perme (Pohar Perme, Stare &amp; Estève 2012),
 * Ederer II (Ederer &amp; Heise 1959), Ederer I (Ederer, Axtell &amp; Cutler 1961) or Hakulinen
 * (Hakulinen 1982) relative survival, with standard error √Σ w²·se² and a plain 95% interval
 * value ± z·se.
 *
 * @param value   Σ w·S over the bands (weights normalised to sum 1)
 * @param stdErr  √Σ w²·se²
 * @param lower95 value − 1.96·stdErr
 * @param upper95 value + 1.96·stdErr
 */
public record StandardisedSurvival(double value, double stdErr, double lower95, double upper95) {

    /** The estimate with its plain normal 95% interval. */
    public static StandardisedSurvival of(double value, double stdErr) {
        double half = SurvivalEstimate.Z95 * stdErr;
        return new StandardisedSurvival(value, stdErr, value - half, value + half);
    }
}
