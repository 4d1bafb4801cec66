package se.indikator.runtime.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.analysis.HeatResult;
import se.indikator.runtime.analysis.ProfileResult;
import se.indikator.runtime.estimate.Comparison;

/** The painted charts: the region profile and the heat table (PNG and SVG of the same picture, text). */
class PaintedChartsTest {
    static ProfileResult profile() {
        double nan = Double.NaN;
        List<ProfileResult.Row> rows = List.of(
                new ProfileResult.Row("op90", "Operation inom 90 dagar", "Kvinnor", 66.7, 75.2, -11.3, -11.3, Comparison.WORSE, null),
                new ProfileResult.Row("op90", "Operation inom 90 dagar", "Män", 66.3, 75.5, -12.2, -12.2, Comparison.WORSE, null),
                new ProfileResult.Row("amenable", "Åtgärdbar dödlighet", "Kvinnor", 160.9, 169.0, -4.8, 4.8, Comparison.SIMILAR,
                        null),
                new ProfileResult.Row("amenable", "Åtgärdbar dödlighet", "Män", nan, nan, nan, nan, Comparison.NOT_COMPARED,
                        "suppressed: numerator < 10"));
        return new ProfileResult("Profil: Skåne", "Skåne", "kön", "Jämfört med riket, samma kön", rows, true);
    }

    @Test
    void profileDrawsOrientedBarsAndHidesSuppressedValues() throws IOException {
        Chart c = ChartRenderer.profile(profile());
        assertEquals(ChartKind.PROFILE, c.kind());
        var img = ImageIO.read(new ByteArrayInputStream(c.png()));
        assertTrue(img.getWidth() == 900 && c.png().length > 5000);
        assertTrue(c.svg().contains("<svg") && c.svg().contains("Åtgärdbar dödlighet"), "å/ä/ö intact");
        assertFalse(c.svg().contains("NaN"), "a suppressed value is never drawn");
        assertEquals(List.of("Jämfört med riket, samma kön", "suppressed: Åtgärdbar dödlighet (Män): numerator < 10"),
                c.notes());
        String[] lines = c.text().split("\n");
        assertTrue(lines[1].contains("████") && lines[1].indexOf('█') < lines[1].indexOf('│'), "worse is drawn left: " + lines[1]);
        assertTrue(lines[3].indexOf('░') > lines[3].indexOf('│'), "better (pale, not significant) is drawn right: " + lines[3]);
        assertTrue(lines[4].contains("visas ej"), lines[4]);
    }

    @Test
    void heatTableColoursVerdicts() throws IOException {
        HeatResult t = new HeatResult("Jämfört med riket: region", "region", List.of("Skåne", "Örebro"),
                List.of(new HeatResult.Row("op90", "Operation inom 90 dagar", "procent", 1, 80.0),
                        new HeatResult.Row("amenable", "Åtgärdbar dödlighet", "per 100 000 invånare", 1, 90.0)),
                List.of(List.of(Comparison.WORSE, Comparison.SIMILAR), List.of(Comparison.BETTER, Comparison.NOT_COMPARED)),
                List.of(java.util.Arrays.asList(70.0, 95.0), java.util.Arrays.asList(85.5, null)), "Jämfört med riket");
        Chart c = ChartRenderer.heat(t, true);
        var img = ImageIO.read(new ByteArrayInputStream(c.png()));
        boolean green = false;
        boolean orange = false;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                green |= rgb == (Palette.BETTER.getRGB() & 0xFFFFFF);
                orange |= rgb == (Palette.WORSE.getRGB() & 0xFFFFFF);
            }
        }
        assertTrue(green && orange, "better and worse cells are coloured");
        assertTrue(c.svg().contains("Örebro") && c.svg().contains("Operation inom 90 dagar") && c.svg().contains("85,5"));
        assertTrue(c.text().contains("Skåne") && c.text().contains("▼") && c.text().contains("▲"), c.text());
        assertEquals(List.of("Jämfört med riket"), c.notes());
        assertTrue(c.text().endsWith("Jämfört med riket\n"), c.text());
    }
}
