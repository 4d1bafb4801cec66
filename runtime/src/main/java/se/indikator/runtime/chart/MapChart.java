package se.indikator.runtime.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions as a tile map ({@link RegionTiles}): each region a square in its place, coloured and marked by its
 * verdict against its reference — or, when nothing is compared, shaded by value in five classes of one hue —
 * with its letters and value on the tile, and beside the map the key of letters to names with each value and
 * the legend. Regions without a value are white tiles with a dash; units that are no region are left out and
 * named in a note.
 */
final class MapChart {
    private static final Color[] RAMP = {new Color(0xEF, 0xF3, 0xFF), new Color(0xBD, 0xD7, 0xE7),
        new Color(0x6B, 0xAE, 0xD6), new Color(0x31, 0x82, 0xBD), new Color(0x08, 0x51, 0x9C)};

    private MapChart() {
    }

    static Chart render(IndicatorData d, Labels l, String text) {
        Map<RegionTiles.Tile, IndicatorData.Group> placed = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (IndicatorData.Group g : d.groups) {
            RegionTiles.match(g.label()).ifPresentOrElse(t -> placed.put(t, g), () -> unplaced.add(g.label()));
        }
        List<String> notes = new ArrayList<>(d.notes());
        if (!unplaced.isEmpty()) {
            notes.add((l.swedish() ? "inte på kartan (ingen region): " : "not on the map (no region): ")
                    + String.join(", ", unplaced));
        }
        boolean byValue = placed.values().stream().filter(g -> !g.suppressed())
                .allMatch(g -> Palette.key(g.verdict()).equals("not compared"));
        List<String> words = new ArrayList<>(List.of(d.title, l.value(d.unit)));
        for (RegionTiles.Tile t : RegionTiles.TILES) {
            IndicatorData.Group g = placed.get(t);
            words.add(t.letters() + " " + t.name() + ": " + (g == null || g.suppressed() ? "–" : d.format(g.value())));
        }
        words.addAll(d.caption);
        words.addAll(notes);
        int height = Math.max(d.size.height(), 560);
        se.indikator.runtime.model.ChartSize size = new se.indikator.runtime.model.ChartSize(Math.max(d.size.width(), 700),
                height, d.size.dpi());
        return PaintedChart.chart(d.title, ChartKind.MAP, size, s -> paint(s, d, l, placed, byValue), words, text, notes);
    }

    private static void paint(Sheet s, IndicatorData d, Labels l, Map<RegionTiles.Tile, IndicatorData.Group> placed,
            boolean byValue) {
        double top = Caption.title(s, d.title) + 4;
        s.text(l.value(d.unit), Fonts.AXIS, Axes.AXIS, 20, top + 8, Sheet.Align.LEFT);
        top += 22;
        double bottom = s.height - Caption.height(d.caption, s.width - 40) - 14;
        double tile = Math.min((bottom - top) / 8, 64);
        double left = 20;
        double[] classes = classes(placed);
        for (RegionTiles.Tile t : RegionTiles.TILES) {
            IndicatorData.Group g = placed.get(t);
            double x = left + t.column() * tile;
            double y = top + t.row() * tile;
            boolean shown = g != null && !g.suppressed();
            Color fill = !shown ? Color.WHITE : byValue ? RAMP[bin(g.value(), classes)] : Palette.verdict(g.verdict());
            s.fill(fill, x + 1.5, y + 1.5, tile - 3, tile - 3);
            if (s.g != null) {
                s.g.setColor(shown ? Palette.OUTLINE : Axes.AXIS);
                s.g.setStroke(shown ? new BasicStroke(0.8f) : new BasicStroke(1f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
                s.g.draw(new Rectangle2D.Double(x + 1.5, y + 1.5, tile - 3, tile - 3));
            }
            Color ink = Palette.ink(fill);
            s.text(t.letters(), Fonts.BOLD_LABEL, ink, x + tile / 2, y + tile * 0.36, Sheet.Align.CENTRE);
            String value = shown ? d.format(g.value()) : "–";
            s.text(Sheet.fit(value, Fonts.LABEL, tile - 6), Fonts.LABEL, ink, x + tile / 2, y + tile * 0.62,
                    Sheet.Align.CENTRE);
            if (shown && !byValue) {
                Marks.paint(s, g.verdict(), x + tile / 2, y + tile * 0.82, 8, ink);
            }
        }
        double keyLeft = left + 4 * tile + 30;
        double keyTop = top;
        double column = (s.width - 20 - keyLeft) / 2;
        double row = Math.min(18, (bottom - top - 110) / 11);
        for (int i = 0; i < RegionTiles.TILES.size(); i++) {
            RegionTiles.Tile t = RegionTiles.TILES.get(i);
            IndicatorData.Group g = placed.get(t);
            double x = keyLeft + (i / 11) * column;
            double y = keyTop + (i % 11) * row + 12;
            s.text(t.letters(), Fonts.BOLD_LABEL, Color.BLACK, x, y, Sheet.Align.LEFT);
            String value = g == null || g.suppressed() ? "–" : d.format(g.value());
            s.text(Sheet.fit(t.name(), Fonts.LABEL, column - 90), Fonts.LABEL, Color.BLACK, x + 28, y, Sheet.Align.LEFT);
            s.text(value, Fonts.LABEL, Color.BLACK, x + column - 20, y, Sheet.Align.RIGHT);
        }
        double legendTop = keyTop + 11 * row + 24;
        Legend legend = new Legend();
        if (byValue) {
            for (int i = 0; i < RAMP.length; i++) {
                legend.band(RAMP[i], d.format(classes[i]) + "–" + d.format(classes[i + 1]));
            }
        } else {
            for (String key : Palette.VERDICTS) {
                if (placed.values().stream().anyMatch(g -> !g.suppressed() && Palette.key(g.verdict()).equals(key))) {
                    legend.verdict(key, l.verdict(key));
                }
            }
        }
        legend.band(Color.WHITE, l.swedish() ? "– inget värde" : "– no value");
        double shared = d.sharedReference();
        if (!Double.isNaN(shared)) {
            s.text(l.national() + " " + d.format(shared), Fonts.BOLD_LABEL, Color.BLACK, keyLeft, legendTop,
                    Sheet.Align.LEFT);
            legendTop += 10;
        }
        legend.paint(s, keyLeft, legendTop, s.width - 20 - keyLeft);
        Caption.paint(s, d.caption);
    }

    /** Five equal classes from the lowest to the highest shown value (six bounds). */
    private static double[] classes(Map<RegionTiles.Tile, IndicatorData.Group> placed) {
        double lo = placed.values().stream().filter(g -> !g.suppressed()).mapToDouble(IndicatorData.Group::value).min()
                .orElse(0);
        double hi = placed.values().stream().filter(g -> !g.suppressed()).mapToDouble(IndicatorData.Group::value).max()
                .orElse(1);
        double[] b = new double[RAMP.length + 1];
        for (int i = 0; i <= RAMP.length; i++) {
            b[i] = lo + (hi - lo) * i / RAMP.length;
        }
        return b;
    }

    private static int bin(double v, double[] b) {
        for (int i = 1; i < b.length - 1; i++) {
            if (v < b[i]) {
                return i - 1;
            }
        }
        return RAMP.length - 1;
    }
}
