package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.analysis.HeatResult;
import se.indikator.runtime.diag.SafeText;

/**
 * The heat table: one row per group (e.g. region), one column per indicator, each cell coloured by
 * its verdict against the national value (better green, worse orange, similar blue-grey, not
 * compared light grey), with the verdicts' key underneath.
 */
final class HeatChart {
    private HeatChart() {
    }

    static Chart render(HeatResult t, boolean swedish) {
        Labels labels = new Labels(swedish);
        int cols = t.indicators().size();
        int rows = t.categories().size();
        int cell = Math.max(60, Math.min(120, 600 / Math.max(1, cols)));
        int width = 220 + cols * cell + 40;
        int height = 110 + rows * 22 + 60;
        String title = t.title();
        List<String> words = new ArrayList<>();
        words.add(t.breakdown());
        words.addAll(t.indicators());
        words.addAll(t.categories());
        java.util.function.BiConsumer<Graphics2D, int[]> painter = (g, size) -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size[0], size[1]);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(title, 20, 30);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int c = 0; c < cols; c++) {
                String h = t.indicators().get(c);
                g.drawString(h.length() > 14 ? h.substring(0, 13) + "…" : h, 220 + c * cell + 4, 80);
            }
            for (int r = 0; r < rows; r++) {
                g.setColor(Color.BLACK);
                g.drawString(t.categories().get(r), 20, 105 + r * 22);
                for (int c = 0; c < cols; c++) {
                    String v = t.cells().get(r).get(c).word();
                    g.setColor(Palette.verdict(v));
                    g.fillRect(220 + c * cell + 2, 90 + r * 22, cell - 4, 19);
                }
            }
            int y = 110 + rows * 22;
            int x = 20;
            for (String v : List.of("better", "similar", "worse", "not compared")) {
                g.setColor(Palette.verdict(v));
                g.fillRect(x, y, 14, 14);
                g.setColor(Color.BLACK);
                String s = labels.verdict(v);
                g.drawString(s, x + 18, y + 12);
                x += 40 + g.getFontMetrics().stringWidth(s);
            }
        };
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-22s", ""));
        for (int c = 0; c < cols; c++) {
            String h = SafeText.line(t.indicators().get(c));
            text.append(String.format(" %-12s", h.length() > 12 ? h.substring(0, 12) : h));
        }
        text.append('\n');
        for (int r = 0; r < rows; r++) {
            String name = SafeText.line(t.categories().get(r));
            text.append(String.format("%-22s", name.length() > 22 ? name.substring(0, 22) : name));
            for (int c = 0; c < cols; c++) {
                String v = t.cells().get(r).get(c).word();
                text.append(String.format(" %-12s", symbol(v)));
            }
            text.append('\n');
        }
        text.append(swedish ? "▲ bättre  ▼ sämre  ● likvärdig  · ej jämförd\n" : "▲ better  ▼ worse  ● similar  · not compared\n");
        List<String> notes = t.reference() == null ? List.of() : List.of(t.reference());
        notes.forEach(n -> text.append(n).append('\n'));
        words.addAll(notes);
        return new Chart(title, ChartKind.HEAT, PaintedChart.png(width, height, painter),
                PaintedChart.svg(width, height, painter, title, words), text.toString(), notes);
    }

    private static String symbol(String verdict) {
        return switch (verdict) {
            case "better" -> "▲";
            case "worse" -> "▼";
            case "similar" -> "●";
            case "higher" -> "↑";
            case "lower" -> "↓";
            default -> "·";
        };
    }
}
