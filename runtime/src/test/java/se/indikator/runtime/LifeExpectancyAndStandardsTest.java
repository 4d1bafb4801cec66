package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.PoissonIntervals;

/**
 * Life expectancy through the language against PHE's sheet, an internal standard from declared data and a
 * crude rate of non-independent events against hand computations.
 */
class LifeExpectancyAndStandardsTest {
    @TempDir
    Path dir;

    private Map<String, Map<String, String>> run(String script) throws IOException {
        RunResult r = new Session(dir).run(new SourceFile("test.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        String text = Files.readString(dir.resolve("out.csv"));
        String key = text.substring(0, text.indexOf(','));
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map<String, String> row : ReferenceThroughLanguageTest.csv(text)) {
            out.put(row.get(key), row);
        }
        return out;
    }

    @Test
    void lifeExpectancyAgreesWithPheAtEveryStartAge() throws IOException {
        List<Map<String, String>> sheet = ReferenceThroughLanguageTest.csv(Files.readString(
                Path.of("src/test/transcripts/data/life_expectancy.csv")));
        Files.copy(Path.of("src/test/transcripts/data/life_expectancy.csv"), dir.resolve("le.csv"));
        List<Map<String, String>> expected = ReferenceThroughLanguageTest.csv(new String(
                getClass().getResourceAsStream("/reference/testLifeExpectancy__df1_and_widecis.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(40, sheet.size());
        int compared = 0;
        for (Map<String, String> e : expected) {
            String age = e.get("startage");
            String area = e.get("case").equals("df1") ? "A" : "B";
            Map<String, String> got = run("""
                    set suppress none
                    data le = read "le.csv"
                    breakdown bands = case
                        when age == 0 then "0"
                        when age between 1 and 4 then "1-4"
                    %s    when age >= 90 then "90+"
                    indicator x "X" {
                        numerator   sum(deaths) from le
                        denominator sum(persons) from le
                        measure     life expectancy at %s by bands
                    }
                    export x by area to "out.csv"
                    """.formatted(fives(), age)).get(area);
            double se = (Double.parseDouble(e.get("uppercl_95")) - Double.parseDouble(e.get("lowercl_95"))) / 2
                    / (area.equals("A") ? 1.96 : 1.959964);
            if (e.get("value").equals("NA")) {
                assertEquals("", got.get("value"), area + " " + age);
                assertTrue(got.get("note").contains("wider than 20 years"), got.get("note"));
            } else {
                double value = Double.parseDouble(e.get("value"));
                assertEquals(value, Double.parseDouble(got.get("value")), 1e-8, area + " " + age);
                double z = ConfidenceLevel.P95.z();
                assertEquals(value - z * se, Double.parseDouble(got.get("lower_95")), 1e-7, area + " " + age);
                assertEquals("chiang", got.get("method"));
            }
            compared++;
        }
        assertEquals(40, compared);
    }

    private static String fives() {
        StringBuilder sb = new StringBuilder();
        for (int a = 5; a < 90; a += 5) {
            sb.append("    when age between ").append(a).append(" and ").append(a + 4).append(" then \"").append(a).append('-')
                    .append(a + 4).append("\"\n");
        }
        return sb.toString();
    }

    @Test
    void internalStandardFromDeclaredDataAgreesWithAHandComputation() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "region,age,deaths,persons\nN,10,4,1000\nN,70,30,500\nS,10,9,3000\nS,70,12,200\n");
        Files.writeString(dir.resolve("country.csv"), "age,persons\n10,60000\n70,40000\n15,1000\n");
        Map<String, Map<String, String>> out = run("""
                set suppress none
                data events = read "events.csv"
                data country = read "country.csv"
                breakdown ages = case when age < 50 then "young" else "old"
                indicator m "Mortality" {
                    numerator   sum(deaths) from events
                    denominator sum(persons) from events
                    measure     rate per 1000
                    standardise direct by ages weights population of country
                }
                export m by region to "out.csv"
                """);
        double young = 61000;
        double old = 40000;
        double north = (young * 4 / 1000 + old * 30 / 500) / (young + old) * 1000;
        double south = (young * 9 / 3000 + old * 12 / 200) / (young + old) * 1000;
        assertEquals(north, Double.parseDouble(out.get("N").get("value")), 1e-9);
        assertEquals(south, Double.parseDouble(out.get("S").get("value")), 1e-9);
    }

    @Test
    void nonIndependentCrudeRateAgreesWithAHandComputation() throws IOException {
        Files.writeString(dir.resolve("episodes.csv"), "region,persons,admissions,once,twice,thrice\nX,15000,90,50,14,4\nY,9000,30,30,0,0\n");
        Map<String, Map<String, String>> out = run("""
                set suppress none
                data episodes = read "episodes.csv"
                indicator a "Admissions" {
                    numerator   sum(admissions) from episodes
                    denominator sum(persons) from episodes
                    measure     rate per 1000
                    ci          dobson-non-independent
                    frequencies once, twice, thrice
                }
                export a by region to "out.csv"
                """);
        double rate = 90.0 / 15000;
        double variance = (50 + 4 * 14 + 9 * 4) / (15000.0 * 15000.0);
        Interval o = PoissonIntervals.byar(90, ConfidenceLevel.P95);
        double spread = Math.sqrt(variance / 90);
        Map<String, String> x = out.get("X");
        assertEquals(rate * 1000, Double.parseDouble(x.get("value")), 1e-12);
        assertEquals((rate + spread * (o.lower() - 90)) * 1000, Double.parseDouble(x.get("lower_95")), 1e-9);
        assertEquals((rate + spread * (o.upper() - 90)) * 1000, Double.parseDouble(x.get("upper_95")), 1e-9);
        assertEquals("dobson-non-independent", x.get("method"));
        // with every person having one event the interval is Byar's of the crude rate
        Interval y = PoissonIntervals.byar(30, ConfidenceLevel.P95);
        assertEquals(y.lower() / 9000 * 1000, Double.parseDouble(out.get("Y").get("lower_95")), 1e-9);
    }
}
