package se.indikator.runtime.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * Colours for verdicts and plain series, chosen to stay apart for red–green colour blindness and in greyscale:
 * better dark blue, worse orange (lighter than the blue in grey), similar pale grey-blue, not compared near
 * white; higher/lower (indicators without polarity) dark and pale purple. Charts add a mark to the colour
 * ({@link Marks}), so that a verdict can be read without colour at all.
 */
final class Palette {
    static final Color BETTER = new Color(0x1F, 0x4E, 0x8C);
    static final Color WORSE = new Color(0xF2, 0x8E, 0x2B);
    static final Color SIMILAR = new Color(0xC6, 0xD2, 0xE0);
    static final Color NOT_COMPARED = new Color(0xF0, 0xF0, 0xF0);
    static final Color HIGHER = new Color(0x5E, 0x3C, 0x99);
    static final Color LOWER = new Color(0xC2, 0xB5, 0xDD);
    /** Points that are similar or not compared: a mid grey-blue that shows on white. */
    static final Color SIMILAR_MARK = new Color(0x7A, 0x8C, 0xA3);
    /** Funnel control limits. */
    static final Color LIMIT = new Color(0x70, 0x70, 0x70);
    static final Color OUTLINE = new Color(0x8A, 0x8A, 0x8A);
    static final Color NATIONAL = new Color(0x20, 0x20, 0x20);
    static final Color TARGET = new Color(0xB0, 0x00, 0x5A);
    static final Color WHISKER = new Color(0x30, 0x30, 0x30);

    /** The verdicts in the order legends and heat keys list them. */
    static final List<String> VERDICTS = List.of("better", "similar", "worse", "higher", "lower", "not compared");

    private static final Color[] SERIES = {new Color(0x1F, 0x4E, 0x8C), new Color(0xE6, 0x9F, 0x00),
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0x8C, 0x56, 0x4B)};

    private Palette() {
    }

    /** The verdict's colour; an unknown or blank verdict counts as not compared. */
    static Color verdict(String v) {
        switch (key(v)) {
            case "better":
                return BETTER;
            case "worse":
                return WORSE;
            case "similar":
                return SIMILAR;
            case "higher":
                return HIGHER;
            case "lower":
                return LOWER;
            default:
                return NOT_COMPARED;
        }
    }

    /** The verdict as one of {@link #VERDICTS}. */
    static String key(String v) {
        String k = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
        return VERDICTS.contains(k) ? k : "not compared";
    }

    /** The i-th plain series colour (cycling). */
    static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The colour of text on a fill: white on dark fills, black on light ones. */
    static Color ink(Color fill) {
        double grey = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return grey < 140 ? Color.WHITE : Color.BLACK;
    }

    /** A lighter tint of a colour (for non-significant bars). */
    static Color light(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }
}
