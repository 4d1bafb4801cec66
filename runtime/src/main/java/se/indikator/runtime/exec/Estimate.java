package se.indikator.runtime.exec;

/**
 * One group's statistic before presentation: numerator, denominator, value, interval limits per
 * confidence level (in the order of the levels), the method used, and why the value is withheld by the
 * method itself ({@code null} when it is not), e.g. a directly standardised rate from fewer than 10 events.
 * A survey-weighted estimate has its variance and the effective sample size of its interval
 * ({@code effectiveN}; NaN for other estimates); its numerator and denominator are unweighted counts.
 */
public record Estimate(double numerator, double denominator, double value, double[] lower, double[] upper,
        String method, Withheld withheld, double variance, double effectiveN) {

    /** An estimate with a variance, not weighted. */
    public Estimate(double numerator, double denominator, double value, double[] lower, double[] upper, String method,
            Withheld withheld, double variance) {
        this(numerator, denominator, value, lower, upper, method, withheld, variance, Double.NaN);
    }

    /** An estimate whose variance is not needed (crude measures compare from their counts). */
    public Estimate(double numerator, double denominator, double value, double[] lower, double[] upper, String method,
            Withheld withheld) {
        this(numerator, denominator, value, lower, upper, method, withheld, Double.NaN);
    }

    /**
     * Why a method withholds a value: a rule of the method ({@code rule}: Dobson's "fewer than 10 events"), or
     * no value could be computed (missing values, no population in the strata).
     */
    public record Withheld(boolean rule, String reason) {
        /** A value the method computes but does not show. */
        public static Withheld rule(String reason) {
            return new Withheld(true, reason);
        }

        /** A value that could not be computed. */
        public static Withheld notComputed(String reason) {
            return new Withheld(false, reason);
        }
    }
}
