package se.indikator.stdlib.equity;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.dist.Quantiles;

/**
 * Annual percent change from a log-linear least-squares regression of the values on time, as the
 * single-segment APC of the NCI Joinpoint program (Kim et al. 2000, Stat Med 19:335; NCI SEER
 * "Annual Percent Change"): ln y = b0 + b1·t, APC = 100(e^{b1} − 1), limits
 * 100(e^{b1 ∓ t_{n−2, 1−α/2}·se(b1)} − 1).
 */
public final class AnnualPercentChange {

    private AnnualPercentChange() {
    }

    /**
     * The result.
     *
     * @param apc the annual percent change (per unit of time)
     * @param interval its limits at {@code level}
     * @param slope b1, the slope of ln(value) on time
     * @param slopeStandardError se(b1) from the residual variance on n − 2 degrees of freedom
     * @param degreesOfFreedom n − 2
     * @param level the confidence level
     */
    public record Result(double apc, Interval interval, double slope, double slopeStandardError,
                         int degreesOfFreedom, ConfidenceLevel level) {
    }

    /** The APC of {@code values} (all positive) observed at {@code times} (years), n ≥ 3. */
    public static Result fit(double[] times, double[] values, ConfidenceLevel level) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values must have the same length");
        }
        if (times.length < 3) {
            throw new IllegalArgumentException("the APC needs at least three points");
        }
        SimpleRegression regression = new SimpleRegression(true);
        for (int i = 0; i < times.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i]) || !Double.isFinite(times[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + ": the APC needs positive values and finite times");
            }
            regression.addData(times[i], Math.log(values[i]));
        }
        double b = regression.getSlope();
        if (Double.isNaN(b)) {
            throw new IllegalArgumentException("the times must not all be equal");
        }
        double se = regression.getSlopeStdErr();
        int df = times.length - 2;
        double t = Quantiles.studentT(1.0 - level.alpha() / 2.0, df);
        Interval interval = new Interval(100.0 * Math.expm1(b - t * se), 100.0 * Math.expm1(b + t * se));
        return new Result(100.0 * Math.expm1(b), interval, b, se, df, level);
    }
}
