package se.indikator.runtime.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts' axes: round limits and steps around the values shown, blanks left out. */
class ScaleTest {
    @Test
    void roundLimitsAndStepsAroundTheValues() {
        Scale s = Scale.around(59.8, 96.9, 84.3, Double.NaN).orElseThrow();
        assertEquals(new Scale(50, 100, 10), s);
        assertEquals(List.of(50.0, 60.0, 70.0, 80.0, 90.0, 100.0), s.ticks());
        assertEquals(0, s.decimals());
        assertEquals(0.5, s.fraction(75), 1e-12);
        Scale small = Scale.around(2.69, 3.75).orElseThrow();
        assertEquals(0.5, small.step(), 1e-12);
        assertEquals(1, small.decimals());
        assertTrue(small.min() <= 2.69 && small.max() >= 3.75);
    }

    @Test
    void oneValueGetsARangeAndNoValueNoScale() {
        Scale one = Scale.around(52.0).orElseThrow();
        assertTrue(one.min() <= 52 && one.max() > one.min());
        assertTrue(Scale.around(Double.NaN).isEmpty());
        assertTrue(Scale.around().isEmpty());
        assertEquals("12.3", Scale.coordinate(12.34));
    }
}
