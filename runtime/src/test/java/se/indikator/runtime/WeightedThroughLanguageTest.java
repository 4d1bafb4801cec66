package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Survey-weighted proportions and means, and percentiles, run through the language end to end (data →
 * indicator with {@code weight w} → {@code export} → CSV) against R: {@code svyciprop(method = "beta")},
 * {@code svymean} with {@code confint(df = degf(design))}, and {@code quantile(type = 7)} (the values and
 * their inputs in test resources {@code survey/}, copied from stdlib's, where {@code make_reference.R}
 * made them). Relative tolerance 1e-9.
 */
class WeightedThroughLanguageTest {
    @TempDir
    Path dir;

    @Test
    void weightedPercentsAndMeansAgreeWithRsSurveyPackage() throws IOException {
        Files.write(dir.resolve("survey.csv"), read("survey_inputs.csv"));
        Map<String, Map<String, String>> prop = run("""
                cohort survey
                numerator event == 1
                measure proportion
                weight w
                """);
        Map<String, Map<String, String>> mean = run("""
                cohort survey
                measure mean of value
                weight w
                """);
        double worst = 0;
        for (Map<String, String> e : ReferenceThroughLanguageTest.csv(new String(read("survey_expected.csv"),
                StandardCharsets.UTF_8))) {
            String g = e.get("group").trim();
            Map<String, String> p = prop.get(g);
            Map<String, String> m = mean.get(g);
            assertEquals(Double.parseDouble(e.get("n").trim()), Double.parseDouble(p.get("denominator")), g + ": respondents");
            assertEquals("korn-graubard", p.get("method"));
            assertEquals("linearised t, df " + (Integer.parseInt(e.get("n").trim()) - 1), m.get("method"));
            String[][] pairs = {
                {"prop", p.get("value")}, {"prop_lower_95", p.get("lower_95")}, {"prop_upper_95", p.get("upper_95")},
                {"prop_lower_99_8", p.get("lower_99_8")}, {"prop_upper_99_8", p.get("upper_99_8")},
                {"mean", m.get("value")}, {"mean_lower_95", m.get("lower_95")}, {"mean_upper_95", m.get("upper_95")},
                {"mean_lower_99_8", m.get("lower_99_8")}, {"mean_upper_99_8", m.get("upper_99_8")}};
            for (String[] pair : pairs) {
                ReferenceThroughLanguageTest.assertClose(e.get(pair[0]).trim(), pair[1], g + " " + pair[0]);
                double x = Double.parseDouble(e.get(pair[0]).trim());
                worst = Math.max(worst, Math.abs(Double.parseDouble(pair[1]) - x) / Math.abs(x));
            }
            assertTrue(Double.parseDouble(p.get("n_effective")) <= Double.parseDouble(p.get("denominator")));
        }
        System.out.println("weighted through the language: largest relative difference from R " + worst);
    }

    @Test
    void percentilesAgreeWithRsQuantileType7() throws IOException {
        Files.write(dir.resolve("survey.csv"), read("survey_inputs.csv"));
        List<Map<String, String>> expected = ReferenceThroughLanguageTest.csv(new String(read("quantile_expected.csv"),
                StandardCharsets.UTF_8));
        for (String percent : List.of("10", "25", "50", "75", "90", "95")) {
            Map<String, Map<String, String>> out = run("cohort survey\nmeasure percentile " + percent + " of value\n");
            for (Map<String, String> e : expected) {
                if (Math.abs(Double.parseDouble(e.get("p").trim()) * 100 - Double.parseDouble(percent)) > 1e-9) {
                    continue;
                }
                String g = e.get("group").trim();
                ReferenceThroughLanguageTest.assertClose(e.get("type7").trim(), out.get(g).get("value"),
                        "percentile " + percent + " of " + g);
                assertEquals("order", out.get(g).get("method"));
            }
        }
    }

    private Map<String, Map<String, String>> run(String clauses) throws IOException {
        String script = "set language en\nset suppress none\ndata survey = read \"survey.csv\"\n"
                + "indicator x \"X\" {\n" + clauses + "}\nexport x by group to \"out.csv\"\n";
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("weighted.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        Map<String, Map<String, String>> byGroup = new HashMap<>();
        String text = Files.readString(dir.resolve("out.csv"));
        String key = text.substring(0, text.indexOf(','));
        for (Map<String, String> row : ReferenceThroughLanguageTest.csv(text)) {
            byGroup.put(row.get(key), row);
        }
        return byGroup;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = WeightedThroughLanguageTest.class.getResourceAsStream("/survey/" + name)) {
            return in.readAllBytes();
        }
    }
}
