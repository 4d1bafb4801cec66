package se.indikator.stdlib.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.indikator.stdlib.equity.FunnelCsv.assertClose;
import static se.indikator.stdlib.equity.FunnelCsv.column;
import static se.indikator.stdlib.equity.FunnelCsv.num;

/**
 * Funnel limits and significance against PHE's funnel test data (PHEindicatormethods
 * tests/testthat/testdata_funnel_*.csv; parameters as in PHE's funnel tests: proportions ×100,
 * ratios in "count" and "isr" form, rates per 100 000 over 3 years of data). The axis values must
 * match exactly; the limits are rounded in the CSVs (6–10 significant digits), so each value must
 * agree within 1e-6 absolute or 1e-6 relative; labels must match exactly.
 */
class FunnelTest {

    private static final double TOL = 1e-6;

    private static void compare(List<FunnelRow> actual, List<Map<String, String>> expected, String axis,
                                String[] columns, String what) {
        assertEquals(expected.size(), actual.size(), what + " rows");
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> e = expected.get(i);
            FunnelRow a = actual.get(i);
            assertEquals(num(e, axis), a.axis(), 0.0, what + " axis row " + (i + 1));
            double[] values = {
                a.lower2s().denominator(), a.lower2s().limit(), a.upper2s().denominator(), a.upper2s().limit(),
                a.lower3s().denominator(), a.lower3s().limit(), a.upper3s().denominator(), a.upper3s().limit(),
                a.baseline()};
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] != null) {
                    assertClose(num(e, columns[c]), values[c], TOL, what + " row " + (i + 1) + " " + columns[c]);
                }
            }
        }
    }

    @Test
    void proportionLimitsFullAxis() {
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_prop_inputs.csv");
        List<FunnelRow> t = ProportionFunnel.table(column(in, "numerator"), column(in, "denominator"), 100);
        compare(t, FunnelCsv.read("testdata_funnel_prop_outputs.csv"), "Population",
                new String[] {null, "Lower2s0025limit", null, "Upper2s0025limit", null, "Lower3s0001limit", null,
                    "Upper3s0001limit", "Baseline"}, "proportion");
    }

    @Test
    void proportionLimitsWithAxisVariation() {
        List<Map<String, String>> in = new ArrayList<>(FunnelCsv.read("testdata_funnel_prop_inputs.csv"));
        in.removeIf(r -> num(r, "denominator") >= 31000);
        List<FunnelRow> t = ProportionFunnel.table(column(in, "numerator"), column(in, "denominator"), 100);
        compare(t, FunnelCsv.read("testdata_funnel_prop_outputs_with_axis_variation.csv"), "Population",
                new String[] {null, "Lower2s0025limit", null, "Upper2s0025limit", null, "Lower3s0001limit", null,
                    "Upper3s0001limit", "Baseline"}, "proportion axis variation");
    }

    @Test
    void proportionSignificance() {
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_prop_inputs.csv");
        List<FunnelSignificance> s = ProportionFunnel.significance(column(in, "numerator"), column(in, "denominator"));
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).get("significance"), s.get(i).label(), "row " + (i + 1));
        }
    }

    @Test
    void ratioLimitsAsCountAndIsr() {
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_ratio_inputs.csv");
        List<Map<String, String>> out = FunnelCsv.read("testdata_funnel_ratio_outputs.csv");
        double[] o = column(in, "obs");
        double[] e = column(in, "expected");
        compare(RatioFunnel.table(o, e, RatioFunnel.Scale.COUNT), out, "Observed_events",
                new String[] {"lower_2s_exp_events", "lower_2s_count", "upper_2s_exp_events", "upper_2s_count",
                    "lower_3s_exp_events", "lower_3s_count", "upper_3s_exp_events", "upper_3s_count", null}, "ratio count");
        compare(RatioFunnel.table(o, e, RatioFunnel.Scale.ISR), out, "Observed_events",
                new String[] {"lower_2s_exp_events", "lower_2s_isr", "upper_2s_exp_events", "upper_2s_isr",
                    "lower_3s_exp_events", "lower_3s_isr", "upper_3s_exp_events", "upper_3s_isr", null}, "ratio isr");
    }

    @Test
    void ratioSignificance() {
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_ratio_inputs.csv");
        List<FunnelSignificance> s = RatioFunnel.significance(column(in, "obs"), column(in, "expected"));
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).get("significance"), s.get(i).label(), "row " + (i + 1));
        }
    }

    private static final String[] RATE_COLUMNS = {"lower_2s_population_1_year", "lower_2s_limit",
        "upper_2s_population_1_year", "upper_2s_limit", "lower_3s_population_1_year", "lower_3s_limit",
        "upper_3s_population_1_year", "upper_3s_limit", "baseline"};

    @Test
    void rateLimitsDsr() {
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_rate_input_funnels.csv");
        List<FunnelRow> t = RateFunnel.table(column(in, "ev"), column(in, "rate"), null,
                RateFunnel.RateType.DSR, 100_000, 3);
        compare(t, FunnelCsv.read("testdata_funnel_rate_outputs.csv"), "Events", RATE_COLUMNS, "rate dsr");
    }

    @Test
    void rateLimitsCrudeWithSmallestCountReplaced() {
        // PHE's test replaces the largest event count by 5.
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_rate_input_funnels.csv");
        double[] ev = column(in, "ev");
        double maxEv = java.util.Arrays.stream(ev).max().orElseThrow();
        for (int i = 0; i < ev.length; i++) {
            if (ev[i] == maxEv) {
                ev[i] = 5;
            }
        }
        List<FunnelRow> t = RateFunnel.table(ev, column(in, "rate"), null, RateFunnel.RateType.CRUDE, 100_000, 3);
        compare(t, FunnelCsv.read("testdata_funnel_rate_outputs_2.csv"), "Events", RATE_COLUMNS, "rate crude");
    }

    @Test
    void rateLimitsCrudeWithZeroEventsAndDenominators() {
        // PHE's test: pop = 100000·ev/rate; the largest count becomes 0 events (rate 0);
        // only units with pop > max(pop)/2 are kept.
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_rate_input_funnels.csv");
        double[] ev = column(in, "ev");
        double[] rate = column(in, "rate");
        double maxEv = java.util.Arrays.stream(ev).max().orElseThrow();
        double[] pop = new double[ev.length];
        double maxPop = 0;
        for (int i = 0; i < ev.length; i++) {
            pop[i] = 100_000 * ev[i] / rate[i];
            maxPop = Math.max(maxPop, pop[i]);
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < ev.length; i++) {
            if (pop[i] > maxPop / 2) {
                boolean max = ev[i] == maxEv;
                kept.add(new double[] {max ? 0 : ev[i], max ? 0 : rate[i], pop[i]});
            }
        }
        double[] e = kept.stream().mapToDouble(k -> k[0]).toArray();
        double[] r = kept.stream().mapToDouble(k -> k[1]).toArray();
        double[] p = kept.stream().mapToDouble(k -> k[2]).toArray();
        List<FunnelRow> t = RateFunnel.table(e, r, p, RateFunnel.RateType.CRUDE, 100_000, 3);
        compare(t, FunnelCsv.read("testdata_funnel_rate_outputs_3.csv"), "Events", RATE_COLUMNS, "rate crude 0 events");
    }

    @Test
    void rateSignificanceDsrAndCrude() {
        List<Map<String, String>> in = FunnelCsv.read("testdata_funnel_rate_dsr_inputs.csv");
        double[] count = column(in, "count");
        double[] pop = column(in, "pop");
        List<FunnelSignificance> dsr = RateFunnel.significance(count, column(in, "rate_dsr"), pop,
                RateFunnel.RateType.DSR, 100_000);
        List<FunnelSignificance> crude = RateFunnel.significance(count, column(in, "rate_crude_per_100"), pop,
                RateFunnel.RateType.CRUDE, 100);
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).get("dsr_per_100000_with_0"), dsr.get(i).label(), "dsr row " + (i + 1));
            assertEquals(in.get(i).get("crude_per_100_with_0"), crude.get(i).label(), "crude row " + (i + 1));
        }
    }

    @Test
    void axisRounding() {
        assertEquals(10_000, FunnelAxis.signifFloor(16_386));
        assertEquals(110_000, FunnelAxis.signifCeiling(102_950));
        assertEquals(33_000, FunnelAxis.signifCeiling(30_929));
        assertThrows(IllegalArgumentException.class,
                () -> ProportionFunnel.significance(new double[] {65, 80, 30}, new double[] {100, 100, 20}));
        assertThrows(IllegalArgumentException.class,
                () -> ProportionFunnel.significance(new double[] {65, 80, 30}, new double[] {100, 100, 0}));
    }
}
