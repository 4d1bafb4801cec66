package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * PHE's funnel and SII test sheets (PHEindicatormethods, computed independently of this project) run
 * through the language: a data file, a {@code funnel … of …} or {@code inequality of …} statement, its
 * CSV output compared with the sheet.
 *
 * <p>Tolerances: funnel axes exactly; funnel limits 1e-6 relative or absolute (the sheets are rounded
 * to 6–10 significant digits and PHE's Poisson limits come from a bisection of that resolution);
 * significance labels exactly; SII, RII and intercept 1e-9 relative; the simulated SII/RII limits
 * within 5% of the reference interval's width (they cannot reproduce R's random stream; with 100 000
 * repetitions the Monte-Carlo error of a 2.5% quantile is about 0.4% of the width).
 */
class EquityReferenceThroughLanguageTest {
    private static final double FUNNEL_TOL = 1e-6;

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ funnels

    @Test
    void proportionFunnelLimitsAndLabels() throws IOException {
        copy("testdata_funnel_prop_inputs.csv");
        run("""
                set suppress none
                data units = read "testdata_funnel_prop_inputs.csv"
                funnel proportion of numerator / denominator from units by Area per 100 limits to "limits.csv" to "units.csv"
                funnel proportion of numerator / denominator from units by Area per 100 where denominator < 31000 limits to "limits2.csv"
                """);
        String[] cols = {"lower_95", "upper_95", "lower_99_8", "upper_99_8", "baseline"};
        String[] phe = {"Lower2s0025limit", "Upper2s0025limit", "Lower3s0001limit", "Upper3s0001limit", "Baseline"};
        compareLimits("limits.csv", "population", cols, "testdata_funnel_prop_outputs.csv", "Population", phe);
        compareLimits("limits2.csv", "population", cols, "testdata_funnel_prop_outputs_with_axis_variation.csv",
                "Population", phe);
        compareLabels("units.csv", "testdata_funnel_prop_inputs.csv", "significance");
    }

    @Test
    void ratioFunnelLimitsAsCountAndIsrAndLabels() throws IOException {
        copy("testdata_funnel_ratio_inputs.csv");
        run("""
                set suppress none
                data units = read "testdata_funnel_ratio_inputs.csv"
                funnel ratio of obs / expected from units as count limits to "count.csv" to "units.csv"
                funnel ratio of obs / expected from units as isr limits to "isr.csv"
                """);
        String[] ours = {"lower_95_denominator", "lower_95", "upper_95_denominator", "upper_95", "lower_99_8_denominator",
            "lower_99_8", "upper_99_8_denominator", "upper_99_8"};
        compareLimits("count.csv", "observed", ours, "testdata_funnel_ratio_outputs.csv", "Observed_events",
                new String[] {"lower_2s_exp_events", "lower_2s_count", "upper_2s_exp_events", "upper_2s_count",
                    "lower_3s_exp_events", "lower_3s_count", "upper_3s_exp_events", "upper_3s_count"});
        compareLimits("isr.csv", "observed", ours, "testdata_funnel_ratio_outputs.csv", "Observed_events",
                new String[] {"lower_2s_exp_events", "lower_2s_isr", "upper_2s_exp_events", "upper_2s_isr",
                    "lower_3s_exp_events", "lower_3s_isr", "upper_3s_exp_events", "upper_3s_isr"});
        compareLabels("units.csv", "testdata_funnel_ratio_inputs.csv", "significance");
    }

    private static final String[] RATE_OURS = {"lower_95_denominator", "lower_95", "upper_95_denominator", "upper_95",
        "lower_99_8_denominator", "lower_99_8", "upper_99_8_denominator", "upper_99_8", "baseline"};
    private static final String[] RATE_PHE = {"lower_2s_population_1_year", "lower_2s_limit", "upper_2s_population_1_year",
        "upper_2s_limit", "lower_3s_population_1_year", "lower_3s_limit", "upper_3s_population_1_year", "upper_3s_limit",
        "baseline"};

    @Test
    void rateFunnelLimitsForDsrsOverThreeYears() throws IOException {
        copy("testdata_funnel_rate_input_funnels.csv");
        run("""
                set suppress none
                data units = read "testdata_funnel_rate_input_funnels.csv"
                funnel rate of ev from units per 100000 dsr rate years 3 limits to "limits.csv"
                """);
        compareLimits("limits.csv", "events", RATE_OURS, "testdata_funnel_rate_outputs.csv", "Events", RATE_PHE);
    }

    @Test
    void rateFunnelLimitsForCrudeRatesIncludingUnitsWithoutEvents() throws IOException {
        // PHE's own variants of the input: the largest count replaced by 5; and, with denominators
        // 100000·ev/rate, the largest count set to 0 events and only units above half the largest size kept.
        List<Map<String, String>> in = csv(text("testdata_funnel_rate_input_funnels.csv"));
        double maxEv = in.stream().mapToDouble(r -> Double.parseDouble(r.get("ev"))).max().orElseThrow();
        StringBuilder five = new StringBuilder("ev,rate\n");
        StringBuilder zero = new StringBuilder("ev,rate,pop\n");
        double maxPop = in.stream().mapToDouble(r -> 100_000 * Double.parseDouble(r.get("ev")) / Double.parseDouble(r.get("rate")))
                .max().orElseThrow();
        for (Map<String, String> r : in) {
            double ev = Double.parseDouble(r.get("ev"));
            double pop = 100_000 * ev / Double.parseDouble(r.get("rate"));
            five.append(ev == maxEv ? "5" : r.get("ev")).append(',').append(r.get("rate")).append('\n');
            if (pop > maxPop / 2) {
                zero.append(ev == maxEv ? "0" : r.get("ev")).append(',').append(ev == maxEv ? "0" : r.get("rate")).append(',')
                        .append(Double.toString(pop)).append('\n');
            }
        }
        Files.writeString(dir.resolve("five.csv"), five.toString());
        Files.writeString(dir.resolve("zero.csv"), zero.toString());
        run("""
                set suppress none
                data five = read "five.csv"
                data zero = read "zero.csv"
                funnel rate of ev from five per 100000 rate rate years 3 limits to "five_limits.csv"
                funnel rate of ev / pop from zero per 100000 rate rate years 3 limits to "zero_limits.csv"
                """);
        compareLimits("five_limits.csv", "events", RATE_OURS, "testdata_funnel_rate_outputs_2.csv", "Events", RATE_PHE);
        compareLimits("zero_limits.csv", "events", RATE_OURS, "testdata_funnel_rate_outputs_3.csv", "Events", RATE_PHE);
    }

    @Test
    void rateFunnelLabelsForDsrsAndCrudeRates() throws IOException {
        copy("testdata_funnel_rate_dsr_inputs.csv");
        run("""
                set suppress none
                data units = read "testdata_funnel_rate_dsr_inputs.csv"
                funnel rate of count / pop from units per 100000 dsr rate_dsr to "dsr.csv"
                funnel rate of count / pop from units per 100 rate rate_crude_per_100 to "crude.csv"
                """);
        compareLabels("dsr.csv", "testdata_funnel_rate_dsr_inputs.csv", "dsr_per_100000_with_0");
        compareLabels("crude.csv", "testdata_funnel_rate_dsr_inputs.csv", "crude_per_100_with_0");
    }

    @Test
    void indicatorFunnelGivesTheSameLimitsAndLabelsAsTheValues() throws IOException {
        copy("testdata_funnel_prop_inputs.csv");
        run("""
                set suppress none
                data units = read "testdata_funnel_prop_inputs.csv"
                indicator share "Share" {
                    numerator   sum(numerator) from units
                    denominator sum(denominator) from units
                    measure     percent
                }
                funnel share by Area to "indicator.csv"
                funnel proportion of numerator / denominator from units by Area per 100 to "values.csv"
                """);
        Map<String, Map<String, String>> ind = new LinkedHashMap<>();
        csv(Files.readString(dir.resolve("indicator.csv"))).forEach(r -> ind.put(r.get("Area"), r));
        List<Map<String, String>> values = csv(Files.readString(dir.resolve("values.csv")));
        int compared = 0;
        for (Map<String, String> v : values.subList(1, values.size())) {
            Map<String, String> i = ind.get(v.get("Area"));
            assertTrue(i != null, "no indicator row for " + v.get("Area"));
            assertEquals(v.get("funnel"), i.get("funnel"), v.get("Area"));
            for (String c : List.of("limit_lower_95", "limit_upper_95", "limit_lower_99_8", "limit_upper_99_8")) {
                ReferenceThroughLanguageTest.assertClose(v.get(c), i.get(c), v.get("Area") + " " + c);
            }
            compared++;
        }
        assertEquals(values.size() - 1, compared);
    }

    // ------------------------------------------------------------------ SII

    @Test
    void slopeIndexOfInequalityAgreesWithPhesSheet() throws IOException {
        copy("testdata_SII__testdata_SII.csv");
        List<Map<String, String>> sheet = csv(text("testdata_SII__testdata_SII.csv"));
        Map<String, Map<String, String>> firstOfCase = new LinkedHashMap<>();
        for (Map<String, String> r : sheet) {
            String key = r.get("TestDescription") + "|" + r.get("Area") + "|" + r.get("Grouping1") + "|" + r.get("Grouping2");
            firstOfCase.putIfAbsent(key, r);
        }
        Map<String, Map<String, String>> descriptions = new LinkedHashMap<>();
        for (Map<String, String> r : firstOfCase.values()) {
            if (!r.get("sii").equals("NA")) {
                descriptions.putIfAbsent(r.get("TestDescription"), r);
            }
        }
        int cases = 0;
        int limits = 0;
        double worst = 0;
        int n = 0;
        for (Map<String, String> first : descriptions.values()) {
            String description = first.get("TestDescription");
            int type = Integer.parseInt(first.get("ValueType"));
            String options = type == 0 ? "se StandardError" : "limits LowerCL, UpperCL type " + (type == 1 ? "rate" : "proportion");
            if (description.contains("log transform") || description.contains("logit transform")) {
                options += " transform";
            }
            if (description.contains("x 100")) {
                options += " multiplier 100";
            } else if (description.contains("x -100")) {
                options += " multiplier -100";
            } else if (description.contains("negative multiplier")) {
                options += " multiplier -1";
            }
            List<String> levels = description.contains("99% confidence") ? List.of("99")
                    : description.contains("multiple CIs") ? List.of("95", "99")
                    : description.contains("95 and 98") || description.contains("95% and 98%") ? List.of("95", "98")
                    : description.contains("98%") ? List.of("98") : List.of("95");
            options += " confidence " + String.join("%, ", levels) + "%";
            options += " repetitions " + first.get("Repetitions");
            String out = "sii" + (n++) + ".csv";
            run("""
                    data sii = read "testdata_SII__testdata_SII.csv"
                    inequality of Value from sii across Quantile population Population %s by Area, Grouping1, Grouping2 where TestDescription == "%s" to "%s"
                    """.formatted(options, description, out));
            List<Map<String, String>> got = csv(Files.readString(dir.resolve(out)));
            for (Map<String, String> e : firstOfCase.values()) {
                if (!e.get("TestDescription").equals(description) || e.get("sii").equals("NA")) {
                    continue;
                }
                Map<String, Map<String, String>> stats = new LinkedHashMap<>();
                for (Map<String, String> g : got) {
                    if (g.get("Area").equals(e.get("Area")) && g.get("Grouping1").equals(e.get("Grouping1"))
                            && g.get("Grouping2").equals(e.get("Grouping2"))) {
                        stats.put(g.get("statistic"), g);
                    }
                }
                String what = description + " / " + e.get("Area") + " " + e.get("Grouping1") + " " + e.get("Grouping2");
                assertTrue(stats.containsKey("sii"), "no result for " + what);
                ReferenceThroughLanguageTest.assertClose(e.get("sii"), stats.get("sii").get("value"), what + " sii");
                if (!e.get("rii").equals("NA")) {
                    ReferenceThroughLanguageTest.assertClose(e.get("rii"), stats.get("rii").get("value"), what + " rii");
                }
                if (!e.get("Intercept").equals("NA")) {
                    ReferenceThroughLanguageTest.assertClose(e.get("Intercept"), stats.get("intercept").get("value"),
                            what + " intercept");
                }
                for (int k = 1; k <= levels.size(); k++) {
                    String label = levels.get(k - 1);
                    for (String stat : List.of("sii", "rii")) {
                        String lo = e.get(stat + "_lowercl_" + k);
                        String hi = e.get(stat + "_uppercl_" + k);
                        if (lo == null || lo.equals("NA")) {
                            continue;
                        }
                        double width = Double.parseDouble(hi) - Double.parseDouble(lo);
                        double dl = Math.abs(Double.parseDouble(stats.get(stat).get("lower_" + label)) - Double.parseDouble(lo));
                        double du = Math.abs(Double.parseDouble(stats.get(stat).get("upper_" + label)) - Double.parseDouble(hi));
                        worst = Math.max(worst, Math.max(dl, du) / width);
                        assertTrue(dl <= 0.05 * width && du <= 0.05 * width,
                                what + " " + stat + " limits at " + label + "%: got " + stats.get(stat).get("lower_" + label)
                                        + " – " + stats.get(stat).get("upper_" + label) + ", PHE " + lo + " – " + hi);
                        limits += 2;
                    }
                }
                cases++;
            }
        }
        assertEquals(44, cases);
        assertTrue(limits > 100, "limits compared: " + limits);
        System.out.println("SII through the language: worst limit deviation / width = " + worst);
    }

    // ------------------------------------------------------------------ helpers

    private void compareLimits(String ours, String ourAxis, String[] ourCols, String sheet, String pheAxis, String[] pheCols)
            throws IOException {
        List<Map<String, String>> got = csv(Files.readString(dir.resolve(ours)));
        List<Map<String, String>> expected = csv(text(sheet));
        assertEquals(expected.size(), got.size(), ours + " rows");
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> e = expected.get(i);
            Map<String, String> g = got.get(i);
            assertEquals(Double.parseDouble(e.get(pheAxis)), Double.parseDouble(g.get(ourAxis)), 0.0,
                    ours + " axis row " + (i + 1));
            for (int c = 0; c < ourCols.length; c++) {
                double ev = Double.parseDouble(e.get(pheCols[c]));
                double gv = Double.parseDouble(g.get(ourCols[c]));
                double diff = Math.abs(ev - gv);
                assertTrue(diff <= FUNNEL_TOL || diff <= FUNNEL_TOL * Math.abs(ev),
                        ours + " row " + (i + 1) + " " + ourCols[c] + ": expected " + ev + " got " + gv);
            }
        }
    }

    private void compareLabels(String ours, String sheet, String column) throws IOException {
        List<Map<String, String>> got = csv(Files.readString(dir.resolve(ours)));
        List<Map<String, String>> expected = csv(text(sheet));
        assertEquals(expected.size() + 1, got.size(), "the units and the total row");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).get(column), got.get(i + 1).get("funnel"), ours + " unit " + (i + 1));
        }
    }

    private void run(String script) throws IOException {
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("reference.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
    }

    private void copy(String name) throws IOException {
        Files.write(dir.resolve(name), bytes(name));
    }

    private static String text(String name) throws IOException {
        String t = new String(bytes(name), StandardCharsets.UTF_8);
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = EquityReferenceThroughLanguageTest.class.getResourceAsStream("/reference/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<Map<String, String>> csv(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> r : ReferenceThroughLanguageTest.csv(text)) {
            Map<String, String> clean = new LinkedHashMap<>();
            r.forEach((k, v) -> clean.put(k.strip(), v));
            rows.add(clean);
        }
        return rows;
    }
}
