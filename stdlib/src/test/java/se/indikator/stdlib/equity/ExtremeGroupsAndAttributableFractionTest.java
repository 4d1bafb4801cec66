package se.indikator.stdlib.equity;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.indikator.stdlib.ci.ConfidenceLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Hand-computed examples for {@link ExtremeGroups} and {@link AttributableFraction} (1e-12).
 *
 * <p>Extreme groups: group 1 has 50 events in 10 000, group 3 has 20 in 10 000; per 1000 the rates
 * are 5 and 2, ratio 2.5, difference 3. SE(ln RR) = √(1/50 + 1/20) = √0.07; 95% limits
 * 2.5·exp(∓1.959963984540054·√0.07) = 1.4884465671237153, 4.19900864300258. SE(difference) =
 * 1000·√(50/10⁸ + 20/10⁸) = 1000·√(7·10⁻⁷); limits 1.3601764806888859, 4.639823519311114.
 *
 * <p>PAF: 30/1000, 20/1000, 10/2000 → overall 60/4000 = 0.015; best (lower is better) 0.005,
 * PAF = 0.010/0.015 = 2/3; best (higher is better) 0.03, PAF = −0.015/0.015 = −1.
 */
class ExtremeGroupsAndAttributableFractionTest {

    @Test
    void rateRatioAndDifferenceBetweenExtremes() {
        List<GroupCount> groups = List.of(new GroupCount(2, 35, 10_000), new GroupCount(3, 20, 10_000),
                new GroupCount(1, 50, 10_000));
        ExtremeGroupComparison c = ExtremeGroups.compare(groups, 1000, ConfidenceLevel.P95);
        assertEquals(1, c.first().order());
        assertEquals(3, c.last().order());
        assertEquals(5.0, c.rateFirst(), 1e-12);
        assertEquals(2.0, c.rateLast(), 1e-12);
        assertEquals(2.5, c.ratio(), 1e-12);
        assertEquals(1.4884465671237153, c.ratioInterval().lower(), 1e-12);
        assertEquals(4.19900864300258, c.ratioInterval().upper(), 1e-12);
        assertEquals(3.0, c.difference(), 1e-12);
        assertEquals(1.3601764806888859, c.differenceInterval().lower(), 1e-12);
        assertEquals(4.639823519311114, c.differenceInterval().upper(), 1e-12);
    }

    @Test
    void zeroCountLeavesRatioIntervalUndefined() {
        ExtremeGroupComparison c = ExtremeGroups.compare(
                List.of(new GroupCount(1, 0, 100), new GroupCount(2, 4, 100)), 1, ConfidenceLevel.P95);
        assertEquals(0.0, c.ratio());
        assertFalse(c.ratioInterval().isDefined());
    }

    @Test
    void attributableFractionAgainstBestGroup() {
        List<GroupCount> groups = List.of(new GroupCount(1, 30, 1000), new GroupCount(2, 20, 1000),
                new GroupCount(3, 10, 2000));
        AttributableFraction.Result low = AttributableFraction.againstBestGroup(groups, Polarity.LOWER_IS_BETTER);
        assertEquals(0.015, low.overall(), 1e-12);
        assertSame(groups.get(2), low.best());
        assertEquals(0.005, low.bestRate(), 1e-12);
        assertEquals(2.0 / 3.0, low.fraction(), 1e-12);
        AttributableFraction.Result high = AttributableFraction.againstBestGroup(groups, Polarity.HIGHER_IS_BETTER);
        assertSame(groups.get(0), high.best());
        assertEquals(-1.0, high.fraction(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> AttributableFraction.againstBestGroup(groups, Polarity.NO_JUDGEMENT));
    }
}
