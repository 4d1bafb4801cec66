package se.indikator.stdlib.ci;

/**
 * The sufficient statistics of a sample for a mean: sum, count and sample standard deviation
 * (denominator n − 1). Example: the values 1, 2, 3 give sum 6, count 3, sd 1.
 *
 * @param sum   the sum of the values
 * @param count the number of values
 * @param sd    the sample standard deviation (NaN when count &lt; 2)
 */
public record MeanSummary(double sum, long count, double sd) {

    /** Summarises raw values with a two-pass (mean, then squared deviations) computation. */
    public static MeanSummary of(double... values) {
        long n = values.length;
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        if (n < 2) {
            return new MeanSummary(sum, n, Double.NaN);
        }
        double mean = sum / n;
        double squares = 0.0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
        }
        return new MeanSummary(sum, n, Math.sqrt(squares / (n - 1)));
    }

    /** The mean, sum/count. */
    public double mean() {
        return sum / count;
    }
}
