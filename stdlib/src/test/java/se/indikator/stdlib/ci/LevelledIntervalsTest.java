package se.indikator.stdlib.ci;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LevelledIntervalsTest {

    @Test
    @DisplayName("intervals are found by level, scaled together, and a missing or repeated level is an error")
    void lookupAndScale() {
        LevelledIntervals li = new LevelledIntervals(List.of(ConfidenceLevel.P95, ConfidenceLevel.P99_8),
                List.of(new Interval(1, 2), new Interval(0.5, 3)));
        assertEquals(new Interval(0.5, 3), li.at(0.998));
        assertEquals(new Interval(100, 200), li.scaled(100).at(ConfidenceLevel.P95));
        assertThrows(NoSuchElementException.class, () -> li.at(0.99));
        assertThrows(IllegalArgumentException.class, () -> new LevelledIntervals(
                List.of(ConfidenceLevel.P95, ConfidenceLevel.of(0.95)), List.of(new Interval(1, 2), new Interval(1, 2))));
    }
}
