package se.indikator.runtime.session;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.ChartSize;

/**
 * {@code set chart size WxH} and {@code set chart dpi N}: checks the value and puts it into the session's
 * settings, so that the charts of the statements after it are laid out at that size and rendered to PNG at
 * that resolution.
 */
final class ChartSetting {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})[x×](\\d{1,5})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");

    private ChartSetting() {
    }

    static void apply(Stmt.SetChart s, Catalog catalog, Diagnostics d) {
        String setting = s.setting().text().toLowerCase(Locale.ROOT);
        String value = s.value().toLowerCase(Locale.ROOT);
        ChartSize now = catalog.settings().chart();
        if (setting.equals("size")) {
            Matcher m = SIZE.matcher(value);
            if (m.matches() && side(m.group(1)) && side(m.group(2))) {
                catalog.settings(catalog.settings().withChart(now.withSize(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)))));
                return;
            }
            d.error("E117", s.valueSpan(), "a chart size must be WIDTHxHEIGHT, each side " + ChartSize.MIN_SIDE + " to "
                    + ChartSize.MAX_SIDE + "; not '" + s.value() + "'", "e.g. set chart size 1600x900");
        } else if (setting.equals("dpi")) {
            if (NUMBER.matcher(value).matches() && Integer.parseInt(value) >= ChartSize.MIN_DPI
                    && Integer.parseInt(value) <= ChartSize.MAX_DPI) {
                catalog.settings(catalog.settings().withChart(now.withDpi(Integer.parseInt(value))));
                return;
            }
            d.error("E117", s.valueSpan(), "a chart resolution must be a whole number of dots per inch, "
                    + ChartSize.MIN_DPI + " to " + ChartSize.MAX_DPI + "; not '" + s.value() + "'",
                    "e.g. set chart dpi 300 (for print; 96 is the screen)");
        } else {
            d.error("E117", s.setting().span(), "unknown chart setting '" + s.setting().text() + "'",
                    "use 'set chart size 1600x900' or 'set chart dpi 300'");
        }
    }

    private static boolean side(String v) {
        int n = Integer.parseInt(v);
        return n >= ChartSize.MIN_SIDE && n <= ChartSize.MAX_SIDE;
    }
}
