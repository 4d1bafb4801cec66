package se.indikator.stdlib.compare;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkAndAdjustmentTest {

    @Test
    @DisplayName("benchmark comparison: polarity maps higher/lower to better/worse; boundary touching is similar")
    void singleLevel() {
        Interval above = new Interval(12, 15);
        assertEquals(Significance.WORSE, BenchmarkComparison.compare(above, 10, Polarity.LOWER_IS_BETTER));
        assertEquals(Significance.BETTER, BenchmarkComparison.compare(above, 10, Polarity.HIGHER_IS_BETTER));
        assertEquals(Significance.HIGHER, BenchmarkComparison.compare(above, 10, Polarity.NONE));
        assertEquals(Significance.LOWER, BenchmarkComparison.compare(above, 16, Polarity.NONE));
        assertEquals(Significance.SIMILAR, BenchmarkComparison.compare(above, 12, Polarity.NONE));
        assertEquals(Significance.NOT_COMPARED,
                BenchmarkComparison.compare(new Interval(Double.NaN, 3), 1, Polarity.NONE));
    }

    @Test
    @DisplayName("two levels: significant at 95% only vs at 99.8% too")
    void twoLevels() {
        BenchmarkComparison both = BenchmarkComparison.compare(new Interval(12, 15), new Interval(11, 16), 10,
                Polarity.LOWER_IS_BETTER);
        assertEquals("worse (99.8%)", both.category());
        BenchmarkComparison only95 = BenchmarkComparison.compare(new Interval(10.5, 15), new Interval(9, 16), 10,
                Polarity.LOWER_IS_BETTER);
        assertEquals(Significance.WORSE, only95.first());
        assertEquals(Significance.SIMILAR, only95.second());
        assertEquals("worse (95%)", only95.category());
        BenchmarkComparison none = BenchmarkComparison.compare(new Interval(5, 15), new Interval(4, 16), 10,
                Polarity.NONE);
        assertEquals("similar", none.category());
        assertEquals(ConfidenceLevel.P99_8, none.secondLevel());
    }

    @Test
    @DisplayName("BH of 0.01, 0.04, 0.03, 0.005 = 0.02, 0.04, 0.04, 0.02 (by hand: sorted m/j*p = 0.02, 0.02, 0.04, 0.04, then running min from the top)")
    void benjaminiHochberg() {
        double[] adj = PValueAdjustment.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, adj, 1e-15);
    }

    @Test
    @DisplayName("Holm of 0.01, 0.04, 0.03, 0.005 = 0.03, 0.06, 0.06, 0.02 (by hand: sorted (m-j+1)*p = 0.02, 0.03, 0.06, 0.04, then running max)")
    void holm() {
        double[] adj = PValueAdjustment.holm(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adj, 1e-15);
    }

    @Test
    @DisplayName("adjustment caps at 1 and skips NaN (m counts only the defined p-values)")
    void capsAndNaN() {
        double[] adj = PValueAdjustment.holm(new double[] {0.5, Double.NaN, 0.6});
        assertEquals(1.0, adj[0]);
        assertTrue(Double.isNaN(adj[1]));
        assertEquals(1.0, adj[2]);
        double[] bh = PValueAdjustment.benjaminiHochberg(new double[] {0.02, Double.NaN, 0.04});
        assertArrayEquals(new double[] {0.04, Double.NaN, 0.04}, bh, 1e-15);
    }
}
