package se.indikator.stdlib.standard;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv;
import se.indikator.stdlib.ReferenceCsv.Row;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandardPopulationsTest {

    @Test
    @DisplayName("ESP2013: 19 bands summing to 100000; ESP1976: 18 bands summing to 100000")
    void totals() {
        assertEquals(19, StandardPopulations.ESP2013.size());
        assertEquals(100000.0, StandardPopulations.ESP2013.total());
        assertEquals(18, StandardPopulations.ESP1976.size());
        assertEquals(100000.0, StandardPopulations.ESP1976.total());
    }

    @Test
    @DisplayName("WHO 2000-2025: 21 bands; published weights sum to 100035 (rounding as published)")
    void whoTotal() {
        assertEquals(21, StandardPopulations.WHO2000.size());
        assertEquals(100035.0, StandardPopulations.WHO2000.total());
        assertEquals(5.0, StandardPopulations.WHO2000.bandForAge(104).weight());
    }

    @Test
    @DisplayName("ICSS 1-3 weights each sum to 1")
    void icss() {
        for (String n : List.of("icss1", "icss2", "icss3")) {
            assertEquals(1.0, StandardPopulations.byName(n).total(), 1e-12, n);
        }
    }

    @Test
    @DisplayName("ESP1976 weights equal the esp1976 column of PHE's testdata_1976 sheet")
    void esp1976AgainstPheSheet() {
        List<Row> rows = ReferenceCsv.read("testdata_DSR_ISR__testdata_1976.csv");
        double[] expected = rows.stream().mapToDouble(r -> r.num("esp1976")).toArray();
        assertArrayEquals(expected, StandardPopulations.ESP1976.weights());
    }

    @Test
    @DisplayName("lookup by name, label and age")
    void lookups() {
        StandardPopulation esp = StandardPopulations.byName("ESP2013");
        assertEquals("85-89", esp.bandForAge(87.5).label());
        assertEquals("90+", esp.bandForAge(101).label());
        assertEquals("0-4", esp.bandForAge(0).label());
        assertEquals("5-9", esp.bandForAge(5).label());
        assertEquals(5000.0, esp.bandForLabel("00-04").weight());
        assertEquals(1000.0, esp.bandForLabel("90 +").weight());
        assertEquals(6500.0, esp.bandForLabel("55-59").weight());
        assertThrows(NoSuchElementException.class, () -> esp.bandForLabel("55-69"));
        assertThrows(NoSuchElementException.class, () -> StandardPopulations.byName("nope"));
    }

    @Test
    @DisplayName("user standard from (label, weight) pairs; duplicates rejected")
    void userStandard() {
        StandardPopulation p = StandardPopulation.of("mine",
                List.of(Map.entry("0-64", 80.0), Map.entry("65+", 20.0)));
        assertEquals(100.0, p.total());
        assertEquals("65+", p.bandForAge(70).label());
        assertArrayEquals(new double[] {20.0, 80.0}, p.weightsFor(List.of("65+", "0-64")));
        assertThrows(IllegalArgumentException.class, () -> StandardPopulation.of("bad",
                List.of(Map.entry("0-4", 1.0), Map.entry("00-04", 2.0))));
    }
}
