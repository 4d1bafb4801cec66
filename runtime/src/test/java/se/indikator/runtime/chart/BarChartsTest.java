package se.indikator.runtime.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BarChartsTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void rankedBarsInSwedish() throws Exception {
        Chart c = ChartRenderer.draw(ChartKind.RANKED_BARS, Tables.regions(true, 75.0), true);
        assertEquals(ChartKind.RANKED_BARS, c.kind());
        assertEquals("Andel behandlade i tid", c.title());
        BufferedImage img = ChartAssertions.realPng(c.png(), 900, 520);
        assertTrue(ChartAssertions.hasColour(img, Palette.BETTER), "a green bar");
        assertTrue(ChartAssertions.hasColour(img, Palette.WORSE), "an orange bar");
        assertTrue(ChartAssertions.hasColour(img, Palette.TARGET), "the target line");
        Document doc = ChartAssertions.svg(c.svg());
        String desc = ChartAssertions.desc(doc);
        for (String w : List.of("Västra Götaland: 82,0", "Skåne: 69,0", "Jämtland Härjedalen: 76,3", "Gotland: 50,0",
                "Riket 70,0", "Mål ≥ 75,0", "Värde", "95 % KI", "Bättre än riket", "Sämre än riket")) {
            assertTrue(desc.contains(w), w + " in " + desc);
        }
        assertEquals(List.of("suppressed: Örebro: numerator < 5"), c.notes());
        assertEquals(1, count(c.svg(), "Örebro"), "Örebro only in the note");
        assertTrue(desc.contains("suppressed: Örebro: numerator < 5"));
        for (String leaked : List.of("41,2", "41,234", "41.234")) {
            assertFalse(c.svg().contains(leaked), leaked);
        }
        assertFalse(c.text().contains("41,2"));
        assertTrue(c.text().contains("Örebro"));
    }

    @Test
    void rankedBarsInEnglishWithoutTarget() throws Exception {
        Chart c = ChartRenderer.draw(ChartKind.RANKED_BARS, Tables.regions(false, Double.NaN), false);
        String desc = ChartAssertions.desc(ChartAssertions.svg(c.svg()));
        assertTrue(desc.contains("National 70.0"), desc);
        assertTrue(desc.contains("Västra Götaland: 82.0"), desc);
        assertFalse(desc.contains("Target"), desc);
        assertFalse(desc.contains("Mål"), desc);
        BufferedImage img = ChartAssertions.realPng(c.png(), 900, 520);
        assertFalse(ChartAssertions.hasColour(img, Palette.TARGET), "no target line");
    }

    @Test
    void rankedBarsText() {
        String text = TextChart.render(ChartKind.RANKED_BARS, Tables.regions(true, 75.0), new Labels(true));
        String expected = String.join("\n",
                "Andel behandlade i tid",
                "Västra Götaland      ██████████████████████████████████████████│██┊█├█─┤  82,0  bättre än riket",
                "Jämtland Härjedalen  ███████████████████████████████████████├██┼██─────┤  76,3  ej jämförd",
                "Skåne                ███████████████████████████████████████├█─┼┤ ┊       69,0  ingen säker skillnad",
                "Gotland              ██████████████████████├███████────────┤   │  ┊       50,0  sämre än riket",
                "Örebro               —  suppressed (numerator < 5)",
                "│ Riket 70,0   ┊ Mål ≥ 75,0   ├─┤ 95 % KI",
                "suppressed: Örebro: numerator < 5",
                "");
        assertEquals(expected, text);
    }

    @Test
    void groupedBars() throws Exception {
        Chart c = ChartRenderer.draw(ChartKind.GROUPED_BARS, Tables.educationBySex(), true);
        ChartAssertions.realPng(c.png(), 900, 520);
        String desc = ChartAssertions.desc(ChartAssertions.svg(c.svg()));
        assertTrue(desc.contains("Förgymnasial · Kvinnor: 55,0"), desc);
        assertTrue(desc.contains("Eftergymnasial · Män: 72,0"), desc);
        assertTrue(desc.contains("Riket 70,0"), desc);
        assertEquals(1, count(desc, "Förgymnasial · Män"), desc);
        assertEquals(List.of("suppressed: Förgymnasial · Män: numerator < 5"), c.notes());
        String expected = String.join("\n",
                "Andel per utbildning och kön",
                "Förgymnasial",
                "  Kvinnor  ██████████████████████████├█████─────┤  │            55,0  sämre än riket",
                "  Män      —  suppressed (numerator < 5)",
                "Eftergymnasial",
                "  Kvinnor  ████████████████████████████████████████│├████────┤  80,0  bättre än riket",
                "  Män      ████████████████████████████████████├███┼█────┤      72,0  ingen säker skillnad",
                "│ Riket 70,0   ├─┤ 95 % KI",
                "suppressed: Förgymnasial · Män: numerator < 5",
                "");
        assertEquals(expected, c.text());
    }
}
