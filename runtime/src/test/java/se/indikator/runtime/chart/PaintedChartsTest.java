package se.indikator.runtime.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.result.ResultTable;

/** The painted charts: the region profile and the heat table (PNG and SVG of the same picture, text). */
class PaintedChartsTest {
    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static ResultTable profile() {
        List<String> cols = List.of("indicator", "title", "kön", "value", "national", "deviation_pct",
                "oriented_deviation_pct", "vs_national", "note");
        List<List<Object>> rows = List.of(
                row("op90", "Operation inom 90 dagar", "Kvinnor", 66.7, 75.2, -11.3, -11.3, "worse", null),
                row("op90", "Operation inom 90 dagar", "Män", 66.3, 75.5, -12.2, -12.2, "worse", null),
                row("amenable", "Åtgärdbar dödlighet", "Kvinnor", 160.9, 169.0, -4.8, 4.8, "similar", null),
                row("amenable", "Åtgärdbar dödlighet", "Män", null, 262.3, null, null, "not compared",
                        "suppressed: numerator < 10"));
        return new ResultTable("Profil: Skåne", cols, rows, List.of(), 1, true);
    }

    @Test
    void profileDrawsOrientedBarsAndHidesSuppressedValues() throws IOException {
        Chart c = ChartRenderer.render(ChartKind.PROFILE, profile(), true);
        assertEquals(ChartKind.PROFILE, c.kind());
        var img = ImageIO.read(new ByteArrayInputStream(c.png()));
        assertTrue(img.getWidth() == 900 && c.png().length > 5000);
        assertTrue(c.svg().contains("<svg") && c.svg().contains("Åtgärdbar dödlighet"), "å/ä/ö intact");
        assertFalse(c.svg().contains("262,3") || c.svg().contains("262.3"), "a suppressed value is never drawn");
        assertEquals(List.of("suppressed: Åtgärdbar dödlighet (Män): numerator < 10"), c.notes());
        String[] lines = c.text().split("\n");
        assertTrue(lines[1].contains("████") && lines[1].indexOf('█') < lines[1].indexOf('│'), "worse is drawn left: " + lines[1]);
        assertTrue(lines[3].indexOf('░') > lines[3].indexOf('│'), "better (pale, not significant) is drawn right: " + lines[3]);
        assertTrue(lines[4].contains("visas ej"), lines[4]);
    }

    @Test
    void heatTableColoursVerdicts() throws IOException {
        ResultTable t = new ResultTable("Jämfört med riket: region", List.of("region", "op90", "amenable"),
                List.of(row("Skåne", "worse", "similar"), row("Örebro", "better", "not compared")), List.of(), 1, true);
        Chart c = ChartRenderer.render(ChartKind.HEAT, t, true);
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
        assertTrue(c.svg().contains("Örebro"));
        assertTrue(c.text().contains("Skåne") && c.text().contains("▼") && c.text().contains("▲"), c.text());
    }
}
