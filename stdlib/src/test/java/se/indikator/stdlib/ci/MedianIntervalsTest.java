package se.indikator.stdlib.ci;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

class MedianIntervalsTest {

    @Test
    @DisplayName("n=10 at 95%: P(B<=1)=11/1024 <= 0.025 < P(B<=2)=56/1024, so ranks 2 and 9, coverage 1-22/1024 (hand)")
    void tenValues() {
        double[] v = {9, 1, 8, 2, 7, 3, 6, 4, 5, 10};
        OrderStatisticInterval ci = MedianIntervals.orderStatistic(v, ConfidenceLevel.P95);
        assertEquals(2, ci.lowerRank());
        assertEquals(9, ci.upperRank());
        assertEquals(2.0, ci.interval().lower());
        assertEquals(9.0, ci.interval().upper());
        assertRel(1 - 22.0 / 1024, ci.coverage(), 1e-12, "coverage");
    }

    @Test
    @DisplayName("n=5 at 95% is undefined: P(B<=0)=1/32 > 0.025; at 90% ranks 1 and 5")
    void fiveValues() {
        double[] v = {1, 2, 3, 4, 5};
        assertTrue(Double.isNaN(MedianIntervals.orderStatistic(v, ConfidenceLevel.P95).interval().lower()));
        OrderStatisticInterval ci = MedianIntervals.orderStatistic(v, ConfidenceLevel.P90);
        assertEquals(1, ci.lowerRank());
        assertEquals(5, ci.upperRank());
        assertRel(1 - 2.0 / 32, ci.coverage(), 1e-12, "coverage");
    }
}
