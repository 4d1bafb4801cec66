package se.indikator.stdlib.equity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The continuous Poisson control limits against the whole-number points of PHE's funnel tables
 * ({@link FunnelPoisson}, itself checked against PHE's sheets): at λ = FunnelPoisson's limit for x
 * events, the continuous limit gives back x, to the bisection resolution of FunnelPoisson (its λ is
 * within ~1e-6 relative, so x comes back within 1e-4 absolute).
 */
class PoissonControlLimitsTest {

    @Test
    void givesBackTheWholeNumbersOfPhesTables() {
        for (int x : new int[] {1, 2, 5, 10, 37, 100, 1000}) {
            for (double p : new double[] {0.025, 0.001}) {
                double lambdaForLower = FunnelPoisson.limit(x, p, true);
                assertEquals(x, PoissonControlLimits.events(lambdaForLower, p, false), 1e-4 * Math.max(1, x),
                        "lower at x=" + x + " p=" + p);
                double lambdaForUpper = FunnelPoisson.limit(x, p, false);
                assertEquals(x, PoissonControlLimits.events(lambdaForUpper, p, true), 1e-4 * Math.max(1, x),
                        "upper at x=" + x + " p=" + p);
            }
        }
    }

    @Test
    void lowerLimitIsZeroForSmallExpectedCountsAndLimitsWiden() {
        // e^{-λ} ≥ 0.025 for λ ≤ 3.689: no lower limit.
        assertEquals(0, PoissonControlLimits.events(3.5, 0.025, false));
        assertTrue(PoissonControlLimits.events(3.8, 0.025, false) > 0);
        double lo95 = PoissonControlLimits.events(100, 0.025, false);
        double lo998 = PoissonControlLimits.events(100, 0.001, false);
        double up95 = PoissonControlLimits.events(100, 0.025, true);
        double up998 = PoissonControlLimits.events(100, 0.001, true);
        assertTrue(lo998 < lo95 && lo95 < 100 && 100 < up95 && up95 < up998);
        // Near the normal approximation for large λ: 100 ± 1.96·10, shifted by the continuity of the gamma form.
        assertEquals(80.4, lo95, 1.5);
        assertEquals(119.6, up95, 1.5);
    }
}
