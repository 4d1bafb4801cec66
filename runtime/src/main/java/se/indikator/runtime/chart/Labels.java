package se.indikator.runtime.chart;

/** The words a chart shows, in Swedish or English: axis titles, line labels, legend labels and verdicts. */
final class Labels {
    private final boolean swedish;

    Labels(boolean swedish) {
        this.swedish = swedish;
    }

    boolean swedish() {
        return swedish;
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
