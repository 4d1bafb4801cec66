package se.indikator.stdlib.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Properties that follow from the method: units far apart with tiny errors get degenerate rank
 * intervals equal to their ranks; two identical units share ranks 1–2 about half the time each; the
 * polarity flips the order; the same seed gives the same result.
 */
class RankSimulationTest {
    @Test
    void separatedUnitsHaveCertainRanks() {
        RankSimulation.Ranks[] r = RankSimulation.simulate(new double[] {10, 30, 20}, new double[] {0.01, 0.01, 0.01},
                true, false, 2000, 1, 0.95);
        assertEquals(3, r[0].rank());
        assertEquals(1, r[1].rank());
        assertEquals(2, r[2].rank());
        assertEquals(1, r[1].lower());
        assertEquals(1, r[1].upper());
        RankSimulation.Ranks[] lower = RankSimulation.simulate(new double[] {10, 30, 20}, new double[] {0.01, 0.01, 0.01},
                false, false, 2000, 1, 0.95);
        assertEquals(1, lower[0].rank());
        assertEquals(1, lower[0].lower());
    }

    @Test
    void identicalUnitsShareTheirRanksAndTheSeedRepeats() {
        RankSimulation.Ranks[] a = RankSimulation.simulate(new double[] {5, 5, 1}, new double[] {1, 1, 0.001}, true, false,
                4000, 7, 0.95);
        assertEquals(1, a[0].lower());
        assertEquals(2, a[0].upper());
        assertEquals(1.5, (a[0].median() + a[1].median()) / 2, 0.5);
        assertEquals(3, a[2].lower());
        RankSimulation.Ranks[] b = RankSimulation.simulate(new double[] {5, 5, 1}, new double[] {1, 1, 0.001}, true, false,
                4000, 7, 0.95);
        assertEquals(a[0], b[0]);
        assertTrue(a[0].median() >= 1 && a[0].median() <= 2);
    }
}
