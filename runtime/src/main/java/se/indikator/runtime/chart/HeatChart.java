package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.analysis.HeatResult;
import se.indikator.runtime.diag.SafeText;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.model.ChartSize;
import se.indikator.runtime.result.NumberFormat;

/**
 * The heat table ("tartan rug") of many indicators across units: one row per indicator (its title, wrapped,
 * and its unit underneath), the national value in the first column, then one column per unit with the value
 * printed in each cell, coloured and marked by its verdict against its reference. Column headers are horizontal
 * when they fit and turned upwards when not; the chart grows to hold its rows and columns, so no two texts meet.
 */
final class HeatChart {
    private static final Font VALUE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font HEAD = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color NATIONAL_CELL = new Color(0xE2, 0xE2, 0xE2);
    private static final double ROW = 34;

    private HeatChart() {
    }

    /** The cell's value as printed. */
    private static String value(HeatResult t, int r, int c, boolean sv) {
        Double v = t.values().get(c).get(r);
        return v == null ? "–" : NumberFormat.human(v, t.indicators().get(r).decimals(), sv);
    }

    static Chart render(HeatResult t, boolean sv, ChartFrame frame) {
        Labels labels = new Labels(sv);
        int rows = t.indicators().size();
        int cols = t.categories().size() + 1;
        List<String> heads = new ArrayList<>();
        heads.add(labels.national());
        heads.addAll(t.categories());
        double cw = 30;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < t.categories().size(); c++) {
                cw = Math.max(cw, Sheet.textWidth(value(t, r, c, sv), VALUE) + 10);
            }
            cw = Math.max(cw, Sheet.textWidth(NumberFormat.human(t.indicators().get(r).national(),
                    t.indicators().get(r).decimals(), sv), Fonts.BOLD_LABEL) + 10);
        }
        double widest = heads.stream().mapToDouble(h -> Sheet.textWidth(h, HEAD)).max().orElse(30);
        boolean turned = widest > cw - 4;
        double headHeight = turned ? widest + 12 : 22;
        ChartSize size = frame.size();
        double labelWidth = Math.min(300, Math.max(180, size.width() * 0.28));
        int width = (int) Math.ceil(Math.max(size.width(), 20 + labelWidth + 10 + cols * cw + 20));
        List<String> caption = new ArrayList<>(frame.caption());
        if (t.reference() != null && caption.stream().noneMatch(x -> x.startsWith(t.reference()))) {
            caption.add(t.reference() + ".");
        }
        double captionHeight = Caption.height(caption, width - 40);
        double titleHeight = Sheet.wrap(t.title(), Fonts.TITLE, width - 40).size() * 21 + 14;
        int height = (int) Math.ceil(Math.max(size.height(), titleHeight + 30 + headHeight + rows * ROW + captionHeight + 20));
        List<String> words = new ArrayList<>(List.of(t.title(), t.breakdown()));
        for (int r = 0; r < rows; r++) {
            HeatResult.Row ind = t.indicators().get(r);
            words.add(ind.title());
            for (int c = 0; c < t.categories().size(); c++) {
                words.add(t.categories().get(c) + ", " + ind.title() + ": " + value(t, r, c, sv) + " ("
                        + labels.verdict(t.cells().get(c).get(r).word()) + ")");
            }
        }
        words.addAll(caption);
        List<String> notes = t.reference() == null ? List.of() : List.of(t.reference());
        final double cellWidth = cw;
        return PaintedChart.chart(t.title(), ChartKind.HEAT, new ChartSize(width, height, size.dpi()),
                s -> paint(s, t, labels, heads, cellWidth, turned, headHeight, labelWidth, caption), words,
                text(t, sv), notes);
    }

    private static void paint(Sheet s, HeatResult t, Labels l, List<String> heads, double cw, boolean turned,
            double headHeight, double labelWidth, List<String> caption) {
        boolean sv = l.swedish();
        double top = Caption.title(s, t.title());
        Legend legend = new Legend();
        for (String v : Palette.VERDICTS) {
            boolean any = t.cells().stream().anyMatch(row -> row.stream().anyMatch(c -> c.word().equals(v)));
            if (any) {
                legend.verdict(v, l.verdict(v));
            }
        }
        legend.paint(s, 20, top, s.width - 40);
        top += legend.height(s.width - 40) + 10;
        double left = 20 + labelWidth + 10;
        for (int c = 0; c < heads.size(); c++) {
            double x = left + c * cw;
            Font f = c == 0 ? Fonts.BOLD_LABEL : HEAD;
            if (turned) {
                s.vertical(heads.get(c), f, Color.BLACK, x + cw / 2 + 4, top + headHeight - 6);
            } else {
                s.text(heads.get(c), f, Color.BLACK, x + cw / 2, top + headHeight - 6, Sheet.Align.CENTRE);
            }
        }
        double y = top + headHeight;
        for (int r = 0; r < t.indicators().size(); r++) {
            HeatResult.Row ind = t.indicators().get(r);
            s.text(Sheet.fit(ind.title(), Fonts.LABEL, labelWidth), Fonts.LABEL, Color.BLACK, 20, y + 14, Sheet.Align.LEFT);
            s.text(Sheet.fit(ind.unit(), Fonts.CAPTION, labelWidth), new Font(Font.SANS_SERIF, Font.PLAIN, 9),
                    Caption.GREY, 20, y + 27, Sheet.Align.LEFT);
            s.fill(NATIONAL_CELL, left + 1, y + 1, cw - 2, ROW - 2);
            s.text(NumberFormat.human(ind.national(), ind.decimals(), sv), Fonts.BOLD_LABEL, Color.BLACK, left + cw / 2,
                    y + ROW / 2 + 4, Sheet.Align.CENTRE);
            for (int c = 0; c < t.categories().size(); c++) {
                Comparison v = t.cells().get(c).get(r);
                Color fill = Palette.verdict(v.word());
                double x = left + (c + 1) * cw;
                s.fill(fill, x + 1, y + 1, cw - 2, ROW - 2);
                Color ink = Palette.ink(fill);
                s.text(value(t, r, c, sv), VALUE, ink, x + cw / 2, y + ROW / 2 + 1, Sheet.Align.CENTRE);
                Marks.paint(s, v.word(), x + cw / 2, y + ROW - 8, 7, ink);
            }
            y += ROW;
        }
        Caption.paint(s, caption);
    }

    private static String text(HeatResult t, boolean swedish) {
        int cols = t.indicators().size();
        int rows = t.categories().size();
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-22s", ""));
        for (int c = 0; c < cols; c++) {
            String h = SafeText.line(t.indicators().get(c).name());
            text.append(String.format(" %-12s", h.length() > 12 ? h.substring(0, 12) : h));
        }
        text.append('\n');
        for (int r = 0; r < rows; r++) {
            String name = SafeText.line(t.categories().get(r));
            text.append(String.format("%-22s", name.length() > 22 ? name.substring(0, 22) : name));
            for (int c = 0; c < cols; c++) {
                text.append(String.format(" %-12s", symbol(t.cells().get(r).get(c).word())));
            }
            text.append('\n');
        }
        text.append(swedish ? "▲ bättre  ▼ sämre  ● likvärdig  · ej jämförd\n" : "▲ better  ▼ worse  ● similar  · not compared\n");
        if (t.reference() != null) {
            text.append(t.reference()).append('\n');
        }
        return text.toString();
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
