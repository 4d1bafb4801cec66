package se.indikator.stdlib.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-derived values: z = 2 gives p = 0.045500263896358 (2·(1 − Φ(2))), tolerance 1e-12 relative. */
class BenchmarkTestsTest {
    static final double P_Z2 = 0.04550026389635842;

    @Test
    void scoreTestOfAProportion() {
        assertEquals(P_Z2, BenchmarkTests.proportion(60, 100, 0.5), P_Z2 * 1e-12);
    }

    @Test
    void scoreTestOfACount() {
        // E = 25, x = 35 → z = 10/5 = 2
        assertEquals(P_Z2, BenchmarkTests.poisson(35, 25), P_Z2 * 1e-12);
    }

    @Test
    void logScaleTest() {
        // value e·b, var = (value/2)² → z = 1/(1/2) = 2
        double value = Math.E * 10;
        assertEquals(P_Z2, BenchmarkTests.logScale(value, value * value / 4, 10), P_Z2 * 1e-12);
        assertTrue(Double.isNaN(BenchmarkTests.logScale(0, 1, 10)));
    }

    @Test
    void normalTest() {
        assertEquals(P_Z2, BenchmarkTests.normal(14, 2, 10), P_Z2 * 1e-12);
    }
}
