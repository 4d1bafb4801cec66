package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.indikator.runtime.chart.RegionTiles;

/**
 * The tile map of the regions as inline SVG: one tile per region in its place ({@link RegionTiles}), filled
 * and signed by its comparison with the whole country, with its letters and value; a text alternative that
 * points to the table beside it, and a legend of the marks it uses in HTML.
 */
final class TileMap {
    private static final int W = 84;
    private static final int H = 44;
    private static final int GAP = 4;

    private TileMap() {
    }

    /** A region's tile: its shown value (blank when hidden) and its comparison word. */
    record Value(String text, String comparison) {
    }

    /** The map of {@code values} by unit label; units that are no region of the map are left to the table. */
    static String render(String title, Map<String, Value> values, SiteWords w) {
        int width = 4 * (W + GAP);
        int height = 8 * (H + GAP);
        StringBuilder sb = new StringBuilder("<figure class=\"map\">\n<svg role=\"img\" aria-label=\"")
                .append(escape(title + ". " + w.get("map alt"))).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">\n");
        Set<Marks> used = new LinkedHashSet<>();
        for (Map.Entry<String, Value> e : values.entrySet()) {
            var tile = RegionTiles.match(e.getKey());
            if (tile.isEmpty()) {
                continue;
            }
            Marks m = Marks.of(e.getValue().comparison());
            used.add(m);
            int x = tile.get().column() * (W + GAP);
            int y = tile.get().row() * (H + GAP);
            sb.append("<g><title>").append(escape(e.getKey() + ": " + (e.getValue().text().isEmpty() ? w.get("not shown")
                    : e.getValue().text()) + (m == Marks.NONE ? "" : ", " + m.legend(w.swedish()))))
                    .append("</title><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(W)
                    .append("\" height=\"").append(H).append("\" rx=\"3\" fill=\"").append(m.fill)
                    .append("\" stroke=\"#5a5a5a\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 17).append("\" fill=\"").append(m.ink)
                    .append("\" font-size=\"13\" font-weight=\"bold\">").append(escape(tile.get().letters()))
                    .append(m.sign.isEmpty() ? "" : " " + m.sign).append("</text>")
                    .append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 36).append("\" fill=\"").append(m.ink)
                    .append("\" font-size=\"13\">").append(escape(e.getValue().text().isEmpty() ? "–" : e.getValue().text()))
                    .append("</text></g>\n");
        }
        sb.append("</svg>\n<figcaption>").append(escape(title)).append("</figcaption>\n");
        return sb.append(legend(List.copyOf(used), w)).append("</figure>\n").toString();
    }

    /** The legend of the marks a chart uses, as a list. */
    static String legend(List<Marks> used, SiteWords w) {
        StringBuilder sb = new StringBuilder("<ul class=\"legend\" aria-label=\"").append(escape(w.get("legend"))).append("\">");
        for (Marks m : Marks.values()) {
            if (used.contains(m)) {
                sb.append("<li><span class=\"swatch\" aria-hidden=\"true\" style=\"background:").append(m.fill)
                        .append(";color:").append(m.ink).append("\">").append(m.sign.isEmpty() ? "&nbsp;" : m.sign)
                        .append("</span>").append(escape(m.legend(w.swedish()))).append("</li>");
            }
        }
        return sb.append("</ul>\n").toString();
    }
}
