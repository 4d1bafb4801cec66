package se.indikator.stdlib.equity;

import org.junit.jupiter.api.Test;

import se.indikator.stdlib.ci.ConfidenceLevel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Trend tests, APC and labels against hand-derived values (tolerance 1e-9 relative unless noted).
 *
 * <p>Cochran–Armitage: R's documented {@code prop.trend.test} example (smokers 83, 90, 129, 70 of
 * 86, 93, 136, 82 patients, scores 1..4), printed by R as X-squared = 8.2249, p-value = 0.004132.
 * By hand: N = 397, p̄ = 372/397; U = Σt(x − n p̄) = −14.523929471032801;
 * Var = p̄(1 − p̄)(Σnt² − (Σnt)²/N) = 25.64699336541678; χ² = U²/Var = 8.224922285197744;
 * p = erfc(√(χ²/2)) = 0.0041318974776414115.
 *
 * <p>Poisson trend: events 10, 15, 25 in 1000 person-years each, scores 1..3: D = 50, E_i = 50/3,
 * U = −6.667 − 3.333 + 25 = 15, Var = 50(14/3 − 4) = 100/3, χ² = 6.75, p = 0.009374768459434897.
 * Unequal person-time: events 12, 20, 31, 29 in 5000, 5200, 5600, 5100: U = 29.459330143540672,
 * Var = 111.89285959570537, χ² = 7.7560993225293675, p = 0.005353144796726363.
 *
 * <p>APC: values 100, 104, 107, 113, 118 at t = 1..5: OLS of ln y on t gives b1 =
 * 0.041402579652611494, se = 0.0023292598542191713; t(0.975, 3) = 3.1824463052837078;
 * APC = 4.227161844221494, 95% limits 3.4574090472689223 to 5.002641822763776.
 */
class TrendTest {

    private static void rel(double expected, double actual, double tol) {
        assertEquals(expected, actual, tol * Math.abs(expected));
    }

    @Test
    void cochranArmitageReproducesRsPropTrendTestExample() {
        TrendTestResult r = TrendTests.cochranArmitage(new double[] {83, 90, 129, 70}, new double[] {86, 93, 136, 82});
        rel(-14.523929471032801, r.score(), 1e-9);
        rel(25.64699336541678, r.variance(), 1e-9);
        rel(8.224922285197744, r.chiSquare(), 1e-9);
        rel(0.0041318974776414115, r.pValue(), 1e-9);
        assertEquals(8.2249, r.chiSquare(), 5e-5); // R's printed value
        assertEquals(-1, r.direction());
        assertEquals(TrendLabel.DECREASING_AND_GETTING_BETTER, TrendLabel.of(r, 0.95, Polarity.LOWER_IS_BETTER));
        assertEquals(TrendLabel.NO_SIGNIFICANT_CHANGE, TrendLabel.of(r, 0.998, Polarity.LOWER_IS_BETTER));
        assertEquals("worsening", TrendLabel.of(r, 0.99, Polarity.HIGHER_IS_BETTER).shortLabel());
    }

    @Test
    void cochranArmitageIsInvariantToLinearRescalingOfScores() {
        double[] x = {83, 90, 129, 70};
        double[] n = {86, 93, 136, 82};
        TrendTestResult a = TrendTests.cochranArmitage(x, n);
        TrendTestResult b = TrendTests.cochranArmitage(x, n, new double[] {2005, 2010, 2015, 2020});
        rel(a.chiSquare(), b.chiSquare(), 1e-9);
    }

    @Test
    void poissonScoreTestForTrendInRates() {
        TrendTestResult r = TrendTests.poissonScore(new double[] {10, 15, 25}, new double[] {1000, 1000, 1000});
        rel(15.0, r.score(), 1e-9);
        rel(100.0 / 3.0, r.variance(), 1e-9);
        rel(6.75, r.chiSquare(), 1e-9);
        rel(0.009374768459434897, r.pValue(), 1e-9);
        assertEquals(TrendLabel.INCREASING, TrendLabel.of(r, 0.95, Polarity.NO_JUDGEMENT));

        TrendTestResult u = TrendTests.poissonScore(new double[] {12, 20, 31, 29}, new double[] {5000, 5200, 5600, 5100});
        rel(29.459330143540672, u.score(), 1e-9);
        rel(111.89285959570537, u.variance(), 1e-9);
        rel(7.7560993225293675, u.chiSquare(), 1e-9);
        rel(0.005353144796726363, u.pValue(), 1e-9);
    }

    @Test
    void annualPercentChange() {
        AnnualPercentChange.Result r = AnnualPercentChange.fit(new double[] {1, 2, 3, 4, 5},
                new double[] {100, 104, 107, 113, 118}, ConfidenceLevel.P95);
        rel(0.041402579652611494, r.slope(), 1e-9);
        rel(0.0023292598542191713, r.slopeStandardError(), 1e-9);
        rel(4.227161844221494, r.apc(), 1e-9);
        rel(3.4574090472689223, r.interval().lower(), 1e-9);
        rel(5.002641822763776, r.interval().upper(), 1e-9);
        assertEquals(3, r.degreesOfFreedom());
        assertEquals(TrendLabel.INCREASING_AND_GETTING_BETTER, TrendLabel.of(r, Polarity.HIGHER_IS_BETTER));
        assertEquals("worsening", TrendLabel.of(r, Polarity.LOWER_IS_BETTER).shortLabel());
    }

    @Test
    void exactExponentialGrowthGivesItsRate() {
        double[] y = new double[6];
        double[] t = new double[6];
        for (int i = 0; i < 6; i++) {
            t[i] = 2015 + i;
            y[i] = 50 * Math.pow(0.97, i);
        }
        AnnualPercentChange.Result r = AnnualPercentChange.fit(t, y, ConfidenceLevel.P95);
        assertEquals(-3.0, r.apc(), 1e-9);
    }

    @Test
    void lastFivePointsAndErrors() {
        assertArrayEquals(new double[] {3, 4, 5, 6, 7}, TrendTests.lastPoints(new double[] {1, 2, 3, 4, 5, 6, 7}, 5));
        assertArrayEquals(new double[] {1, 2}, TrendTests.lastPoints(new double[] {1, 2}, 5));
        assertThrows(IllegalArgumentException.class,
                () -> TrendTests.cochranArmitage(new double[] {0, 0}, new double[] {10, 10}));
        assertThrows(IllegalArgumentException.class,
                () -> TrendTests.cochranArmitage(new double[] {11, 0}, new double[] {10, 10}));
        assertThrows(IllegalArgumentException.class,
                () -> AnnualPercentChange.fit(new double[] {1, 2, 3}, new double[] {1, 0, 2}, ConfidenceLevel.P95));
    }
}
