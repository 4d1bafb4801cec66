package se.indikator.stdlib.survey;

/**
 * The sums that weighted estimates of a cohort need, over its rows with weight w and outcome y (a
 * value, or 1/0 for an event): the number of rows n, Σw, Σw², Σw·y, Σw²·y and Σw²·y². They add up
 * over cells, so a one-pass kernel can accumulate them per cell and combine the cells afterwards.
 *
 * <p>The weighted mean (or proportion) is the ratio ȳ = Σw·y / Σw, and its linearised (Taylor)
 * variance for a single-stage design with replacement (Wolter 2007, §6.11; Lumley 2010, §2.2; what
 * R's {@code svymean} gives for {@code svydesign(ids = ~1, weights = ~w)}) is
 * v(ȳ) = n/(n − 1) · Σ w²(y − ȳ)² / (Σw)², written with the sums above as
 * n/(n − 1) · (Σw²y² − 2ȳ·Σw²y + ȳ²·Σw²) / (Σw)².
 *
 * @param n      the number of rows (respondents), unweighted
 * @param sumW   Σw
 * @param sumW2  Σw²
 * @param sumWY  Σw·y
 * @param sumW2Y Σw²·y
 * @param sumW2Y2 Σw²·y²
 */
public record WeightedSums(double n, double sumW, double sumW2, double sumWY, double sumW2Y, double sumW2Y2) {

    /** No rows. */
    public static final WeightedSums EMPTY = new WeightedSums(0, 0, 0, 0, 0, 0);

    /** The sums of rows given one by one (weights {@code w}, outcomes {@code y}); for tests and small data. */
    public static WeightedSums of(double[] w, double[] y) {
        if (w.length != y.length) {
            throw new IllegalArgumentException("weights and values differ in length");
        }
        double sw = 0;
        double sw2 = 0;
        double swy = 0;
        double sw2y = 0;
        double sw2y2 = 0;
        for (int i = 0; i < w.length; i++) {
            double ww = w[i] * w[i];
            sw += w[i];
            sw2 += ww;
            swy += w[i] * y[i];
            sw2y += ww * y[i];
            sw2y2 += ww * y[i] * y[i];
        }
        return new WeightedSums(w.length, sw, sw2, swy, sw2y, sw2y2);
    }

    /** The sums of two disjoint sets of rows together. */
    public WeightedSums plus(WeightedSums o) {
        return new WeightedSums(n + o.n, sumW + o.sumW, sumW2 + o.sumW2, sumWY + o.sumWY, sumW2Y + o.sumW2Y,
                sumW2Y2 + o.sumW2Y2);
    }

    /** The weighted mean Σw·y / Σw (NaN without weight). */
    public double mean() {
        return sumW > 0 ? sumWY / sumW : Double.NaN;
    }

    /**
     * Kish's (1965) effective sample size (Σw)² / Σw²: the size of a simple random sample as precise
     * as these weighted rows when the weights are unrelated to the outcome.
     */
    public double kishEffectiveN() {
        return sumW2 > 0 ? sumW * sumW / sumW2 : 0;
    }

    /** The linearised variance of the weighted mean (see the type's description); NaN below two rows. */
    public double linearisedVariance() {
        if (n < 2 || !(sumW > 0)) {
            return Double.NaN;
        }
        double m = mean();
        double squares = sumW2Y2 - 2 * m * sumW2Y + m * m * sumW2;
        return n / (n - 1) * Math.max(0, squares) / (sumW * sumW);
    }

    /** The design's degrees of freedom: rows − 1 (one stage, no strata). */
    public double degreesOfFreedom() {
        return n - 1;
    }
}
