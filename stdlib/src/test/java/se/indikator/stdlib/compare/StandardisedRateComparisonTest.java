package se.indikator.stdlib.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ci.ConfidenceLevel;

/** Hand-derived values for the comparison of two directly standardised rates (tolerance 1e-12 relative). */
class StandardisedRateComparisonTest {
    @Test
    void varianceIsThePoissonVarianceOfTheWeightedSum() {
        // strata: x = 10, 20; n = 1000, 4000; w = 3, 1 → Σ (w/n)² x = 9e-6·10 + 6.25e-8·20 = 9.125e-5;
        // / (Σw)² = 16 → 5.703125e-6; × 100000² = 57031.25
        double v = StandardisedRateComparison.variance(new double[] {10, 20}, new double[] {1000, 4000},
                new double[] {3, 1}, 100000);
        assertEquals(57031.25, v, 57031.25 * 1e-12);
    }

    @Test
    void ratioAndDifferenceOfTwoRates() {
        Effect r = StandardisedRateComparison.ratio(100, 100, 50, 25, ConfidenceLevel.P95);
        double half = ConfidenceLevel.P95.z() * Math.sqrt(0.02);
        assertEquals(2.0, r.value(), 1e-15);
        assertEquals(2 * Math.exp(-half), r.interval().lower(), 1e-12);
        assertEquals(2 * Math.exp(half), r.interval().upper(), 1e-12);
        Effect d = StandardisedRateComparison.difference(100, 100, 50, 25, ConfidenceLevel.P95);
        assertEquals(50, d.value(), 1e-12);
        assertEquals(50 - ConfidenceLevel.P95.z() * Math.sqrt(125), d.interval().lower(), 1e-12);
        // z = log 2 / √0.02 = 4.9013 → p = 9.52e-7
        assertEquals(ZTest.twoSidedP(Math.log(2) / Math.sqrt(0.02)), StandardisedRateComparison.pValue(100, 100, 50, 25), 1e-18);
    }
}
