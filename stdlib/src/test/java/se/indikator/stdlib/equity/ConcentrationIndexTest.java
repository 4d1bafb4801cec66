package se.indikator.stdlib.equity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Hand-derived examples for the concentration index (tolerance 1e-12 absolute).
 *
 * <p>Example A: three groups ranked 1..3 with populations 100, 200, 100 and a proportion
 * 0.1, 0.2, 0.4. Shares w = .25, .5, .25; fractional ranks r = .125, .5, .875;
 * μ = .025 + .1 + .1 = .225; cov_w(y, r) = .25·(−.125)(−.375) + .5·(−.025)·0 + .25·(.175)(.375)
 * = .01171875 + .01640625 = .028125; C = 2·.028125/.225 = 0.25; absolute = .225·.25 = .05625;
 * Erreygers (0..1) = 4·.225·.25 = .225; Wagstaff = .25/(1 − .225) = 0.32258064516129…
 */
class ConcentrationIndexTest {

    private static final List<ConcentrationIndex.Group> EXAMPLE_A = List.of(
            new ConcentrationIndex.Group(3, 100, 0.4),
            new ConcentrationIndex.Group(1, 100, 0.1),
            new ConcentrationIndex.Group(2, 200, 0.2));

    @Test
    void handExampleA() {
        ConcentrationResult r = ConcentrationIndex.compute(EXAMPLE_A, 0, 1);
        assertEquals(0.225, r.mean(), 1e-12);
        assertEquals(0.25, r.relative(), 1e-12);
        assertEquals(0.05625, r.absolute(), 1e-12);
        assertEquals(0.225, r.erreygers(), 1e-12);
        assertEquals(0.25 / 0.775, r.wagstaff(), 1e-12);
        assertEquals(0.3225806451612903, r.wagstaff(), 1e-12);
    }

    @Test
    void unboundedLeavesNormalisedIndicesUndefinedAndEqualValuesGiveZero() {
        ConcentrationResult r = ConcentrationIndex.compute(EXAMPLE_A);
        assertEquals(0.25, r.relative(), 1e-12);
        assertEquals(Double.NaN, r.erreygers());
        ConcentrationResult flat = ConcentrationIndex.compute(List.of(
                new ConcentrationIndex.Group(1, 5, 3.0), new ConcentrationIndex.Group(2, 7, 3.0)));
        assertEquals(0.0, flat.relative(), 1e-15);
    }

    @Test
    void reversingTheRankingNegatesTheIndex() {
        ConcentrationResult r = ConcentrationIndex.compute(List.of(
                new ConcentrationIndex.Group(1, 100, 0.4),
                new ConcentrationIndex.Group(3, 100, 0.1),
                new ConcentrationIndex.Group(2, 200, 0.2)));
        assertEquals(-0.25, r.relative(), 1e-12);
    }

    @Test
    void equalSizeIndividualsMatchTheTextbookFormula() {
        // Individual data y = 1, 2, 3, 4 (equal weights): r = 1/8, 3/8, 5/8, 7/8; μ = 2.5;
        // cov = (−1.5·−.375 + −.5·−.125 + .5·.125 + 1.5·.375)/4 = 1.25/4 = .3125; C = .625/2.5 = .25.
        ConcentrationResult r = ConcentrationIndex.compute(List.of(
                new ConcentrationIndex.Group(1, 1, 1), new ConcentrationIndex.Group(2, 1, 2),
                new ConcentrationIndex.Group(3, 1, 3), new ConcentrationIndex.Group(4, 1, 4)));
        assertEquals(0.25, r.relative(), 1e-12);
    }

    @Test
    void rejectsMeanOutsideBounds() {
        assertThrows(IllegalArgumentException.class, () -> ConcentrationIndex.compute(EXAMPLE_A, 0.3, 1));
    }
}
