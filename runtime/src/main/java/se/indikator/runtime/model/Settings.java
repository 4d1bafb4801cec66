package se.indikator.runtime.model;

import java.util.List;

/**
 * The session's settings from {@code set}: the label language ({@code sv} or {@code en}), the default
 * confidence levels (fractions, e.g. 0.95 and 0.998), the default disclosure rule (suppress values
 * whose numerator is below {@code suppressBelow}; 0 switches the default rule off) and the
 * multiplicity adjustment of comparisons with the national value ({@code none}, {@code holm}, {@code bh}),
 * whether large data files go through the binary cache ({@code set cache off} turns it off) and whether
 * CSV files neutralise text that a spreadsheet would run as a formula ({@code set csv formulas allowed}
 * turns it off), whether CSV files are written for a Swedish Excel ({@code set csv format swedish}:
 * semicolons, decimal commas, UTF-8 with a byte-order mark) rather than as RFC 4180, which columns printed
 * tables show ({@code set columns compact|counts|all}; files always get every column), and the size and print
 * resolution of charts ({@code set chart size 1600x900}, {@code set chart dpi 300}; {@link ChartSize}).
 */
public record Settings(String language, List<Double> levels, double suppressBelow, String adjust, boolean cache,
        boolean neutraliseCsv, boolean swedishCsv, String columns, ChartSize chart) {

    public static final Settings DEFAULT = new Settings("sv", List.of(0.95, 0.998), 5, "none", true, true, false,
            "compact", ChartSize.DEFAULT);

    public Settings {
        levels = List.copyOf(levels);
    }

    public Settings withLanguage(String l) {
        return new Settings(l, levels, suppressBelow, adjust, cache, neutraliseCsv, swedishCsv, columns, chart);
    }

    public Settings withLevels(List<Double> l) {
        return new Settings(language, l, suppressBelow, adjust, cache, neutraliseCsv, swedishCsv, columns, chart);
    }

    public Settings withSuppressBelow(double n) {
        return new Settings(language, levels, n, adjust, cache, neutraliseCsv, swedishCsv, columns, chart);
    }

    /** The multiplicity adjustment of national comparisons: {@code none}, {@code holm} or {@code bh}. */
    public Settings withAdjust(String a) {
        return new Settings(language, levels, suppressBelow, a, cache, neutraliseCsv, swedishCsv, columns, chart);
    }

    /** Whether large data files read from here on go through the binary cache. */
    public Settings withCache(boolean on) {
        return new Settings(language, levels, suppressBelow, adjust, on, neutraliseCsv, swedishCsv, columns, chart);
    }

    /** Whether CSV files written from here on neutralise text that a spreadsheet would run as a formula. */
    public Settings withNeutraliseCsv(boolean on) {
        return new Settings(language, levels, suppressBelow, adjust, cache, on, swedishCsv, columns, chart);
    }

    /** Whether CSV files written from here on are for a Swedish Excel rather than RFC 4180. */
    public Settings withSwedishCsv(boolean on) {
        return new Settings(language, levels, suppressBelow, adjust, cache, neutraliseCsv, on, columns, chart);
    }

    /** Which columns printed tables show from here on: {@code compact}, {@code counts} or {@code all}. */
    public Settings withColumns(String c) {
        return new Settings(language, levels, suppressBelow, adjust, cache, neutraliseCsv, swedishCsv, c, chart);
    }

    /** The size and resolution of charts drawn from here on. */
    public Settings withChart(ChartSize c) {
        return new Settings(language, levels, suppressBelow, adjust, cache, neutraliseCsv, swedishCsv, columns, c);
    }

    public boolean swedish() {
        return "sv".equals(language);
    }
}
