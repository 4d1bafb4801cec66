package se.indikator.stdlib.ci;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

class ConfidenceLevelTest {

    @Test
    @DisplayName("labels: 95, 99_8, 99, 90")
    void labels() {
        assertEquals("95", ConfidenceLevel.P95.label());
        assertEquals("99_8", ConfidenceLevel.P99_8.label());
        assertEquals("99", ConfidenceLevel.P99.label());
        assertEquals("90", ConfidenceLevel.P90.label());
        assertEquals("99_95", ConfidenceLevel.of(0.9995).label());
    }

    @Test
    @DisplayName("z values equal R's qnorm to rel 1e-14")
    void zValues() {
        assertRel(1.959963984540054, ConfidenceLevel.P95.z(), 1e-14, "z 95");
        assertRel(3.090232306167813, ConfidenceLevel.P99_8.z(), 1e-14, "z 99.8");
        assertRel(2.5758293035489, ConfidenceLevel.P99.z(), 1e-13, "z 99");
        assertRel(1.6448536269514722, ConfidenceLevel.P90.z(), 1e-14, "z 90");
    }

    @Test
    @DisplayName("levels outside (0,1) are rejected, e.g. 95 instead of 0.95")
    void rejects() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceLevel.of(95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceLevel.of(0));
    }
}
