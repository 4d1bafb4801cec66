package se.indikator.stdlib.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegionAndRngTest {

    @Test
    void twentyOneRegionsWithOfficialCodes() {
        Region[] all = Region.all();
        assertEquals(21, all.length);
        assertEquals("01;03;04;05;06;07;08;09;10;12;13;14;17;18;19;20;21;22;23;24;25",
            String.join(";", Arrays.stream(all).map(r -> r.code).toArray(String[]::new)));
        assertEquals("Västra Götaland", Region.VASTRA_GOTALAND.label);
        assertEquals("Jämtland Härjedalen", Region.JAMTLAND_HARJEDALEN.label);
        assertEquals(Arrays.stream(all).mapToInt(r -> r.popThousands).sum(), Region.totalThousands());
        assertEquals(2377, Region.STOCKHOLM.popThousands);
    }

    @Test
    void allocationAddsUpAndIsProportional() {
        for (long n : new long[] {1, 20, 20_000, 1_234_567, 10_000_000}) {
            long[] parts = Region.allocate(n);
            assertEquals(n, Arrays.stream(parts).sum());
            for (Region r : Region.all()) {
                assertTrue(Math.abs(parts[r.ordinal()] - n * r.share()) <= 1.0, r + " " + n);
            }
        }
    }

    @Test
    void streamsAreReproducibleAndDistinct() {
        assertEquals(Rng.stream(5, 1, 2, 3).nextLong(), Rng.stream(5, 1, 2, 3).nextLong());
        assertNotEquals(Rng.stream(5, 1, 2, 3).nextLong(), Rng.stream(5, 1, 2, 4).nextLong());
        assertNotEquals(Rng.stream(5, 1, 2, 3).nextLong(), Rng.stream(6, 1, 2, 3).nextLong());
        assertNotEquals(Rng.stream(5, 1, 3, 2).nextLong(), Rng.stream(5, 1, 2, 3).nextLong());
    }

    @Test
    void binomialHasTheRightMean() {
        SplittableRandom rng = new SplittableRandom(1);
        for (double p : new double[] {0.001, 0.05, 0.3, 0.8}) {
            long sum = 0;
            int reps = 2000;
            for (int i = 0; i < reps; i++) {
                int k = Rng.binomial(rng, 500, p);
                assertTrue(k >= 0 && k <= 500);
                sum += k;
            }
            double mean = sum / (double) reps;
            double sd = Math.sqrt(500 * p * (1 - p) / reps);
            assertTrue(Math.abs(mean - 500 * p) < 5 * sd + 1e-9, p + ": " + mean);
        }
        assertEquals(0, Rng.binomial(rng, 0, 0.5));
        assertEquals(7, Rng.binomial(rng, 7, 1.0));
    }

    @Test
    void lifeTableIsMonotoneAndImproving() {
        Mortality m = new Mortality(new Demography());
        for (int s = 1; s <= 2; s++) {
            for (int a = 31; a <= 100; a++) {
                assertTrue(m.q(s, a, 2023) > m.q(s, a - 1, 2023), "age " + a);
            }
            assertEquals(m.q(s, 70, 2023) , -Math.expm1(-m.hazard(s, 70, 2023)), 1e-15);
            assertTrue(m.q(s, 70, 2000) > 1.5 * m.q(s, 70, 2023));
        }
        assertTrue(m.q(1, 60, 2023) > m.q(2, 60, 2023));
    }

    @Test
    void amenableListMatchesTheDocumentedCodes() {
        for (String c : new String[] {"I21.9", "I25.1", "I63.9", "I64", "C18.9", "C20", "C21.0", "C50.9", "E11.9",
            "J45.9", "J46", "K35.8", "K37"}) {
            assertTrue(CauseOfDeath.isAmenable(c), c);
        }
        for (String c : new String[] {"C34.1", "J44.1", "F03", "G30.9", "X70", "W19", "I35.0", "C61", "R99"}) {
            assertTrue(!CauseOfDeath.isAmenable(c), c);
        }
    }
}
