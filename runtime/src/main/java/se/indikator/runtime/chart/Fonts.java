package se.indikator.runtime.chart;

import java.awt.Font;

/** The fonts of painted charts: SansSerif (a logical font that has å, ä and ö) at a few readable sizes. */
final class Fonts {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font BOLD_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private Fonts() {
    }
}
