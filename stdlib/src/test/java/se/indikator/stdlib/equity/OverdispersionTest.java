package se.indikator.stdlib.equity;

import org.junit.jupiter.api.Test;

import se.indikator.stdlib.ci.ConfidenceLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Spiegelhalter (2005) overdispersion on hand-worked examples (tolerance 1e-12 absolute; p-values
 * 1e-9 relative, from scipy.stats.chi2.sf).
 *
 * <p>Example A (target 0, all s = 1, so z = y): y = −3, −1, −0.5, 0, 0.5, 1, 1.5, 2, 2.5, 6.
 * Type-7 10th percentile: h = 9·0.1 = 0.9 → −3 + 0.9·2 = −1.2; 90th: h = 8.1 → 2.5 + 0.1·3.5 =
 * 2.85. Winsorised: −1.2, −1, −0.5, 0, 0.5, 1, 1.5, 2, 2.5, 2.85; Σz² = 1.44 + 1 + .25 + 0 + .25 +
 * 1 + 2.25 + 4 + 6.25 + 8.1225 = 24.5625; φ = 2.45625; w = 1, Σw − Σw²/Σw = 10 − 1 = 9;
 * τ² = (24.5625 − 9)/9 = 1.7291666…; p = P(χ²₉ ≥ 24.5625) = 0.003495234370806006.
 * 95% limits for s = 1: ±1.959963984540054·√2.45625 (multiplicative), ±1.959963984540054·√2.7291666…
 * (additive).
 *
 * <p>Example B (no winsorising, target 0.25): y = .10, .30, .20, .55, s = .1, .1, .2, .2 →
 * z = −1.5, .5, −.25, 1.5; Σz² = 4.8125, φ = 1.203125; w = 100, 100, 25, 25, Σw = 250,
 * Σw² = 21250, Σw − Σw²/Σw = 165; τ² = (4.8125 − 3)/165 = 0.010984848484848484;
 * p = P(χ²₃ ≥ 4.8125) = 0.18605305988121945.
 */
class OverdispersionTest {

    @Test
    void exampleAWinsorised() {
        OverdispersionEstimate e = Overdispersion.estimate(
                new double[] {-3, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 6}, ones(10), 0, Overdispersion.DEFAULT_WINSOR);
        assertEquals(-1.2, e.winsorLower(), 1e-12);
        assertEquals(2.85, e.winsorUpper(), 1e-12);
        assertEquals(24.5625, e.chiSquare(), 1e-12);
        assertEquals(2.45625, e.phi(), 1e-12);
        assertEquals(15.5625 / 9, e.tau2(), 1e-12);
        assertEquals(0.003495234370806006, e.pValue(), 1e-9 * 0.003495234370806006);
        double z = 1.959963984540054;
        assertEquals(z * Math.sqrt(2.45625), e.multiplicativeLimit(1, ConfidenceLevel.P95, true), 1e-12);
        assertEquals(-z * Math.sqrt(1 + 15.5625 / 9), e.additiveLimit(1, ConfidenceLevel.P95, false), 1e-12);
    }

    @Test
    void exampleBUnequalStandardErrors() {
        OverdispersionEstimate e = Overdispersion.estimate(new double[] {.10, .30, .20, .55},
                new double[] {.1, .1, .2, .2}, 0.25, 0);
        assertEquals(4.8125, e.chiSquare(), 1e-12);
        assertEquals(1.203125, e.phi(), 1e-12);
        assertEquals(0.010984848484848484, e.tau2(), 1e-12);
        assertEquals(0.18605305988121945, e.pValue(), 1e-9 * 0.18605305988121945);
        assertEquals(0.25 + 1.959963984540054 * Math.sqrt(0.04 + 0.010984848484848484),
                e.additiveLimit(0.2, ConfidenceLevel.P95, true), 1e-12);
    }

    @Test
    void underdispersionGivesZeroTau() {
        OverdispersionEstimate e = Overdispersion.estimate(new double[] {0.1, -0.1, 0.2}, ones(3), 0, 0);
        assertEquals(0.0, e.tau2());
        assertEquals((0.01 + 0.01 + 0.04) / 3, e.phi(), 1e-12);
    }

    @Test
    void proportionsUseThePooledTargetAndBinomialErrors() {
        // x/n = 10/100, 30/100: θ₀ = 0.2, s = √(0.16/100) = 0.04, z = ∓2.5; no winsorising:
        // Σz² = 12.5, φ = 6.25; w = 625 each, Σw − Σw²/Σw = 625, τ² = (12.5 − 1)/625 = 0.0184.
        OverdispersionEstimate e = Overdispersion.forProportions(new double[] {10, 30}, new double[] {100, 100}, 0);
        assertEquals(0.2, e.target(), 1e-12);
        assertEquals(6.25, e.phi(), 1e-12);
        assertEquals(0.0184, e.tau2(), 1e-12);
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1.0);
        return a;
    }
}
