package se.indikator.stdlib.compare;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ci.ConfidenceLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

/**
 * Two-group comparisons. Published values are checked to the printed 4 dp (absolute 5e-5);
 * values we derived ourselves are documented next to each assertion.
 */
class TwoGroupComparisonTest {

    private static final ConfidenceLevel L95 = ConfidenceLevel.P95;
    private static final double Z95 = 1.959963984540054;

    @Test
    @DisplayName("Newcombe (1998b) hybrid score difference: 56/70 vs 48/80 -> 0.2000 (0.0524, 0.3339), abs 5e-5")
    void newcombeWorkedExampleOne() {
        Effect e = ProportionDifference.newcombeHybrid(56, 70, 48, 80, L95);
        assertEquals(0.2, e.value(), 1e-15);
        assertEquals(0.0524, e.interval().lower(), 5e-5);
        assertEquals(0.3339, e.interval().upper(), 5e-5);
    }

    @Test
    @DisplayName("Newcombe (1998b) hybrid score difference: 9/10 vs 3/10 -> 0.6000 (0.1705, 0.8090), abs 5e-5")
    void newcombeWorkedExampleTwo() {
        Effect e = ProportionDifference.newcombeHybrid(9, 10, 3, 10, L95);
        assertEquals(0.6, e.value(), 1e-15);
        assertEquals(0.1705, e.interval().lower(), 5e-5);
        assertEquals(0.8090, e.interval().upper(), 5e-5);
    }

    @Test
    @DisplayName("Katz log risk ratio 10/100 vs 5/100: 2*exp(-/+ z*sqrt(0.28)) = (0.70895, 5.64214), rel 1e-12")
    void katz() {
        // se = sqrt(1/10 - 1/100 + 1/5 - 1/100) = sqrt(0.28); limits 2*exp(-/+1.959963984540054*0.529150262)
        Effect e = ProportionRatio.katz(10, 100, 5, 100, L95);
        assertRel(2.0, e.value(), 1e-15, "ratio");
        assertRel(2 * Math.exp(-Z95 * Math.sqrt(0.28)), e.interval().lower(), 1e-12, "lower");
        assertRel(0.7089514186183591, e.interval().lower(), 1e-12, "lower (SciPy/float)");
        assertRel(5.642135546883319, e.interval().upper(), 1e-12, "upper");
    }

    @Test
    @DisplayName("rate ratio, exact conditional: 20 vs 10 events, equal person-time, and 12/3000 vs 7/5000, rel 1e-9")
    void rateRatioExact() {
        // reference: p-limits from SciPy beta.ppf(0.025, x1, x2+1) and beta.ppf(0.975, x1+1, x2),
        // mapped by p/(1-p)*t2/t1 (computed independently with SciPy 1.17)
        Effect e = RateRatio.exactConditional(20, 1000, 10, 1000, L95);
        assertRel(2.0, e.value(), 1e-15, "ratio");
        assertRel(0.8935088903846908, e.interval().lower(), 1e-9, "lower");
        assertRel(4.784552440338102, e.interval().upper(), 1e-9, "upper");
        Effect f = RateRatio.exactConditional(12, 3000, 7, 5000, L95);
        assertRel(1.0371084408506908, f.interval().lower(), 1e-9, "lower unequal t");
        assertRel(8.565446435688028, f.interval().upper(), 1e-9, "upper unequal t");
    }

    @Test
    @DisplayName("rate ratio, log-normal: 20 vs 10 -> 2*exp(-/+ z*sqrt(1/20+1/10)), rel 1e-12")
    void rateRatioLogNormal() {
        Effect e = RateRatio.logNormal(20, 1000, 10, 1000, L95);
        assertRel(0.9361836574114524, e.interval().lower(), 1e-12, "lower");
        assertRel(4.272665911579785, e.interval().upper(), 1e-12, "upper");
    }

    @Test
    @DisplayName("rate difference, normal: 20/1000 - 10/1000 per 1000 = 10 +/- 1000*z*sqrt(3e-5), rel 1e-12")
    void rateDifference() {
        Effect e = RateDifference.normal(20, 1000, 10, 1000, 1000, L95);
        assertRel(10.0, e.value(), 1e-12, "value");
        double half = 1000 * Z95 * Math.sqrt(3e-5);
        assertRel(10.0 - half, e.interval().lower(), 1e-12, "lower");
        assertRel(10.0 + half, e.interval().upper(), 1e-12, "upper");
    }

    @Test
    @DisplayName("heterogeneity of proportions 10/100, 20/100, 30/100: chi2 = 5+0+5+1.25+0+1.25 = 12.5, df 2, p = exp(-6.25)")
    void heterogeneityProportions() {
        HeterogeneityTest t = HeterogeneityTest.proportions(new double[] {10, 20, 30}, new double[] {100, 100, 100});
        assertRel(12.5, t.statistic(), 1e-12, "chi2");
        assertEquals(2, t.degreesOfFreedom());
        assertRel(Math.exp(-6.25), t.pValue(), 1e-12, "p");
    }

    @Test
    @DisplayName("Poisson heterogeneity of 10, 20, 30 events per 1000: chi2 = 5+0+5 = 10, df 2, p = exp(-5)")
    void heterogeneityRates() {
        HeterogeneityTest t = HeterogeneityTest.rates(new double[] {10, 20, 30}, new double[] {1000, 1000, 1000});
        assertRel(10.0, t.statistic(), 1e-12, "chi2");
        assertRel(Math.exp(-5), t.pValue(), 1e-12, "p");
    }

    @Test
    @DisplayName("two-sided z p-values: z=1.959964 -> 0.05, z=3.090232 -> 0.002, z=0 -> 1")
    void zTest() {
        assertRel(0.05, ZTest.twoSidedP(Z95), 1e-12, "p 95");
        assertRel(0.002, ZTest.twoSidedP(-3.090232306167813), 1e-12, "p 99.8");
        assertRel(1.0, ZTest.twoSidedP(0.0), 1e-15, "p 0");
        assertTrue(ZTest.twoSidedP(10, 0, 1) < 1e-20);
    }
}
