package se.indikator.stdlib.survival;

/**
 * A relative (or net) survival estimate at one follow-up time with its standard error and
 * log-transformed 95% interval {@code exp(log S ± z·se/S)} (relsurv's {@code conf.type = "log"}),
 * as returned by the Pohar Perme (Pohar Perme, Stare &amp; Estève 2012), Ederer II (Ederer &amp;
 * Heise 1959), Ederer I (Ederer, Axtell &amp; Cutler 1961) and Hakulinen (Hakulinen 1982) methods.
 *
 * @param timeDays the follow-up time in days
 * @param value    the estimated survival
 * @param stdErr   its standard error on the survival scale ({@code S × se(log S)})
 * @param lower95  lower 95% limit
 * @param upper95  upper 95% limit
 * @param nRisk    the number of patients still under follow-up at {@code timeDays}
 */
public record SurvivalEstimate(double timeDays, double value, double stdErr, double lower95, double upper95,
        int nRisk) {

    /** The normal quantile of a two-sided 95% interval, {@code sqrt(qchisq(0.95, 1))}. */
    public static final double Z95 = 1.959963984540054;

    /**
     * An estimate from the survival {@code value} and the standard error of its logarithm (the
     * cumulative-hazard scale on which relsurv accumulates variances).
     */
    public static SurvivalEstimate fromLogScale(double timeDays, double value, double logStdErr, int nRisk) {
        double lower = Math.exp(Math.log(value) - Z95 * logStdErr);
        double upper = Math.exp(Math.log(value) + Z95 * logStdErr);
        return new SurvivalEstimate(timeDays, value, value * logStdErr, lower, upper, nRisk);
    }

    /** The standard error of log S, {@code stdErr / value}. */
    public double logStdErr() {
        return stdErr / value;
    }
}
