package se.indikator.runtime.exec;

/**
 * One group's statistic before presentation: numerator, denominator, value, interval limits per
 * confidence level (in the order of the levels), the method used, and why the value may not be shown
 * ({@code null} when it may).
 */
public record Estimate(double numerator, double denominator, double value, double[] lower, double[] upper,
        String method, String inherentSuppression, double variance) {

    /** An estimate whose variance is not needed (crude measures compare from their counts). */
    public Estimate(double numerator, double denominator, double value, double[] lower, double[] upper, String method,
            String inherentSuppression) {
        this(numerator, denominator, value, lower, upper, method, inherentSuppression, Double.NaN);
    }
}
