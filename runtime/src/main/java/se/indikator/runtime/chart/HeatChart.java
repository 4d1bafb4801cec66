package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.result.ResultTable;

/**
 * The heat table: one row per group (e.g. region), one column per indicator, each cell coloured by
 * its verdict against the national value (better green, worse orange, similar blue-grey, not
 * compared light grey), with the verdicts' key underneath.
 */
final class HeatChart {
    private HeatChart() {
    }

    static Chart render(ResultTable t, boolean swedish) {
        Labels labels = new Labels(swedish);
        int cols = t.columns().size() - 1;
        int rows = t.rows().size();
        int cell = Math.max(60, Math.min(120, 600 / Math.max(1, cols)));
        int width = 220 + cols * cell + 40;
        int height = 110 + rows * 22 + 60;
        String title = t.title();
        List<String> words = new ArrayList<>(t.columns());
        t.rows().forEach(r -> words.add(String.valueOf(r.get(0))));
        java.util.function.BiConsumer<Graphics2D, int[]> painter = (g, size) -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size[0], size[1]);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(title, 20, 30);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int c = 0; c < cols; c++) {
                String h = t.columns().get(c + 1);
                g.drawString(h.length() > 14 ? h.substring(0, 13) + "…" : h, 220 + c * cell + 4, 80);
            }
            for (int r = 0; r < rows; r++) {
                List<Object> row = t.rows().get(r);
                g.setColor(Color.BLACK);
                g.drawString(String.valueOf(row.get(0)), 20, 105 + r * 22);
                for (int c = 0; c < cols; c++) {
                    String v = row.get(c + 1) == null ? "not compared" : row.get(c + 1).toString();
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
            String h = t.columns().get(c + 1);
            text.append(String.format(" %-12s", h.length() > 12 ? h.substring(0, 12) : h));
        }
        text.append('\n');
        for (List<Object> row : t.rows()) {
            String name = String.valueOf(row.get(0));
            text.append(String.format("%-22s", name.length() > 22 ? name.substring(0, 22) : name));
            for (int c = 0; c < cols; c++) {
                String v = row.get(c + 1) == null ? "not compared" : row.get(c + 1).toString();
                text.append(String.format(" %-12s", symbol(v)));
            }
            text.append('\n');
        }
        text.append(swedish ? "▲ bättre  ▼ sämre  ● likvärdig  · ej jämförd\n" : "▲ better  ▼ worse  ● similar  · not compared\n");
        return new Chart(title, ChartKind.HEAT, PaintedChart.png(width, height, painter),
                PaintedChart.svg(width, height, painter, title, words), text.toString(), List.of());
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
