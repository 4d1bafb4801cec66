package se.indikator.runtime.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;

class TrendFunnelTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static ResultTable trend() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Tables.ind(Tables.row("Totalt", "Totalt"), 900.0, 1200.0, 75.0, 72.4, 77.4, null, null));
        rows.add(Tables.ind(Tables.row("2021", "Kvinnor"), 120.0, 200.0, 60.0, 53.1, 66.5, "worse", null));
        rows.add(Tables.ind(Tables.row("2021", "Män"), 130.0, 200.0, 65.0, 58.2, 71.3, "similar", null));
        rows.add(Tables.ind(Tables.row("2022", "Kvinnor"), 3.0, 9.0, null, 13.579, null, "not compared",
                "suppressed: numerator < 5"));
        rows.add(Tables.ind(Tables.row("2022", "Män"), 140.0, 200.0, 70.0, 63.3, 75.9, "similar", null));
        rows.add(Tables.ind(Tables.row("2023", "Kvinnor"), 150.0, 200.0, 75.0, 68.6, 80.5, "better", null));
        rows.add(Tables.ind(Tables.row("2023", "Män"), 160.0, 200.0, 80.0, 73.9, 85.0, "better", null));
        ResultTable t = new ResultTable("trend", Tables.columns("år", "kön"), rows, List.of(), 1, true);
        return t.withMeta(new ResultMeta("andel", "Andel över tid", "proportion", List.of("år", "kön"), "higher",
                Double.NaN, "", "95"));
    }

    private static ResultTable funnel() {
        List<String> cols = new ArrayList<>(Tables.columns("region"));
        cols.addAll(List.of("limit_lower_95", "limit_upper_95", "limit_lower_99_8", "limit_upper_99_8"));
        List<List<Object>> rows = new ArrayList<>();
        Object[][] data = {{"Riket", 7000.0, 10000.0, 70.0, null}, {"Västra Götaland", 820.0, 1000.0, 82.0, "better"},
            {"Örebro", null, 4.0, null, "not compared"}, {"Gotland", 25.0, 50.0, 50.0, "worse"},
            {"Skåne", 350.0, 500.0, 70.0, "similar"}};
        for (Object[] d : data) {
            List<Object> r = Tables.ind(Tables.row(d[0]), (Double) d[1], (Double) d[2], (Double) d[3], null, null,
                    (String) d[4], d[3] == null ? "suppressed: numerator < 5" : null);
            double n = (Double) d[2];
            double se = Math.sqrt(70 * 30 / n);
            r.addAll(List.of(70 - 1.96 * se, 70 + 1.96 * se, 70 - 3.09 * se, 70 + 3.09 * se));
            rows.add(r);
        }
        ResultTable t = new ResultTable("funnel", cols, rows, List.of(), 1, false);
        return t.withMeta(new ResultMeta("andel", "Andel, trattdiagram", "proportion", List.of("region"), "higher",
                Double.NaN, "", "95"));
    }

    @Test
    void trendChart() throws Exception {
        Chart c = ChartRenderer.render(ChartKind.TREND, trend(), true);
        ChartAssertions.realPng(c.png(), 900, 520);
        String desc = ChartAssertions.desc(ChartAssertions.svg(c.svg()));
        assertTrue(desc.contains("Kvinnor 2021: 60,0"), desc);
        assertTrue(desc.contains("Män 2023: 80,0"), desc);
        assertTrue(desc.contains("Riket"), desc);
        assertFalse(desc.contains("Kvinnor 2022:"), desc);
        assertFalse(c.svg().contains("13,579") || c.svg().contains("13.579"));
        assertEquals(List.of("suppressed: 2022 · Kvinnor: numerator < 5"), c.notes());
        String expected = String.join("\n",
                "Andel över tid",
                "2021 · Kvinnor  █████████████████████           60,0  (53,1–66,5)  Riket 70,0",
                "2021 · Män      ███████████████████████         65,0  (58,2–71,3)  Riket 70,0",
                "2022 · Kvinnor  —  suppressed (numerator < 5)",
                "2022 · Män      █████████████████████████       70,0  (63,3–75,9)  Riket 70,0",
                "2023 · Kvinnor  ██████████████████████████      75,0  (68,6–80,5)  Riket 70,0",
                "2023 · Män      ████████████████████████████    80,0  (73,9–85,0)  Riket 70,0",
                "95 % KI inom parentes",
                "suppressed: 2022 · Kvinnor: numerator < 5",
                "");
        assertEquals(expected, c.text());
    }

    @Test
    void funnelChartWithLimits() throws Exception {
        Chart c = ChartRenderer.render(ChartKind.FUNNEL, funnel(), false);
        java.awt.image.BufferedImage img = ChartAssertions.realPng(c.png(), 900, 520);
        assertTrue(ChartAssertions.hasColour(img, Palette.WORSE), "Gotland's point");
        String desc = ChartAssertions.desc(ChartAssertions.svg(c.svg()));
        assertTrue(desc.contains("Limit 95%"), desc);
        assertTrue(desc.contains("Limit 99.8%"), desc);
        assertTrue(desc.contains("National 70.0"), desc);
        assertTrue(desc.contains("Gotland: 50.0 (n=50.0)"), desc);
        assertEquals(1, c.svg().split("Örebro", -1).length - 1, "Örebro only in the note");
        String expected = String.join("\n",
                "Andel, trattdiagram",
                "Gotland          denominator 50  50.0  worse than national",
                "Skåne            denominator 500  70.0  similar to national",
                "Västra Götaland  denominator 1000  82.0  better than national",
                "Örebro           —  suppressed (numerator < 5)",
                "National 70.0",
                "suppressed: Örebro: numerator < 5",
                "");
        assertEquals(expected, c.text());
    }

    @Test
    void funnelScaffoldingWithoutLimits() throws Exception {
        Chart c = ChartRenderer.render(ChartKind.FUNNEL, Tables.regions(true, Double.NaN), true);
        ChartAssertions.realPng(c.png(), 900, 520);
        String desc = ChartAssertions.desc(ChartAssertions.svg(c.svg()));
        assertFalse(desc.contains("Gräns"), desc);
        assertTrue(desc.contains("Riket 70,0"), desc);
    }
}
