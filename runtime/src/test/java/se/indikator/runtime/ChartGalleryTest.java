package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.chart.Chart;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.chart.RegionTiles;
import se.indikator.runtime.chart.TextBox;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;
import se.indikator.runtime.session.Session;

/**
 * Every chart kind drawn from the example registers through the language, checked by structure: real PNGs and
 * SVGs, no two placed texts overlapping, the unit, the source and the selection in the SVG's text, all 21
 * regions on the map and on the ranked bars. With {@code -Dindikator.regenerate=true} it writes one picture of
 * each kind to docs/charts for the README.
 */
class ChartGalleryTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SCRIPT = """
            set language sv
            use stdlib.jamlik from "data/registers"
            data units = read "data/registers/units.csv"
            plot op90 by region
            plot amenable by utbildning where year == 2023
            plot sedatives by year where region == "Skåne" as trend
            funnel op90 by region
            plot heat region on op90, amenable, suicide, inactivity, tears, apgar, overcrowding, wrong_ward, sedatives, avoid where year == 2023
            plot op90 by region where year == 2023 as map
            relate timely by unit_id to units on patients_per_doctor
            plot profile region "Skåne" on op90, amenable, suicide, inactivity, sedatives, avoid by kön
            """;
    private static final Map<String, Chart> CHARTS = new LinkedHashMap<>();

    @BeforeAll
    static void draw() throws Exception {
        Session s = new Session(ROOT.resolve("examples"));
        s.plotsDir(Files.createTempDirectory("gallery"));
        RunResult r = s.run(new SourceFile("gallery.ind", SCRIPT));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        String[] names = {"ranked_bars", "vertical_bars", "trend", "funnel", "heat", "map", "scatter", "profile"};
        int i = 0;
        for (StatementResult st : r.statements()) {
            for (Output o : st.outputs()) {
                if (o instanceof Output.Chart c) {
                    CHARTS.put(names[i++], c.chart());
                }
            }
        }
        assertEquals(names.length, CHARTS.size(), CHARTS.keySet().toString());
        if (Boolean.getBoolean("indikator.regenerate")) {
            Path out = ROOT.resolve("docs/charts");
            Files.createDirectories(out);
            for (Map.Entry<String, Chart> e : CHARTS.entrySet()) {
                Files.write(out.resolve(e.getKey() + ".png"), e.getValue().png());
                Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "gallery_" + e.getKey() + ".svg"),
                        e.getValue().svg());
            }
        }
    }

    @Test
    void everyChartIsARealPngAndSvg() throws Exception {
        for (Map.Entry<String, Chart> e : CHARTS.entrySet()) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(e.getValue().png()));
            assertTrue(img != null && img.getWidth() >= 900 && img.getHeight() >= 400, e.getKey());
            assertTrue(e.getValue().svg().contains("<svg") && !e.getValue().svg().contains("NaN"), e.getKey());
        }
    }

    @Test
    void noTwoPlacedTextsOverlap() {
        for (Map.Entry<String, Chart> e : CHARTS.entrySet()) {
            List<TextBox> boxes = e.getValue().textBoxes();
            if (e.getValue().kind() != ChartKind.PROFILE && !e.getKey().equals("vertical_bars")) {
                assertTrue(boxes.size() > 10, e.getKey() + " places its texts");
            }
            List<String> clashes = new ArrayList<>();
            for (int a = 0; a < boxes.size(); a++) {
                for (int b = a + 1; b < boxes.size(); b++) {
                    if (boxes.get(a).overlaps(boxes.get(b))) {
                        clashes.add(boxes.get(a).text() + " × " + boxes.get(b).text());
                    }
                }
            }
            assertTrue(clashes.isEmpty(), e.getKey() + ": " + clashes);
        }
    }

    @Test
    void unitsSourcesAndSelectionsAreInTheText() {
        String bars = CHARTS.get("ranked_bars").svg();
        assertTrue(bars.contains(">Procent<"), "the unit on the value axis");
        assertTrue(bars.contains("Källa: Väntetidsdatabasen (SKR)"), "the source in the caption");
        assertTrue(CHARTS.get("heat").svg().contains("Urval: year == 2023"), "the selection in the caption");
        assertTrue(CHARTS.get("trend").svg().contains(">År<"), "the period's axis in Swedish");
        assertTrue(CHARTS.get("trend").svg().contains("Period: 2019–2023"));
        assertTrue(CHARTS.get("heat").svg().contains("Operation inom 90 dagar"), "titles, not code names");
        assertFalse(CHARTS.get("heat").svg().contains(">wrong_ward<"));
        assertTrue(CHARTS.get("vertical_bars").svg().contains("Per 100\u00A0000 invånare, åldersstandardiserat"));
    }

    @Test
    void everyRegionIsOnTheMapAndTheBars() {
        assertTrue(CHARTS.get("ranked_bars").textBoxes().size() > 40, "most regions have bars");
        for (String kind : List.of("map", "ranked_bars")) {
            List<String> texts = CHARTS.get(kind).textBoxes().stream().map(TextBox::text).toList();
            String notes = String.join("\n", CHARTS.get(kind).notes());
            for (RegionTiles.Tile t : RegionTiles.TILES) {
                assertTrue(texts.contains(t.name()) || notes.contains("suppressed: " + t.name() + ":"), kind + ": " + t.name());
            }
        }
        List<String> map = CHARTS.get("map").textBoxes().stream().map(TextBox::text).toList();
        assertTrue(RegionTiles.TILES.stream().allMatch(t -> map.contains(t.letters())), "letters on the tiles");
    }
}
