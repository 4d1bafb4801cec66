package se.indikator.runtime.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The caption under a chart, as a statistics agency prints it: the source (the indicator's {@code source}),
 * the period and selection (the statement's {@code where}, or the periods a trend covers), and what the
 * groups are compared with. Painted in small grey type, wrapped to the chart's width.
 */
final class Caption {
    static final Color GREY = new Color(0x50, 0x50, 0x50);
    static final double LINE = 14;

    private Caption() {
    }

    /** The caption's sentences for an indicator's result. */
    static List<String> of(IndicatorDef ind, Expr where, String period, String reference, boolean sv) {
        List<String> out = new ArrayList<>();
        String source = ind == null ? null : ind.metadata().get("source");
        if (source != null && !source.isBlank()) {
            out.add((sv ? "Källa: " : "Source: ") + source + ".");
        }
        if (period != null) {
            out.add((sv ? "Period: " : "Period: ") + period + ".");
        }
        out.add(where == null ? (sv ? "Urval: hela underlaget." : "Selection: all the data.")
                : (sv ? "Urval: " : "Selection: ") + Unparser.expr(where) + ".");
        if (reference != null && !reference.isBlank()) {
            out.add(reference.endsWith(".") ? reference : reference + ".");
        }
        return out;
    }

    /** The lines the caption takes at this width. */
    static List<String> lines(List<String> caption, double width) {
        return Sheet.wrap(String.join(" ", caption), Fonts.CAPTION, width);
    }

    /** The height the caption takes (with its margin above). */
    static double height(List<String> caption, double width) {
        return caption.isEmpty() ? 0 : lines(caption, width).size() * LINE + 10;
    }

    /** Paints the caption at the bottom of the sheet. */
    static void paint(Sheet s, List<String> caption) {
        List<String> lines = lines(caption, s.width - 40);
        double y = s.height - 10 - (lines.size() - 1) * LINE;
        for (String l : lines) {
            s.text(l, Fonts.CAPTION, GREY, 20, y, Sheet.Align.LEFT);
            y += LINE;
        }
    }

    /** Paints the title at the top, wrapped; returns where the content may begin. */
    static double title(Sheet s, String title) {
        double y = 28;
        for (String l : Sheet.wrap(title, Fonts.TITLE, s.width - 40)) {
            s.text(l, Fonts.TITLE, Color.BLACK, 20, y, Sheet.Align.LEFT);
            y += 21;
        }
        return y;
    }
}
