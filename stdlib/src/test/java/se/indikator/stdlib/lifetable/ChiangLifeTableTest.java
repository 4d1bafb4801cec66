package se.indikator.stdlib.lifetable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv;
import se.indikator.stdlib.ReferenceCsv.Row;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChiangLifeTableTest {
    private static final double TOLERANCE = 1e-8;
    private static final String SHEET = "testLifeExpectancy__df1_and_widecis.csv";

    private static Map<String, List<Row>> byCase() {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : ReferenceCsv.read(SHEET)) {
            out.computeIfAbsent(r.text("case"), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static ChiangLifeTable table(List<Row> rows) {
        return ChiangLifeTable.of(rows.stream().mapToDouble(r -> r.num("startage")).toArray(),
                rows.stream().mapToDouble(r -> r.num("deaths")).toArray(),
                rows.stream().mapToDouble(r -> r.num("pops")).toArray());
    }

    /** The largest absolute difference from the sheet over every start age, at the sheet's z. */
    private static double maxDifference(List<Row> rows, double z) {
        ChiangLifeTable t = table(rows);
        double worst = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Interval iv = t.interval(i, z);
            double value = r.num("value");
            double lower = r.num("lowercl_95");
            double upper = r.num("uppercl_95");
            double expected = Double.isNaN(value) ? (lower + upper) / 2 : value;
            worst = Math.max(worst, Math.abs(expected - t.expectancy(i)));
            worst = Math.max(worst, Math.abs(lower - iv.lower()));
            worst = Math.max(worst, Math.abs(upper - iv.upper()));
        }
        return worst;
    }

    @Test
    @DisplayName("PHE df1 (20 bands 0, 1-4 … 90+): value and 95% limits at every start age within 1e-8 (z = 1.96)")
    void pheDf1() {
        double worst = maxDifference(byCase().get("df1"), 1.96);
        assertTrue(worst < TOLERANCE, "max abs difference " + worst);
    }

    @Test
    @DisplayName("PHE df_widecis_plus area 2: limits within 1e-8 (z = 1.959964); NA exactly where the 95% interval is wider than 20 years")
    void pheWideIntervals() {
        List<Row> rows = byCase().get("df_widecis_plus");
        double worst = maxDifference(rows, 1.959964);
        assertTrue(worst < TOLERANCE, "max abs difference " + worst);
        ChiangLifeTable t = table(rows);
        for (Row r : rows) {
            LifeExpectancy e = t.at(r.num("startage"), List.of(ConfidenceLevel.P95));
            assertEquals(Double.isNaN(r.num("value")), e.tooWide(), "withheld at " + r.num("startage"));
        }
    }

    @Test
    @DisplayName("the levels' own z: 95% and 99.8% limits are e ± z·SE, with the SE the sheet's half-width / 1.96")
    void levels() {
        List<Row> rows = byCase().get("df1");
        ChiangLifeTable t = table(rows);
        LifeExpectancy e = t.at(0, List.of(ConfidenceLevel.P95, ConfidenceLevel.P99_8));
        Row r = rows.get(0);
        double se = (r.num("uppercl_95") - r.num("lowercl_95")) / 2 / 1.96;
        assertEquals(se, e.standardError(), 1e-9);
        assertEquals(e.value() + ConfidenceLevel.P99_8.z() * se, e.intervals().at(0.998).upper(), 1e-8);
        assertFalse(e.tooWide());
    }

    @Test
    @DisplayName("bands that cannot make a table are refused with the kind of problem and the band")
    void problems() {
        double[] ages = {0, 1, 5, 85};
        LifeTableProblem p = assertThrows(LifeTableProblem.class,
                () -> ChiangLifeTable.of(ages, new double[] {1, 1, 1, 1}, new double[] {100, 0, 100, 100}));
        assertEquals(LifeTableProblem.Kind.NO_POPULATION, p.kind());
        assertEquals(1, p.band());
        p = assertThrows(LifeTableProblem.class,
                () -> ChiangLifeTable.of(ages, new double[] {1, 1, 1, 0}, new double[] {100, 100, 100, 100}));
        assertEquals(LifeTableProblem.Kind.OPEN_BAND_WITHOUT_DEATHS, p.kind());
        p = assertThrows(LifeTableProblem.class,
                () -> ChiangLifeTable.of(new double[] {0, 5, 5}, new double[] {1, 1, 1}, new double[] {9, 9, 9}));
        assertEquals(LifeTableProblem.Kind.NOT_ASCENDING, p.kind());
        p = assertThrows(LifeTableProblem.class,
                () -> ChiangLifeTable.of(ages, new double[] {1, 200, 1, 1}, new double[] {100, 100, 100, 100}));
        assertEquals(LifeTableProblem.Kind.BAD_DEATHS, p.kind());
    }

    @Test
    @DisplayName("a first band wider than a year uses a = 0.5: one 0-4 band with no deaths keeps everyone alive for 5 years")
    void widerFirstBand() {
        ChiangLifeTable t = ChiangLifeTable.of(new double[] {0, 5}, new double[] {0, 10}, new double[] {1000, 100});
        assertEquals(5 + 10, t.expectancy(0), 1e-12);
        assertEquals(10, t.expectancy(1), 1e-12);
    }
}
