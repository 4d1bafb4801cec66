package se.indikator.runtime.chart;

import java.util.Locale;

/** The words a chart shows, in Swedish or English: axis titles, line labels, legend labels and verdicts. */
final class Labels {
    private final boolean swedish;

    Labels(boolean swedish) {
        this.swedish = swedish;
    }

    boolean swedish() {
        return swedish;
    }

    /** Whether a breakdown's name says it is a period of time (year, år, period, quarter, month). */
    static boolean isPeriod(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return java.util.List.of("year", "år", "ar", "period", "quarter", "kvartal", "month", "månad").contains(n);
    }

    /** A breakdown's or column's name as an axis title: periods in the chart's language, else capitalised. */
    String axis(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
            case "year", "år", "ar":
                return swedish ? "År" : "Year";
            case "quarter", "kvartal":
                return swedish ? "Kvartal" : "Quarter";
            case "month", "månad":
                return swedish ? "Månad" : "Month";
            case "sex", "kön":
                return swedish ? "Kön" : "Sex";
            case "region", "region_code":
                return "Region";
            default:
                return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).replace('_', ' ');
        }
    }

    /** The value axis: the unit when known, else "Värde". */
    String value(String unit) {
        return unit == null || unit.isBlank() ? value() : unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1);
    }

    String value() {
        return swedish ? "Värde" : "Value";
    }

    /** The key of the markers of each group's own reference, e.g. "Riket (samma …)". */
    String ownReference() {
        return swedish ? "Riket, för varje grupp dess jämförelsevärde" : "National, each group's own reference";
    }

    String national() {
        return swedish ? "Riket" : "National";
    }

    String target() {
        return swedish ? "Mål" : "Target";
    }

    String denominator() {
        return swedish ? "Nämnare" : "Denominator";
    }

    String indicator() {
        return swedish ? "Indikator" : "Indicator";
    }

    String deviation() {
        return swedish ? "Avvikelse från riket, % (åt höger = bättre)" : "Deviation from national, % (right = better)";
    }

    String significant() {
        return swedish ? "skild från riket" : "differs from national";
    }

    /** The interval label, e.g. "95 % KI" or "95% CI"; a level label like {@code 99_8} reads 99.8. */
    String interval(String level) {
        String shown = level.replace('_', swedish ? ',' : '.');
        return swedish ? shown + " % KI" : shown + "% CI";
    }

    /** A funnel control limit, e.g. "Gräns 99,8 %" or "Limit 99.8%". */
    String limit(String level) {
        String shown = level.replace('_', swedish ? ',' : '.');
        return swedish ? "Gräns " + shown + " %" : "Limit " + shown + "%";
    }

    /** A verdict of the vs_national column in the chart's language (the shared table of words); unknown texts are shown as they are. */
    String verdict(String v) {
        return se.indikator.runtime.result.Wording.longWord(v, swedish);
    }
}
