package se.indikator.stdlib.survival;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.standard.StandardPopulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SurvivalStandardisationTest {

    private static SurvivalEstimate est(double s, double se) {
        return new SurvivalEstimate(1826.205, s, se, Double.NaN, Double.NaN, 10);
    }

    /** Five ICSS bands 15–44, 45–54, 55–64, 65–74, 75+. */
    private static final List<SurvivalEstimate> BANDS = List.of(
            est(0.90, 0.02), est(0.80, 0.03), est(0.70, 0.04), est(0.60, 0.05), est(0.50, 0.06));

    @Test
    @DisplayName("ICSS1 by hand: 0.07·0.9 + 0.12·0.8 + 0.23·0.7 + 0.29·0.6 + 0.29·0.5 = 0.639")
    void icss1() {
        StandardisedSurvival s = SurvivalStandardisation.standardise(BANDS, StandardPopulations.ICSS1);
        assertEquals(0.639, s.value(), 1e-15);
        double var = 0.07 * 0.07 * 0.0004 + 0.12 * 0.12 * 0.0009 + 0.23 * 0.23 * 0.0016
                + 0.29 * 0.29 * 0.0025 + 0.29 * 0.29 * 0.0036;
        assertEquals(Math.sqrt(var), s.stdErr(), 1e-15);
        assertEquals(0.0247501515146877, s.stdErr(), 1e-15);
        assertEquals(0.639 - 1.959963984540054 * s.stdErr(), s.lower95(), 1e-15);
        assertEquals(0.639 + 1.959963984540054 * s.stdErr(), s.upper95(), 1e-15);
    }

    @Test
    @DisplayName("two bands, weights 0.25 and 0.75: 0.65 and √(0.25²·0.02² + 0.75²·0.04²); counts are normalised")
    void twoBands() {
        List<SurvivalEstimate> two = List.of(est(0.8, 0.02), est(0.6, 0.04));
        StandardisedSurvival s = SurvivalStandardisation.standardise(two, new double[] {0.25, 0.75});
        assertEquals(0.65, s.value(), 1e-15);
        assertEquals(Math.sqrt(0.000025 + 0.0009), s.stdErr(), 1e-15);
        StandardisedSurvival counts = SurvivalStandardisation.standardise(two, new double[] {100, 300});
        assertEquals(s.value(), counts.value(), 1e-15);
        assertEquals(s.stdErr(), counts.stdErr(), 1e-15);
    }

    @Test
    @DisplayName("mismatched lengths and bad weights are rejected")
    void rejects() {
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalStandardisation.standardise(BANDS, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalStandardisation.standardise(List.of(est(0.5, 0.1)), new double[] {-1}));
        assertThrows(IllegalArgumentException.class,
                () -> SurvivalStandardisation.standardise(List.of(est(0.5, 0.1)), new double[] {0}));
    }
}
