package se.indikator.stdlib.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Hand-derived checks (tolerance 1e-10): with equal weights the fit is ordinary least squares; for
 * y = 1, 3, 2, 5, 4 on x = 1..5 the slope is Sxy/Sxx = 8/10 = 0.8, the intercept 3 − 0.8·3 = 0.6,
 * residuals −0.4, 0.8, −1.0, 1.2, −0.6, SSE = 3.6, σ² = 1.2, se(slope) = √(1.2/10), r = 0.8 (Syy = 10).
 * Doubling every weight changes neither the estimates nor their standard errors' ratio structure,
 * and a weight of 2 on a unit equals that unit entered twice.
 */
class WeightedRegressionTest {
    static final double[] Y = {1, 3, 2, 5, 4};
    static final double[][] X = {{1}, {2}, {3}, {4}, {5}};

    @Test
    void equalWeightsAreOrdinaryLeastSquares() {
        WeightedRegression.Fit f = WeightedRegression.fit(Y, X, new double[] {1, 1, 1, 1, 1}, new String[] {"x"}, 0.95);
        assertEquals(0.6, f.coefficients().get(0).estimate(), 1e-10);
        assertEquals(0.8, f.coefficients().get(1).estimate(), 1e-10);
        assertEquals(Math.sqrt(1.2 / 10), f.coefficients().get(1).standardError(), 1e-10);
        assertEquals(Math.sqrt(1.2), f.sigma(), 1e-10);
        assertEquals(1 - 3.6 / 10, f.rSquared(), 1e-10);
        assertEquals(-0.4 / Math.sqrt(1.2), f.standardisedResiduals()[0], 1e-10);
        assertEquals(0.8, WeightedRegression.correlation(new double[] {1, 2, 3, 4, 5}, Y, new double[] {1, 1, 1, 1, 1}), 1e-10);
    }

    @Test
    void aWeightOfTwoEqualsTheUnitTwice() {
        WeightedRegression.Fit weighted = WeightedRegression.fit(Y, X, new double[] {2, 1, 1, 1, 1}, new String[] {"x"}, 0.95);
        WeightedRegression.Fit twice = WeightedRegression.fit(new double[] {1, 1, 3, 2, 5, 4},
                new double[][] {{1}, {1}, {2}, {3}, {4}, {5}}, new double[] {1, 1, 1, 1, 1, 1}, new String[] {"x"}, 0.95);
        assertEquals(twice.coefficients().get(1).estimate(), weighted.coefficients().get(1).estimate(), 1e-10);
        assertEquals(twice.coefficients().get(0).estimate(), weighted.coefficients().get(0).estimate(), 1e-10);
    }
}
