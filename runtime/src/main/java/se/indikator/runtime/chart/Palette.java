package se.indikator.runtime.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * Colours for verdicts (better green, worse orange-red, similar blue-grey, not compared light grey,
 * higher/lower for indicators without polarity purple/teal) and for plain series.
 */
final class Palette {
    static final Color BETTER = new Color(0x2E, 0x7D, 0x32);
    static final Color WORSE = new Color(0xD5, 0x5E, 0x00);
    static final Color SIMILAR = new Color(0x6F, 0x8F, 0xAF);
    static final Color NOT_COMPARED = new Color(0xC8, 0xC8, 0xC8);
    static final Color HIGHER = new Color(0x7B, 0x61, 0xA8);
    static final Color LOWER = new Color(0x2A, 0x9D, 0x8F);
    static final Color NATIONAL = new Color(0x20, 0x20, 0x20);
    static final Color TARGET = new Color(0xB0, 0x00, 0x5A);
    static final Color WHISKER = new Color(0x30, 0x30, 0x30);

    /** The verdicts in the order legends and heat keys list them. */
    static final List<String> VERDICTS = List.of("better", "similar", "worse", "higher", "lower", "not compared");

    private static final Color[] SERIES = {new Color(0x1F, 0x77, 0xB4), new Color(0xE6, 0x9F, 0x00),
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

    /** A lighter tint of a colour (for non-significant bars). */
    static Color light(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }
}
