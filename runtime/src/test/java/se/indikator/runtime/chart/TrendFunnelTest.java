package se.indikator.runtime.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendFunnelTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void trendChart() throws Exception {
        Chart c = ChartRenderer.draw(ChartKind.TREND, Tables.trend(), true);
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
        Chart c = ChartRenderer.draw(ChartKind.FUNNEL, Tables.funnel(), false);
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
        Chart c = ChartRenderer.draw(ChartKind.FUNNEL, Tables.regions(true, Double.NaN), true);
        ChartAssertions.realPng(c.png(), 900, 520);
        String desc = ChartAssertions.desc(ChartAssertions.svg(c.svg()));
        assertFalse(desc.contains("Gräns"), desc);
        assertTrue(desc.contains("Riket 70,0"), desc);
    }
}
