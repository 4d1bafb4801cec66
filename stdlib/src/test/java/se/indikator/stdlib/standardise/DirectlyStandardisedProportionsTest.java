package se.indikator.stdlib.standardise;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ci.ConfidenceLevel;

import static se.indikator.stdlib.ReferenceCsv.assertRel;

class DirectlyStandardisedProportionsTest {

    @Test
    @DisplayName("standardised proportion 10/100 and 30/100 with weights 1:1 (hand): P = 0.2, V = 0.00075, 95% = 0.2 -/+ z*sqrt(V), as %")
    void handExample() {
        DirectlyStandardised r = DirectlyStandardisedProportions.normal(new double[] {10, 30}, new double[] {100, 100},
                new double[] {1, 1}, 100, List.of(ConfidenceLevel.P95));
        double half = 1.959963984540054 * Math.sqrt(0.00075);
        assertRel(20.0, r.value(), 1e-12, "value");
        assertRel((0.2 - half) * 100, r.intervals().at(0.95).lower(), 1e-12, "lower");
        assertRel((0.2 + half) * 100, r.intervals().at(0.95).upper(), 1e-12, "upper");
    }

    @Test
    @DisplayName("unequal weights 3:1 (hand): P = (3*0.1 + 0.3)/4 = 0.15, V = (9*0.0009 + 0.0021)/16")
    void unequalWeights() {
        DirectlyStandardised r = DirectlyStandardisedProportions.normal(new double[] {10, 30}, new double[] {100, 100},
                new double[] {3, 1}, 1, List.of(ConfidenceLevel.P90));
        double half = 1.6448536269514722 * Math.sqrt((9 * 0.0009 + 0.0021) / 16);
        assertRel(0.15, r.value(), 1e-12, "value");
        assertRel(0.15 - half, r.intervals().at(0.90).lower(), 1e-12, "lower");
        assertRel(0.15 + half, r.intervals().at(0.90).upper(), 1e-12, "upper");
    }
}
