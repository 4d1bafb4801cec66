package se.indikator.runtime.chart;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.analysis.LimitCurve;
import se.indikator.runtime.estimate.Comparison;

/** Small hand-made chart data for the chart tests: groups with values, intervals, comparisons and references. */
final class Tables {
    private Tables() {
    }

    /** One group drawn against a reference of 70. */
    static IndicatorData.Group group(List<String> keys, Double time, Double den, Double value, Double lo, Double hi,
            Comparison vs, String hidden) {
        return new IndicatorData.Group(keys, time, value, value == null ? null : lo, value == null ? null : hi, vs, hidden,
                den, 70.0);
    }

    /** Regions: one better, one similar, one worse, one not compared, Örebro suppressed. */
    static IndicatorData regions(boolean decimalComma, double target) {
        List<IndicatorData.Group> groups = new ArrayList<>();
        groups.add(group(List.of("Västra Götaland"), null, 1000.0, 82.0, 79.5, 84.2, Comparison.BETTER, null));
        groups.add(group(List.of("Skåne"), null, 1000.0, 69.0, 66.1, 71.8, Comparison.SIMILAR, null));
        groups.add(group(List.of("Örebro"), null, 4.0, null, 41.234, null, Comparison.NOT_COMPARED,
                "suppressed: numerator < 5"));
        groups.add(group(List.of("Gotland"), null, 50.0, 50.0, 36.6, 63.4, Comparison.WORSE, null));
        groups.add(group(List.of("Jämtland Härjedalen"), null, 80.0, 76.25, 65.9, 84.2, Comparison.NOT_COMPARED, null));
        return IndicatorData.of("Andel behandlade i tid", 1, decimalComma, List.of("region"), "95", 70.0, target,
                Double.isNaN(target) ? "" : ">=", "higher", groups, List.of(), true, null, null);
    }

    /** Education × sex; one cell suppressed; bars in the declared order. */
    static IndicatorData educationBySex() {
        List<IndicatorData.Group> groups = new ArrayList<>();
        groups.add(group(List.of("Förgymnasial", "Kvinnor"), null, 100.0, 55.0, 45.2, 64.4, Comparison.WORSE, null));
        groups.add(group(List.of("Förgymnasial", "Män"), null, 7.0, null, null, null, Comparison.NOT_COMPARED,
                "suppressed: numerator < 5"));
        groups.add(group(List.of("Eftergymnasial", "Kvinnor"), null, 100.0, 80.0, 71.1, 86.7, Comparison.BETTER, null));
        groups.add(group(List.of("Eftergymnasial", "Män"), null, 100.0, 72.0, 62.5, 79.8, Comparison.SIMILAR, null));
        return IndicatorData.of("Andel per utbildning och kön", 1, true, List.of("utbildning", "kön"), "95", 70.0, Double.NaN,
                "", "higher", groups, List.of(), false, null, null);
    }

    /** Years × sex; 2022's women suppressed. */
    static IndicatorData trend() {
        List<IndicatorData.Group> groups = new ArrayList<>();
        Object[][] data = {{"2021", "Kvinnor", 60.0, 53.1, 66.5, Comparison.WORSE}, {"2021", "Män", 65.0, 58.2, 71.3,
            Comparison.SIMILAR}, {"2022", "Kvinnor", null, 13.579, null, Comparison.NOT_COMPARED}, {"2022", "Män", 70.0, 63.3,
            75.9, Comparison.SIMILAR}, {"2023", "Kvinnor", 75.0, 68.6, 80.5, Comparison.BETTER}, {"2023", "Män", 80.0, 73.9,
            85.0, Comparison.BETTER}};
        for (Object[] d : data) {
            groups.add(group(List.of((String) d[0], (String) d[1]), Double.parseDouble((String) d[0]), 200.0, (Double) d[2],
                    (Double) d[3], (Double) d[4], (Comparison) d[5], d[2] == null ? "suppressed: numerator < 5" : null));
        }
        return IndicatorData.of("Andel över tid", 1, true, List.of("år", "kön"), "95", 75.0, Double.NaN, "", "higher", groups,
                List.of(), false, null, null);
    }

    /** A funnel of regions around 70% with binomial limits at 95% and 99.8%. */
    static IndicatorData funnel() {
        List<IndicatorData.Group> groups = new ArrayList<>();
        Object[][] data = {{"Västra Götaland", 1000.0, 82.0, Comparison.BETTER}, {"Örebro", 4.0, null, null},
            {"Gotland", 50.0, 50.0, Comparison.WORSE}, {"Skåne", 500.0, 70.0, Comparison.SIMILAR}};
        for (Object[] d : data) {
            groups.add(new IndicatorData.Group(List.of((String) d[0]), null, (Double) d[2], null, null, (Comparison) d[3],
                    d[2] == null ? "suppressed: numerator < 5" : null, d[2] == null ? null : (Double) d[1], null));
        }
        List<LimitCurve> curves = new ArrayList<>();
        double[] x = {50, 100, 500, 1000};
        for (String level : List.of("95", "99_8")) {
            double z = level.equals("95") ? 1.96 : 3.09;
            for (boolean upper : new boolean[] {false, true}) {
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    double se = Math.sqrt(70 * 30 / x[i]);
                    y[i] = upper ? 70 + z * se : 70 - z * se;
                }
                curves.add(new LimitCurve(level, upper, x, y));
            }
        }
        return IndicatorData.of("Andel, trattdiagram", 1, false, List.of("region"), "95", 70.0, Double.NaN, "", "higher",
                groups, curves, false, null, null);
    }
}
