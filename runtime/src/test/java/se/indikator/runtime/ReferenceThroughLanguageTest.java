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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * PHE's test sheets (PHEindicatormethods, values computed independently of this project) run through
 * the language end to end: data file → indicator → {@code export} → CSV, every value and limit within
 * 1e-9 relative. Rows with a missing (NA) input must come out blank, as PHE's do.
 */
class ReferenceThroughLanguageTest {
    static final double TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    @Test
    void wilsonProportionsAndPercentagesAgreeWithPhe() throws IOException {
        check("testdata_Proportion__testdata_Prop.csv", "proportion of 1", "proportion", "wilson");
        check("testdata_Proportion__testdata_Prop.csv", "percentage", "percent", "wilson");
    }

    @Test
    void exactAndByarRatesAgreeWithPhe() throws IOException {
        check("testdata_Rate__testdata_Rate.csv", "rate per 100", "rate per 100", null);
        check("testdata_Rate__testdata_Rate.csv", "rate per 100000", "rate per 100000", null);
    }

    @Test
    void studentTMeansAgreeWithPhe() throws IOException {
        Files.write(dir.resolve("values.csv"), read("testdata_Mean__testdata_Mean.csv"));
        String script = """
                set language en
                set suppress none
                data v = read "values.csv"
                indicator m "Mean" {
                    cohort v
                    measure mean of values
                    ci t 95%, 99.8%
                }
                export m by area to "out.csv"
                """;
        Map<String, Map<String, String>> out = run(script);
        List<Map<String, String>> expected = csv(new String(read("testdata_Mean__testdata_Mean_results.csv"), StandardCharsets.UTF_8));
        for (Map<String, String> e : expected) {
            String area = e.get("area").equals("No grouping") ? "National" : e.get("area");
            Map<String, String> got = out.get(area);
            assertClose(e.get("value"), got.get("value"), "mean " + area);
            assertClose(e.get("lower95_0cl"), got.get("lower_95"), "lower 95 " + area);
            assertClose(e.get("upper95_0cl"), got.get("upper_95"), "upper 95 " + area);
            assertClose(e.get("lower99_8cl"), got.get("lower_99_8"), "lower 99.8 " + area);
            assertClose(e.get("upper99_8cl"), got.get("upper_99_8"), "upper 99.8 " + area);
            assertEquals("t", got.get("method"));
        }
    }

    @Test
    void directlyStandardisedRatesAgreeWithPheDobson() throws IOException {
        // PHE's multi-area sheet labels the 11th band "55-69"; PHE matches weights by position, the
        // language by label, so the copy used here has the label corrected to "55-59".
        Files.write(dir.resolve("multiarea.csv"), read("dsr_multiarea_labels_fixed.csv"));
        List<Map<String, String>> expected = csv(new String(read("testdata_DSR_ISR__testresults_DSR.csv"), StandardCharsets.UTF_8));
        for (String per : List.of("10000", "100000")) {
            String script = """
                    set suppress none
                    data d = read "multiarea.csv"
                    breakdown age = ageband
                    standardisation esp = direct by age weights esp2013
                    indicator dsr "DSR" {
                        numerator   sum(count) from d
                        denominator sum(pop) from d
                        measure     rate per %s
                        standardise esp
                    }
                    export dsr by area to "out.csv"
                    """.formatted(per);
            Map<String, Map<String, String>> out = run(script);
            int compared = 0;
            for (Map<String, String> e : expected) {
                if (!e.get("statistic").equals("dsr per " + per) && !e.get("statistic").startsWith("dsr NA")) {
                    continue;
                }
                Map<String, String> got = out.get(e.get("area"));
                if (got == null) {
                    continue;
                }
                String what = e.get("area") + " per " + per;
                if (e.get("value").equals("NA")) {
                    assertEquals("", got.get("value"), what + " is not shown below 10 events");
                    assertTrue(got.get("note").contains("fewer than 10 events"), got.get("note"));
                    continue;
                }
                assertClose(e.get("value"), got.get("value"), what + " value");
                assertClose(e.get("lower95_0cl"), got.get("lower_95"), what + " lower 95");
                assertClose(e.get("upper95_0cl"), got.get("upper_95"), what + " upper 95");
                assertClose(e.get("lower99_8cl"), got.get("lower_99_8"), what + " lower 99.8");
                assertClose(e.get("upper99_8cl"), got.get("upper_99_8"), what + " upper 99.8");
                assertEquals("dobson", got.get("method"));
                compared++;
            }
            assertEquals(2, compared, "areas compared per " + per);
        }
    }

    @Test
    void indirectlyStandardisedRatiosAndRatesAgreeWithPhe() throws IOException {
        Files.write(dir.resolve("multiarea.csv"), read("dsr_multiarea_labels_fixed.csv"));
        Files.write(dir.resolve("ref.csv"), read("isr_refdata.csv"));
        List<Map<String, String>> expected = csv(new String(read("testdata_DSR_ISR__testresults_ISR.csv"), StandardCharsets.UTF_8));
        Map<String, String> measures = Map.of(
                "indirectly standardised rate per 100000", "rate per 100000",
                "indirectly standardised rate per 1000", "rate per 1000",
                "indirectly standardised ratio x 1", "ratio",
                "indirectly standardised ratio x 100", "ratio per 100");
        int compared = 0;
        for (var m : measures.entrySet()) {
            String script = """
                    set suppress none
                    data d = read "multiarea.csv"
                    data ref = read "ref.csv"
                    breakdown age = ageband
                    standardisation isr = indirect by age reference ref events refcount population refpop
                    indicator x "ISR" {
                        numerator   sum(count) from d
                        denominator sum(pop) from d
                        measure     %s
                        standardise isr
                    }
                    export x by area to "out.csv"
                    """.formatted(m.getValue());
            Map<String, Map<String, String>> out = run(script);
            for (Map<String, String> e : expected) {
                if (!e.get("statistic").equals(m.getKey()) || !e.get("area").startsWith("testdata")) {
                    continue;
                }
                Map<String, String> got = out.get(e.get("area"));
                String what = e.get("area") + " " + m.getKey();
                assertClose(e.get("observed"), got.get("numerator"), what + " observed");
                assertClose(e.get("expected"), got.get("denominator"), what + " expected");
                assertClose(e.get("value"), got.get("value"), what + " value");
                assertClose(e.get("lower95_0cl"), got.get("lower_95"), what + " lower 95");
                assertClose(e.get("upper95_0cl"), got.get("upper_95"), what + " upper 95");
                assertClose(e.get("lower99_8cl"), got.get("lower_99_8"), what + " lower 99.8");
                assertClose(e.get("upper99_8cl"), got.get("upper_99_8"), what + " upper 99.8");
                compared++;
            }
        }
        assertEquals(12, compared);
    }

    @Test
    void nonIndependentEventsFromMicrodataAgreeWithPhe() throws IOException {
        // PHE gives, per stratum, the numbers of persons with 1, 2, 3 and 4 events (f1..f4); expanded
        // here into one row per person with their number of events (zero for the rest of the
        // population), which is how register microdata arrive.
        List<Map<String, String>> strata = csv(new String(read("testdata_DSR_ISR__testdata_nonindepe.csv"), StandardCharsets.UTF_8));
        StringBuilder persons = new StringBuilder("area,ageband,events\n");
        for (Map<String, String> st : strata) {
            String band = st.get("ageband").replace("55-69", "55-59");
            long pop = Long.parseLong(st.get("pop"));
            long withEvents = 0;
            for (int k = 1; k <= 4; k++) {
                String f = st.get("f" + k);
                long persons_k = f.equals("NA") ? 0 : Long.parseLong(f);
                withEvents += persons_k;
                for (long i = 0; i < persons_k; i++) {
                    persons.append(st.get("area")).append(',').append(band).append(',').append(k).append('\n');
                }
            }
            for (long i = withEvents; i < pop; i++) {
                persons.append(st.get("area")).append(',').append(band).append(",0\n");
            }
        }
        Files.writeString(dir.resolve("persons.csv"), persons.toString());
        String script = """
                set suppress none
                data p = read "persons.csv"
                breakdown age = ageband
                indicator admissions "Admissions" {
                    numerator   sum(events) from p
                    denominator count(*) from p
                    measure     rate per 100000
                    standardise direct by age weights esp2013
                    ci          dobson-non-independent 95%, 99.8%
                }
                export admissions by area to "out.csv"
                """;
        Map<String, Map<String, String>> out = run(script);
        List<Map<String, String>> expected = csv(new String(read("testdata_DSR_ISR__testresults_DSR.csv"), StandardCharsets.UTF_8));
        int compared = 0;
        for (Map<String, String> e : expected) {
            if (!e.get("area").startsWith("testdata_nonind")) {
                continue;
            }
            Map<String, String> got = out.get(e.get("area"));
            String what = e.get("area");
            if (e.get("value").equals("NA")) {
                assertEquals("", got.get("value"), what);
                continue;
            }
            // the sheet is rounded to 8 decimals
            for (String[] col : new String[][] {{"value", "value"}, {"lower95_0cl", "lower_95"}, {"upper95_0cl", "upper_95"},
                    {"lower99_8cl", "lower_99_8"}, {"upper99_8cl", "upper_99_8"}}) {
                double exp = Double.parseDouble(e.get(col[0]));
                double act = Double.parseDouble(got.get(col[1]));
                assertTrue(Math.abs(exp - act) <= 6e-9, what + " " + col[1] + ": expected " + exp + " got " + act);
            }
            assertEquals("dobson-non-independent", got.get("method"));
            compared++;
        }
        assertEquals(3, compared);
    }

    @Test
    void nonIndependentEventsFromAggregatedFrequenciesAgreeWithPhe() throws IOException {
        Files.writeString(dir.resolve("nonind.csv"), new String(read("testdata_DSR_ISR__testdata_nonindepe.csv"),
                StandardCharsets.UTF_8).replace("55-69", "55-59").replace("\"00-04\"", "\"0-4\"").replace("\"05-09\"", "\"5-9\""));
        String script = """
                set suppress none
                data d = read "nonind.csv"
                breakdown age = ageband
                indicator admissions "Admissions" {
                    numerator   sum(count) from d
                    denominator sum(pop) from d
                    measure     rate per 100000
                    standardise direct by age weights esp2013
                    ci          dobson-non-independent 95%, 99.8%
                    frequencies f1, f2, f3, f4
                }
                export admissions by area to "out.csv"
                """;
        Map<String, Map<String, String>> out = run(script);
        List<Map<String, String>> expected = csv(new String(read("testdata_DSR_ISR__testresults_DSR.csv"), StandardCharsets.UTF_8));
        int compared = 0;
        for (Map<String, String> e : expected) {
            if (!e.get("area").startsWith("testdata_nonind") || e.get("value").equals("NA")) {
                continue;
            }
            Map<String, String> got = out.get(e.get("area"));
            for (String[] col : new String[][] {{"value", "value"}, {"lower95_0cl", "lower_95"}, {"upper95_0cl", "upper_95"},
                    {"lower99_8cl", "lower_99_8"}, {"upper99_8cl", "upper_99_8"}}) {
                double exp = Double.parseDouble(e.get(col[0]));
                double act = Double.parseDouble(got.get(col[1]));
                assertTrue(Math.abs(exp - act) <= 6e-9, e.get("area") + " " + col[1] + ": expected " + exp + " got " + act);
            }
            compared++;
        }
        assertEquals(3, compared);
    }

    @Test
    void fayFeuerGammaAndDobsonAgreeWithEpitoolsOnFleissDownSyndromeData() throws IOException {
        Files.write(dir.resolve("fleiss.csv"), read("fleiss_downs_inputs.csv"));
        List<Map<String, String>> inputs = csv(new String(read("fleiss_downs_inputs.csv"), StandardCharsets.UTF_8));
        StringBuilder standard = new StringBuilder("maternal_age,weight\n");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Map<String, String> r : inputs) {
            if (seen.add(r.get("maternal_age"))) {
                standard.append(r.get("maternal_age")).append(',').append(r.get("standard")).append('\n');
            }
        }
        Files.writeString(dir.resolve("standard.csv"), standard.toString());
        List<Map<String, String>> expected = csv(new String(read("fleiss_downs_epitools_and_phe_per100000.csv"), StandardCharsets.UTF_8));
        for (String method : List.of("gamma", "dobson")) {
            String script = """
                    set suppress none
                    data d = read "fleiss.csv"
                    data mean_births = read "standard.csv"
                    breakdown mother = maternal_age
                    standardisation std = direct by mother weights mean_births
                    indicator downs "Down syndrome" {
                        numerator   sum(cases) from d
                        denominator sum(births) from d
                        measure     rate per 100000
                        standardise std
                        ci          %s 95%%
                    }
                    export downs by birth_order to "out.csv"
                    """.formatted(method);
            Map<String, Map<String, String>> out = run(script);
            for (Map<String, String> e : expected) {
                Map<String, String> got = out.get(e.get("birth_order"));
                String what = method + " birth order " + e.get("birth_order");
                assertClose(e.get("adj_rate"), got.get("value"), what + " value");
                assertClose(e.get(method.equals("gamma") ? "gamma_lci" : "phe_dobson_lower"), got.get("lower_95"), what + " lower");
                assertClose(e.get(method.equals("gamma") ? "gamma_uci" : "phe_dobson_upper"), got.get("upper_95"), what + " upper");
                assertEquals(method, got.get("method"), what);
            }
        }
    }

    @Test
    void relativeSurvivalAgreesWithRelsurv() throws IOException {
        // relsurv 2.2-9 rs.surv on a synthetic cohort; the life table is the same for every calendar
        // year 1990-2030, so it is written out for each year here. The language needs an exit date:
        // diagnosis date + follow-up days.
        List<Map<String, String>> cohort = csv(new String(read("relsurv/relsurv_B_cohort.csv"), StandardCharsets.UTF_8));
        StringBuilder c = new StringBuilder("id,sex,age,diag_date,exit_date,status\n");
        for (Map<String, String> r : cohort) {
            java.time.LocalDate diag = java.time.LocalDate.parse(r.get("diag_date"));
            long days = Math.round(Double.parseDouble(r.get("time_days")));
            c.append(r.get("id")).append(',').append(r.get("sex")).append(',').append(r.get("age")).append(',').append(diag)
                    .append(',').append(diag.plusDays(days)).append(',').append(r.get("status")).append('\n');
            assertEquals(Double.parseDouble(r.get("time_days")), days, 1e-9, "follow-up in whole days");
        }
        Files.writeString(dir.resolve("cohort.csv"), c.toString());
        StringBuilder lt = new StringBuilder("sex,age,year,q\n");
        for (Map<String, String> r : csv(new String(read("relsurv/relsurv_B_lifetable_annual_q.csv"), StandardCharsets.UTF_8))) {
            for (int year = 1990; year <= 2030; year++) {
                lt.append(r.get("sex")).append(',').append(r.get("age")).append(',').append(year).append(',')
                        .append(r.get("q_annual")).append('\n');
            }
        }
        Files.writeString(dir.resolve("lifetable.csv"), lt.toString());
        List<Map<String, String>> expected = csv(new String(read("relsurv/relsurv_B_rs.surv_results.csv"), StandardCharsets.UTF_8));
        int compared = 0;
        for (Map<String, String> e : expected) {
            String years = e.get("time_years");
            String script = """
                    set language en
                    set suppress none
                    data cohort = read "cohort.csv"
                    data lifetable = read "lifetable.csv"
                    indicator rs "Relative survival" {
                        cohort   cohort
                        measure  relative survival at %s years
                        survival entry diag_date, exit exit_date, death status == 1, age age, sex sex, table lifetable
                        ci       %s 95%%
                    }
                    export rs to "out.csv"
                    """.formatted(years, e.get("method"));
            Map<String, String> got = run(script).values().iterator().next();
            String what = e.get("method") + " at " + years + " years";
            assertClose(String.valueOf(100 * Double.parseDouble(e.get("rel_surv"))), got.get("value"), what + " value");
            assertClose(String.valueOf(100 * Double.parseDouble(e.get("lower95"))), got.get("lower_95"), what + " lower");
            assertClose(String.valueOf(100 * Double.parseDouble(e.get("upper95"))), got.get("upper_95"), what + " upper");
            compared++;
        }
        assertEquals(28, compared);
    }

    @Test
    void relativeSurvivalFromTheFilesAsTheyAre() throws IOException {
        // The same reference, the cohort and life table as relsurv took them: follow-up in days
        // (time_days) instead of an exit date, and a life table without a year column (the same
        // rates every calendar year) whose probabilities are in q_annual.
        Files.write(dir.resolve("cohort.csv"), read("relsurv/relsurv_B_cohort.csv"));
        Files.write(dir.resolve("lifetable.csv"), read("relsurv/relsurv_B_lifetable_annual_q.csv"));
        List<Map<String, String>> expected = csv(new String(read("relsurv/relsurv_B_rs.surv_results.csv"), StandardCharsets.UTF_8));
        int compared = 0;
        for (Map<String, String> e : expected) {
            String script = """
                    set suppress none
                    data cohort = read "cohort.csv"
                    data lifetable = read "lifetable.csv"
                    indicator rs "Relative survival" {
                        cohort   cohort
                        measure  relative survival at %s years
                        survival entry diag_date, time time_days, death status == 1, age age, sex sex, table lifetable, q q_annual
                        ci       %s
                    }
                    export rs to "out.csv"
                    """.formatted(e.get("time_years"), e.get("method"));
            Map<String, String> got = run(script).values().iterator().next();
            String what = e.get("method") + " at " + e.get("time_years") + " years (files as they are)";
            assertClose(String.valueOf(100 * Double.parseDouble(e.get("rel_surv"))), got.get("value"), what + " value");
            assertClose(String.valueOf(100 * Double.parseDouble(e.get("lower95"))), got.get("lower_95"), what + " lower");
            assertClose(String.valueOf(100 * Double.parseDouble(e.get("upper95"))), got.get("upper_95"), what + " upper");
            compared++;
        }
        assertEquals(28, compared);
    }

    private void check(String sheet, String statistic, String measure, String ci) throws IOException {
        List<Map<String, String>> rows = csv(new String(read(sheet), StandardCharsets.UTF_8));
        List<Map<String, String>> block = rows.stream().filter(r -> r.get("statistic").equals(statistic)).toList();
        assertFalse(block.isEmpty(), "no rows for " + statistic);
        StringBuilder data = new StringBuilder("area;events;persons\n");
        for (Map<String, String> r : block) {
            data.append(r.get("Area")).append(';').append(na(r.get("Numerator"))).append(';')
                    .append(na(r.get("Denominator"))).append('\n');
        }
        Files.writeString(dir.resolve("data.csv"), data.toString());
        String script = "set suppress none\n"
                + "data t = read \"data.csv\"\n"
                + "indicator x \"X\" {\n"
                + "    numerator   sum(events) from t\n"
                + "    denominator sum(persons) from t\n"
                + "    measure     " + measure + "\n"
                + (ci == null ? "" : "    ci          " + ci + "\n")
                + "}\n"
                + "export x by area to \"out.csv\"\n";
        Map<String, Map<String, String>> out = run(script);
        int compared = 0;
        for (Map<String, String> e : block) {
            Map<String, String> got = out.get(e.get("Area"));
            assertTrue(got != null, "no row for " + e.get("Area") + " in " + out.keySet());
            String what = statistic + " " + e.get("Area");
            if (e.get("value").equals("NA")) {
                assertEquals("", got.get("value"), what + ": a missing input must give a blank value");
                assertEquals("", got.get("lower_95"), what);
                continue;
            }
            assertClose(e.get("value"), got.get("value"), what + " value");
            assertClose(e.get("lower95_0cl"), got.get("lower_95"), what + " lower 95");
            assertClose(e.get("upper95_0cl"), got.get("upper_95"), what + " upper 95");
            assertClose(e.get("lower99_8cl"), got.get("lower_99_8"), what + " lower 99.8");
            assertClose(e.get("upper99_8cl"), got.get("upper_99_8"), what + " upper 99.8");
            String phe = e.get("method").toLowerCase(java.util.Locale.ROOT);
            assertEquals(phe.startsWith("byar") ? "byar" : phe, got.get("method"), what + " method");
            compared++;
        }
        assertTrue(compared >= 8, "compared " + compared + " rows");
    }

    private static String na(String v) {
        return v.equals("NA") ? "" : v;
    }

    private Map<String, Map<String, String>> run(String script) throws IOException {
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("reference.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        Map<String, Map<String, String>> byArea = new HashMap<>();
        String text = Files.readString(dir.resolve("out.csv"));
        String key = text.substring(0, text.indexOf(','));
        for (Map<String, String> row : csv(text)) {
            byArea.put(row.get(key), row);
        }
        return byArea;
    }

    static void assertClose(String expected, String actual, String what) {
        double e = Double.parseDouble(expected);
        double a = Double.parseDouble(actual);
        double rel = Math.abs(a - e) / Math.max(Math.abs(e), 1e-300);
        assertTrue(rel <= TOLERANCE, what + ": expected " + expected + " got " + actual + " (relative " + rel + ")");
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ReferenceThroughLanguageTest.class.getResourceAsStream("/reference/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A small RFC 4180 reader for the sheets and our own exports. */
    static List<Map<String, String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                cur.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                cur.add(f.toString());
                f.setLength(0);
                records.add(cur);
                cur = new ArrayList<>();
            } else if (c != '\r') {
                f.append(c);
            }
        }
        if (f.length() > 0 || !cur.isEmpty()) {
            cur.add(f.toString());
            records.add(cur);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < r.size() ? r.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }
}
