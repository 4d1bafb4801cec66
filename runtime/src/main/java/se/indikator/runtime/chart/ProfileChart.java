package se.indikator.runtime.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.result.NumberFormat;
import se.indikator.runtime.analysis.ProfileResult;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.diag.SafeText;

/**
 * The region profile (the seed's "Hur är kvaliteten i hälso- och sjukvården vi får?"): one row per
 * indicator, a bar per series (women, men) from a centre line, its length the deviation from the
 * national value oriented so that better is always to the right; a significant deviation is a full
 * colour, a non-significant one pale. Suppressed values get no bar.
 */
final class ProfileChart {
    private ProfileChart() {
    }

    /** One bar: the indicator's title, the series (women, men), the oriented deviation, the comparison and the note. */
    record Row(String label, String series, Double deviation, Comparison comparison, String note) {
        boolean significant() {
            return comparison == Comparison.BETTER || comparison == Comparison.WORSE;
        }
    }

    static List<Row> rows(ProfileResult p) {
        List<Row> out = new ArrayList<>();
        for (ProfileResult.Row r : p.rows()) {
            String label = r.title() != null && !r.title().isBlank() ? r.title() : r.indicator();
            Double dev = Double.isNaN(r.orientedDeviationPct()) ? null : r.orientedDeviationPct();
            out.add(new Row(label, r.series(), dev, r.comparison(), r.note()));
        }
        return out;
    }

    static Chart render(ProfileResult p) {
        boolean swedish = p.decimalComma();
        List<Row> rows = rows(p);
        Map<String, Color> colours = new LinkedHashMap<>();
        for (Row r : rows) {
            colours.putIfAbsent(String.valueOf(r.series()), Palette.series(colours.size()));
        }
        double max = 10;
        for (Row r : rows) {
            if (r.deviation() != null) {
                max = Math.max(max, Math.abs(r.deviation()));
            }
        }
        double scale = Math.ceil(max / 10) * 10;
        int width = 900;
        int rowHeight = 22;
        int height = 110 + rows.size() * rowHeight + 40;
        String title = p.title();
        List<String> words = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (p.reference() != null) {
            notes.add(p.reference());
        }
        for (Row r : rows) {
            words.add(r.label());
            if (r.deviation() == null && r.note() != null) {
                notes.add("suppressed: " + r.label() + (r.series() == null ? "" : " (" + r.series() + ")") + ": "
                        + r.note().replaceFirst("^suppressed: ", ""));
            }
        }
        boolean comma = p.decimalComma();
        java.util.function.BiConsumer<java.awt.Graphics2D, int[]> painter = (g, size) -> paint(g, rows, colours, scale,
                title, swedish, comma);
        return new Chart(title, ChartKind.PROFILE, PaintedChart.png(width, height, painter),
                PaintedChart.svg(width, height, painter, title, words), text(rows, scale, swedish, comma, notes), notes);
    }

    private static void paint(Graphics2D g, List<Row> rows, Map<String, Color> colours, double scale, String title,
            boolean swedish, boolean comma) {
        int width = 900;
        int height = 110 + rows.size() * 22 + 40;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 20, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int left = 360;
        int right = width - 40;
        int centre = (left + right) / 2;
        double half = (right - left) / 2.0;
        int top = 80;
        g.drawString(swedish ? "← sämre än riket" : "← worse than national", left, top - 30);
        String better = swedish ? "bättre än riket →" : "better than national →";
        FontMetrics fm = g.getFontMetrics();
        g.drawString(better, right - fm.stringWidth(better), top - 30);
        int lx = left;
        for (Map.Entry<String, Color> e : colours.entrySet()) {
            if (e.getKey().equals("null")) {
                continue;
            }
            g.setColor(e.getValue());
            g.fillRect(lx, top - 20, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(e.getKey(), lx + 16, top - 10);
            lx += 24 + fm.stringWidth(e.getKey());
        }
        String pale = swedish ? "blek = ej signifikant" : "pale = not significant";
        g.setColor(Color.GRAY);
        g.drawString(pale, right - fm.stringWidth(pale), top - 10);
        int y = top;
        String last = null;
        for (Row r : rows) {
            g.setColor(Color.BLACK);
            if (!r.label().equals(last)) {
                String label = r.label().length() > 48 ? r.label().substring(0, 47) + "…" : r.label();
                g.drawString(label, 20, y + 15);
                last = r.label();
            }
            if (r.deviation() != null) {
                double d = Math.max(-scale, Math.min(scale, r.deviation()));
                int len = (int) Math.round(Math.abs(d) / scale * half);
                Color c = colours.get(String.valueOf(r.series()));
                boolean significant = r.significant();
                g.setColor(significant ? c : Palette.light(c));
                g.fillRect(d >= 0 ? centre : centre - len, y + 4, Math.max(1, len), 14);
            } else {
                g.setColor(Color.GRAY);
                g.drawString(swedish ? "visas ej" : "not shown", centre + 6, y + 15);
            }
            y += 22;
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(centre, top, centre, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int k = -2; k <= 2; k++) {
            double v = scale * k / 2;
            int x = (int) Math.round(centre + half * k / 2);
            String s = NumberFormat.human(v, 0, comma) + " %";
            g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, y + 16);
        }
    }

    private static String text(List<Row> rows, double scale, boolean swedish, boolean comma, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        int half = 20;
        sb.append(String.format("%-40s %s%n", "", (swedish ? "← sämre" : "← worse") + " ".repeat(half * 2 - 14)
                + (swedish ? "bättre →" : "better →")));
        for (Row r : rows) {
            String full = SafeText.line(r.label());
            String label = full.length() > 28 ? full.substring(0, 27) + "…" : full;
            String name = r.series() == null ? label : label + " " + SafeText.line(r.series());
            StringBuilder bar = new StringBuilder(" ".repeat(half * 2 + 1));
            bar.setCharAt(half, '│');
            String value;
            if (r.deviation() == null) {
                value = swedish ? "visas ej" : "not shown";
            } else {
                int len = (int) Math.round(Math.min(scale, Math.abs(r.deviation())) / scale * half);
                boolean significant = r.significant();
                char block = significant ? '█' : '░';
                for (int k = 1; k <= len; k++) {
                    bar.setCharAt(r.deviation() >= 0 ? half + k : half - k, block);
                }
                value = (r.deviation() >= 0 ? "+" : "") + NumberFormat.human(r.deviation(), 1, comma) + " %";
            }
            sb.append(String.format("%-40s %s %s%n", name.length() > 40 ? name.substring(0, 40) : name, bar, value));
        }
        sb.append(swedish ? "█ signifikant skillnad mot riket, ░ ej signifikant\n" : "█ significant difference, ░ not significant\n");
        notes.forEach(n -> sb.append(n).append('\n'));
        return sb.toString();
    }
}
