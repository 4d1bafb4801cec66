package se.indikator.stdlib.survival;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.indikator.stdlib.survival.LifeTableTest.DPY;
import static se.indikator.stdlib.survival.LifeTableTest.h;

class ExpectedSurvivalTest {

    private final ExpectedSurvival expected = new ExpectedSurvival(LifeTableTest.small());

    /** 10 days before the first birthday, 7 days before New Year 2001. */
    private static Patient nearBoundaries() {
        return new Patient(1, DPY - 10, LocalDate.of(2000, 12, 25).toEpochDay(), 100, false);
    }

    @Test
    @DisplayName("the hazard is integrated exactly across a calendar-year and then an age boundary")
    void acrossBoundaries() {
        double want = 7 * h(0, 2000) + 3 * h(0, 2001) + 10 * h(1, 2001);
        assertEquals(want, expected.cumulativeHazard(nearBoundaries(), 0, 20), 1e-15);
        assertEquals(Math.exp(-want), expected.survival(nearBoundaries(), 20), 1e-15);
        // a window starting after the year boundary
        assertEquals(2 * h(0, 2001) + 5 * h(1, 2001), expected.cumulativeHazard(nearBoundaries(), 8, 15), 1e-15);
    }

    @Test
    @DisplayName("the hazard in force at a moment follows attained age and calendar time")
    void hazardAt() {
        Patient p = nearBoundaries();
        assertEquals(h(0, 2000), expected.hazardAt(p, 6.5));
        assertEquals(h(0, 2001), expected.hazardAt(p, 7));
        assertEquals(h(1, 2001), expected.hazardAt(p, 10.5));
    }

    @Test
    @DisplayName("past the last age and the last year the last cell holds for ever")
    void offTable() {
        Patient old = new Patient(1, 80 * DPY, LocalDate.of(2001, 6, 1).toEpochDay(), 10, true);
        assertEquals(5000 * h(1, 2001), expected.cumulativeHazard(old, 0, 5000), 1e-12);
    }

    @Test
    @DisplayName("survival over zero days is 1; the cohort mean averages the patients")
    void meanSurvival() {
        Patient a = nearBoundaries();
        Patient b = new Patient(1, 0, LocalDate.of(2000, 1, 1).toEpochDay(), 50, true);
        assertEquals(1.0, expected.survival(a, 0));
        double want = (Math.exp(-(7 * h(0, 2000) + 3 * h(0, 2001) + 20 * h(1, 2001)))
                + Math.exp(-30 * h(0, 2000))) / 2;
        assertEquals(want, expected.meanSurvival(List.of(a, b), 30), 1e-15);
    }
}
