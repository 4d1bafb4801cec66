package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * Rolling windows and derived indicators through the language against a hand computation on a generated register
 * of persons (year, region, sex, an event, a value): each window's counts are the sums of its years' rows, its
 * percentile the order statistic of its years' values pooled (R's type 7), a women/men ratio is the ratio of the
 * two proportions with Katz's log interval written out here, and a difference of means has the delta method's
 * interval from the arms' own intervals, and relative survival by windows of the year of diagnosis is the survival
 * of the patients diagnosed in the window's years. Counts exactly; values and limits to 1e-9 relative.
 */
class WindowsAndDerivedTest {
    @TempDir
    Path dir;

    private final List<int[]> rows = new ArrayList<>(); // year, region, sex, event
    private final List<Double> values = new ArrayList<>();

    @BeforeEach
    void register() throws IOException {
        Random r = new Random(20261206);
        StringBuilder sb = new StringBuilder("year,region,sex,event,value\n");
        for (int i = 0; i < 6000; i++) {
            int year = 2014 + r.nextInt(10);
            int region = 1 + r.nextInt(4);
            int sex = 1 + r.nextInt(2);
            int event = r.nextDouble() < 0.12 + 0.03 * region + 0.02 * sex ? 1 : 0;
            double value = Math.abs(Math.round(r.nextGaussian() * 30 + 100 + year - 2014)) / 2.0;
            rows.add(new int[] {year, region, sex, event});
            values.add(value);
            sb.append(year).append(",R").append(region).append(',').append(sex).append(',').append(event).append(',')
                    .append(value).append('\n');
        }
        Files.writeString(dir.resolve("persons.csv"), sb.toString());
    }

    @Test
    void windowsAreTheSumsOfTheirYears() throws IOException {
        Map<String, Map<String, String>> out = export("breakdown treår = year rolling 3\n"
                + "indicator share { cohort persons\n numerator event == 1\n measure percent }\n"
                + "export share by treår, region to \"out.csv\"\n", "treår", "region");
        int checked = 0;
        for (int first = 2014; first + 2 <= 2023; first++) {
            for (int region = 1; region <= 4; region++) {
                double num = 0;
                double den = 0;
                for (int[] row : rows) {
                    if (row[0] >= first && row[0] <= first + 2 && row[1] == region) {
                        den++;
                        num += row[3];
                    }
                }
                Map<String, String> got = out.get(first + "–" + (first + 2) + "|R" + region);
                assertEquals(num, Double.parseDouble(got.get("numerator")), first + " R" + region);
                assertEquals(den, Double.parseDouble(got.get("denominator")), first + " R" + region);
                close(num / den * 100, got.get("value"), "share " + first + " R" + region);
                checked++;
            }
        }
        assertEquals(8 * 4, checked);
    }

    @Test
    void aWindowsPercentileIsTheOrderStatisticOfItsYearsPooled() throws IOException {
        Map<String, Map<String, String>> out = export("breakdown treår = year rolling 4\n"
                + "indicator p90 { cohort persons\n measure percentile 90 of value }\n"
                + "export p90 by treår to \"out.csv\"\n", "treår");
        for (int first = 2014; first + 3 <= 2023; first++) {
            List<Double> pooled = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i)[0] >= first && rows.get(i)[0] <= first + 3) {
                    pooled.add(values.get(i));
                }
            }
            double[] v = pooled.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(v);
            double h = (v.length - 1) * 0.9; // R's type 7
            int lo = (int) Math.floor(h);
            double expected = v[lo] + (h - lo) * (v[Math.min(lo + 1, v.length - 1)] - v[lo]);
            close(expected, out.get(first + "–" + (first + 3)).get("value"), "p90 " + first);
        }
    }

    @Test
    void aWomenToMenRatioHasKatzsInterval() throws IOException {
        Map<String, Map<String, String>> out = export(
                "indicator share { cohort persons\n numerator event == 1\n measure proportion }\n"
                        + "indicator women_men { ratio of share where sex == 2 to share where sex == 1 }\n"
                        + "export women_men by region to \"out.csv\"\n", "region");
        for (int region = 1; region <= 4; region++) {
            double[] x = new double[3];
            double[] n = new double[3];
            for (int[] row : rows) {
                if (row[1] == region) {
                    n[row[2]]++;
                    x[row[2]] += row[3];
                }
            }
            double rr = (x[2] / n[2]) / (x[1] / n[1]);
            double se = Math.sqrt(1 / x[2] - 1 / n[2] + 1 / x[1] - 1 / n[1]);
            double z = 1.959963984540054;
            Map<String, String> got = out.get("R" + region);
            close(rr, got.get("value"), "ratio R" + region);
            close(rr * Math.exp(-z * se), got.get("lower_95"), "lower R" + region);
            close(rr * Math.exp(z * se), got.get("upper_95"), "upper R" + region);
            assertEquals("katz", got.get("method"));
            assertEquals("", got.get("numerator"), "a derived row has no counts of its own");
        }
    }

    @Test
    void aDifferenceOfMeansHasTheDeltaMethodsInterval() throws IOException {
        String decl = "indicator m { cohort persons\n measure mean of value }\n";
        Map<String, Map<String, String>> late = export(decl + "export m by region where year == 2023 to \"out.csv\"\n", "region");
        Map<String, Map<String, String>> early = export(decl + "export m by region where year == 2019 to \"out.csv\"\n", "region");
        Map<String, Map<String, String>> diff = export(decl
                + "indicator change { difference of m where year == 2023 from m where year == 2019 }\n"
                + "export change by region to \"out.csv\"\n", "region");
        double z = 1.959963984540054;
        for (int region = 1; region <= 4; region++) {
            Map<String, String> a = late.get("R" + region);
            Map<String, String> b = early.get("R" + region);
            double sa = (num(a, "upper_95") - num(a, "lower_95")) / (2 * z);
            double sb = (num(b, "upper_95") - num(b, "lower_95")) / (2 * z);
            double d = num(a, "value") - num(b, "value");
            Map<String, String> got = diff.get("R" + region);
            close(d, got.get("value"), "difference R" + region);
            close(d - z * Math.hypot(sa, sb), got.get("lower_95"), "lower R" + region);
            close(d + z * Math.hypot(sa, sb), got.get("upper_95"), "upper R" + region);
            assertEquals("delta method", got.get("method"));
        }
    }

    @Test
    void survivalByWindowsIsSurvivalOfTheWindowsYears() throws IOException {
        Path data = Path.of("src", "test", "transcripts", "data");
        Files.copy(data.resolve("cancer_years.csv"), dir.resolve("cancer.csv"));
        Files.copy(data.resolve("lifetable_small.csv"), dir.resolve("lifetable.csv"));
        String decl = "set language en\nset suppress none\ndata cancer = read \"cancer.csv\"\n"
                + "data lifetable = read \"lifetable.csv\"\nbreakdown diagnosed = dx_year rolling 3\n"
                + "indicator rs1 { cohort cancer\n measure relative survival at 1 years\n"
                + " survival entry diagnosis, time days, death died == 1, age age, sex sex, table lifetable }\n";
        Map<String, Map<String, String>> windows = run(decl + "export rs1 by diagnosed to \"out.csv\"\n", "diagnosed");
        for (int first : new int[] {2012, 2013}) {
            Map<String, Map<String, String>> alone = run(decl + "export rs1 where dx_year between " + first + " and "
                    + (first + 2) + " to \"out.csv\"\n", "value");
            Map<String, String> expected = alone.values().iterator().next();
            Map<String, String> got = windows.get(first + "–" + (first + 2));
            for (String column : List.of("denominator", "value", "lower_95", "upper_95")) {
                close(num(expected, column), got.get(column), first + " " + column);
            }
        }
    }

    private Map<String, Map<String, String>> run(String script, String key) throws IOException {
        RunResult r = new Session(dir).run(new SourceFile("survival.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map<String, String> row : ReferenceThroughLanguageTest.csv(Files.readString(dir.resolve("out.csv")))) {
            out.put(row.get(key), row);
        }
        return out;
    }

    private static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static void close(double expected, String actual, String what) {
        double a = Double.parseDouble(actual);
        assertEquals(expected, a, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    /** Runs the statements and reads the exported rows by their keys (joined by "|"). */
    private Map<String, Map<String, String>> export(String statements, String... keys) throws IOException {
        String script = "set language en\nset suppress none\ndata persons = read \"persons.csv\"\n" + statements;
        RunResult r = new Session(dir).run(new SourceFile("windows.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map<String, String> row : ReferenceThroughLanguageTest.csv(Files.readString(dir.resolve("out.csv")))) {
            List<String> k = new ArrayList<>();
            for (String key : keys) {
                k.add(row.get(key));
            }
            out.put(String.join("|", k), row);
        }
        return out;
    }
}
