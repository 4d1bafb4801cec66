package se.indikator.stdlib.survival;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LifeTableTest {

    static final double DPY = 365.241;

    /** Sex 1 only, ages 0..1, years 2000..2001, q = 0.01·(1 + age) + 0.001·(year − 2000). */
    static LifeTable small() {
        List<LifeTableRow> rows = new ArrayList<>();
        for (int age = 0; age <= 1; age++) {
            for (int year = 2000; year <= 2001; year++) {
                rows.add(new LifeTableRow(1, age, year, q(age, year)));
            }
        }
        return LifeTable.fromAnnualQ(rows, DPY);
    }

    static double q(int age, int year) {
        return 0.01 * (1 + age) + 0.001 * (year - 2000);
    }

    static double h(int age, int year) {
        return -Math.log(1 - q(age, year)) / DPY;
    }

    @Test
    @DisplayName("daily hazard is −log(1 − q)/365.241")
    void hazard() {
        LifeTable t = small();
        assertEquals(-Math.log(0.99) / 365.241, t.dailyHazard(1, 0, 2000), 1e-18);
        assertEquals(h(1, 2001), t.dailyHazard(1, 1, 2001), 1e-18);
    }

    @Test
    @DisplayName("ages above the last age use the last age; years outside the table use the nearest year")
    void clamping() {
        LifeTable t = small();
        assertEquals(t.dailyHazard(1, 1, 2000), t.dailyHazard(1, 87, 2000));
        assertEquals(t.dailyHazard(1, 0, 2000), t.dailyHazard(1, 0, 1950));
        assertEquals(t.dailyHazard(1, 0, 2001), t.dailyHazard(1, 0, 2040));
        assertEquals(h(1, 2001), t.hazardAt(1, 40 * DPY, LocalDate.of(2030, 6, 1).toEpochDay()), 1e-18);
    }

    @Test
    @DisplayName("age cells start at k × 365.241 days; year cells on 1 January")
    void cells() {
        LifeTable t = small();
        assertEquals(0, t.ageIndex(365.24));
        assertEquals(1, t.ageIndex(365.241));
        assertEquals(1, t.ageIndex(10_000));
        assertEquals(2000, t.yearOf(LocalDate.of(2000, 12, 31).toEpochDay() + 0.999));
        assertEquals(2001, t.yearOf(LocalDate.of(2001, 1, 1).toEpochDay()));
        double day = LocalDate.of(2000, 12, 25).toEpochDay();
        assertEquals(7.0, t.daysToBoundary(0, day), 1e-12);
        assertEquals(0.241, t.daysToBoundary(365.0, day), 1e-9);
    }

    @Test
    @DisplayName("a table with a missing or repeated row is rejected")
    void incomplete() {
        List<LifeTableRow> rows = new ArrayList<>();
        rows.add(new LifeTableRow(1, 0, 2000, 0.01));
        rows.add(new LifeTableRow(1, 1, 2000, 0.01));
        rows.add(new LifeTableRow(2, 0, 2000, 0.01));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.fromAnnualQ(rows, DPY));
        rows.add(new LifeTableRow(2, 1, 2000, 0.01));
        LifeTable.fromAnnualQ(rows, DPY);
        rows.add(new LifeTableRow(2, 1, 2000, 0.02));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.fromAnnualQ(rows, DPY));
        assertThrows(IllegalArgumentException.class, () -> new LifeTableRow(1, 0, 2000, 1.0));
        assertThrows(IllegalArgumentException.class, () -> small().dailyHazard(2, 0, 2000));
    }
}
