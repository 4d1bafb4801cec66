package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;

/** Small hand-built result tables for the chart tests. */
final class Tables {
    static final List<String> TAIL = List.of("numerator", "denominator", "value", "lower_95", "upper_95", "national",
            "deviation_pct", "vs_national", "target_met", "method", "note");

    private Tables() {
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** One indicator row after the breakdown cells. */
    static List<Object> ind(List<Object> keys, Double num, Double den, Double value, Double lo, Double hi, String vs,
            String note) {
        List<Object> r = new ArrayList<>(keys);
        r.addAll(Arrays.asList(num, den, value, lo, hi, 70.0, value == null ? null : (value - 70.0) / 70.0 * 100, vs,
                null, "wilson", note));
        return r;
    }

    static List<String> columns(String... breakdowns) {
        List<String> c = new ArrayList<>(List.of(breakdowns));
        c.addAll(TAIL);
        return c;
    }

    /** Regions: one better, one similar, one worse, one not compared, Örebro suppressed (its lower limit left in). */
    static ResultTable regions(boolean decimalComma, double target) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ind(row("Riket"), 7000.0, 10000.0, 70.0, 69.1, 70.9, null, null));
        rows.add(ind(row("Västra Götaland"), 820.0, 1000.0, 82.0, 79.5, 84.2, "better", null));
        rows.add(ind(row("Skåne"), 690.0, 1000.0, 69.0, 66.1, 71.8, "similar", null));
        rows.add(ind(row("Örebro"), null, 4.0, null, 41.234, null, "not compared", "suppressed: numerator < 5"));
        rows.add(ind(row("Gotland"), 25.0, 50.0, 50.0, 36.6, 63.4, "worse", null));
        rows.add(ind(row("Jämtland Härjedalen"), 61.0, 80.0, 76.25, 65.9, 84.2, "not compared", null));
        ResultTable t = new ResultTable("andel per region", columns("region"), rows, List.of(), 1, decimalComma);
        return t.withMeta(new ResultMeta("andel", "Andel behandlade i tid", "proportion", List.of("region"), "higher",
                target, ">=", "95"));
    }

    /** Education × sex; one cell suppressed. */
    static ResultTable educationBySex() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ind(row("Totalt", "Totalt"), 700.0, 1000.0, 70.0, 67.1, 72.8, null, null));
        rows.add(ind(row("Förgymnasial", "Kvinnor"), 55.0, 100.0, 55.0, 45.2, 64.4, "worse", null));
        rows.add(ind(row("Förgymnasial", "Män"), 3.0, 7.0, null, null, null, "not compared", "suppressed: numerator < 5"));
        rows.add(ind(row("Eftergymnasial", "Kvinnor"), 80.0, 100.0, 80.0, 71.1, 86.7, "better", null));
        rows.add(ind(row("Eftergymnasial", "Män"), 72.0, 100.0, 72.0, 62.5, 79.8, "similar", null));
        ResultTable t = new ResultTable("andel", columns("utbildning", "kön"), rows, List.of(), 1, true);
        return t.withMeta(new ResultMeta("andel", "Andel per utbildning och kön", "proportion", List.of("utbildning", "kön"),
                "higher", Double.NaN, "", "95"));
    }
}
