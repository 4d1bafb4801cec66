package se.indikator.runtime.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by all charts: 900×520 px, white background, SansSerif fonts (a logical font that
 * has å, ä and ö) at readable sizes, and the decimal comma when the table uses it.
 */
final class ChartStyle {
    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    static final String FONT = Font.SANS_SERIF;

    private ChartStyle() {
    }

    static void apply(AxesChartStyler s, boolean decimalComma) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 17));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
        s.setLegendFont(new Font(FONT, Font.PLAIN, 13));
        s.setAnnotationTextFont(new Font(FONT, Font.PLAIN, 12));
        s.setLegendBorderColor(new Color(0xDD, 0xDD, 0xDD));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setPlotGridLinesColor(new Color(0xE4, 0xE4, 0xE4));
        s.setPlotGridVerticalLinesVisible(false);
        s.setErrorBarsColor(Palette.WHISKER);
        s.setChartPadding(12);
        s.setLocale(decimalComma ? Locale.forLanguageTag("sv-SE") : Locale.ENGLISH);
    }
}
