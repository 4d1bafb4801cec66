package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.session.Session;
import se.indikator.stdlib.codes.CauseLists;
import se.indikator.stdlib.synth.Generator;

/**
 * The national reference of every row, checked against an independent computation from the register files:
 * on generated registers (fixed seed), the library's indicators by region in one year, by region and sex, by
 * region and year, by sex in one region and by education and sex. The reference of each row is computed here
 * by hand — the rows of the CSV files the row's reference population covers, counted in plain Java — and every
 * {@code national}, {@code deviation_pct} and {@code vs_national} of the exported tables must agree with it
 * (values to 1e-9 relative; the comparison from the table's own 95% limits against the hand-computed
 * reference). The standardised indicator's reference is the ESP 2013 directly standardised rate, the weights
 * taken from the published standard, not from the program.
 */
class ReferenceRuleTest {
    static final double TOLERANCE = 1e-9;
    /** ESP 2013 weights of the bands 0–4 … 85–89, 90+ (Eurostat 2013). */
    static final double[] ESP2013 = {5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500,
        5000, 4000, 2500, 1500, 1000};

    @TempDir
    static Path dir;
    static Path registers;
    static Map<String, List<Map<String, String>>> files = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        registers = dir.resolve("registers");
        Generator.generate(60_000, 20_261_206L, registers, m -> { });
        for (String f : List.of("referrals", "diabetes", "drugs_elderly", "beds", "deaths", "population")) {
            files.put(f, read(registers.resolve(f + ".csv")));
        }
    }

    /** A register file's rows by column name (semicolons; blank cells as empty strings). */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(";", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(";", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                row.put(head[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** One of the library's indicators, written here again as plain Java over the register rows. */
    record Indicator(String name, boolean higherIsBetter, Function<Predicate<Map<String, String>>, Double> value) {
    }

    /** A cohort proportion in percent: rows of {@code file} in the cohort (and the slice), the share flagged. */
    static Function<Predicate<Map<String, String>>, Double> percent(String file, Predicate<Map<String, String>> cohort,
            Predicate<Map<String, String>> flag) {
        return slice -> {
            double n = 0;
            double x = 0;
            for (Map<String, String> r : files.get(file)) {
                if (cohort.test(r) && slice.test(r)) {
                    n++;
                    x += flag.test(r) ? 1 : 0;
                }
            }
            return x / n * 100;
        };
    }

    static final Indicator OP90 = new Indicator("op90", true, percent("referrals", r -> r.get("operated").equals("true"),
            r -> ChronoUnit.DAYS.between(LocalDate.parse(r.get("decision_date")), LocalDate.parse(r.get("operation_date"))) <= 90));
    static final Indicator INACTIVITY = new Indicator("inactivity", false, percent("diabetes", r -> true,
            r -> r.get("physically_inactive").equals("true")));
    static final Indicator SEDATIVES = new Indicator("sedatives", false, percent("drugs_elderly", r -> true,
            r -> r.get("long_term_sedatives").equals("true")));
    static final Indicator OVERCROWDING = new Indicator("overcrowding", false, slice -> {
        double x = 0;
        double n = 0;
        for (Map<String, String> r : files.get("beds")) {
            if (slice.test(r)) {
                x += Double.parseDouble(r.get("overcrowded"));
                n += Double.parseDouble(r.get("available_beds"));
            }
        }
        return x / n * 100;
    });
    /** Amenable mortality 35–79 per 100 000, directly standardised to ESP 2013 over five-year bands. */
    static final Indicator AMENABLE = new Indicator("amenable", false, slice -> {
        double[] deaths = new double[ESP2013.length];
        double[] persons = new double[ESP2013.length];
        for (Map<String, String> r : files.get("deaths")) {
            int age = Integer.parseInt(r.get("age"));
            if (slice.test(r) && age >= 35 && age <= 79 && CauseLists.AMENABLE.contains(r.get("cause"))) {
                deaths[Math.min(age / 5, 18)]++;
            }
        }
        for (Map<String, String> r : files.get("population")) {
            int age = Integer.parseInt(r.get("age"));
            if (slice.test(r) && age >= 35 && age <= 79) {
                persons[Math.min(age / 5, 18)] += Double.parseDouble(r.get("persons"));
            }
        }
        double weighted = 0;
        double weights = 0;
        for (int s = 0; s < ESP2013.length; s++) {
            if (persons[s] > 0) {
                weighted += ESP2013[s] * deaths[s] / persons[s];
                weights += ESP2013[s];
            }
        }
        return weighted / weights * 100_000;
    });

    /** The library's names of the sexes and education levels, as the breakdowns kön and utbildning give them. */
    static Predicate<Map<String, String>> category(String breakdown, String label) {
        return switch (breakdown) {
            case "kön" -> r -> r.get("sex").equals(label.equals("Kvinnor") ? "2" : "1");
            case "utbildning" -> r -> r.get("education").equals(switch (label) {
                case "Förgymnasial" -> "1";
                case "Gymnasial" -> "2";
                case "Eftergymnasial" -> "3";
                default -> "";
            });
            default -> r -> r.get(breakdown).equals(label);
        };
    }

    /** The session's exported table of {@code IND by … where …}, one map a row. */
    static List<Map<String, String>> export(String indicator, String request) throws IOException {
        Path out = dir.resolve(indicator + "_" + Math.abs(request.hashCode()) + ".csv");
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("check.ind", "set language en\nuse stdlib.jamlik from \"registers\"\nexport "
                + indicator + " " + request + " to \"" + out.getFileName() + "\"\n"));
        assertFalse(r.hasErrors(), () -> DiagnosticPrinter.formatAll(r.diagnostics()));
        return ReferenceThroughLanguageTest.csv(Files.readString(out, StandardCharsets.UTF_8));
    }

    /**
     * Checks every row of a table against its hand-computed reference: the rows the reference covers are those
     * of {@code base} with the row's categories of the kept breakdowns.
     */
    static int check(Indicator ind, String request, List<String> keys, List<String> kept, Predicate<Map<String, String>> base)
            throws IOException {
        List<Map<String, String>> table = export(ind.name(), request);
        int compared = 0;
        for (Map<String, String> row : table) {
            Predicate<Map<String, String>> slice = base;
            boolean reference = true;
            for (String k : keys) {
                String label = row.get(k);
                boolean all = label.equals("National") || label.equals("Total");
                if (!all && kept.contains(k)) {
                    slice = slice.and(category(k, label));
                }
                reference &= all || kept.contains(k);
            }
            double national = ind.value().apply(slice);
            String where = ind.name() + " " + request + " row " + row;
            close(national, Double.parseDouble(row.get("national")), "national of " + where);
            if (reference) {
                assertEquals("", row.get("vs_national"), "a reference row is not compared: " + where);
                close(national, Double.parseDouble(row.get("value")), "the reference row is the reference: " + where);
                continue;
            }
            if (row.get("value").isEmpty()) {
                assertEquals("not compared", row.get("vs_national"), where);
                continue;
            }
            double value = Double.parseDouble(row.get("value"));
            close((value - national) / national * 100, Double.parseDouble(row.get("deviation_pct")), "deviation of " + where);
            double lo = Double.parseDouble(row.get("lower_95"));
            double hi = Double.parseDouble(row.get("upper_95"));
            String expected = lo > national ? (ind.higherIsBetter() ? "better" : "worse")
                    : hi < national ? (ind.higherIsBetter() ? "worse" : "better") : "similar";
            assertEquals(expected, row.get("vs_national"), where);
            compared++;
        }
        return compared;
    }

    static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)),
                what + ": expected " + expected + ", got " + actual);
    }

    static Predicate<Map<String, String>> year(int y) {
        return r -> r.get("year").equals(Integer.toString(y));
    }

    @Test
    void byRegionInOneYearTheReferenceIsTheCountryThatYear() throws IOException {
        for (Indicator ind : List.of(OP90, INACTIVITY, OVERCROWDING, AMENABLE)) {
            int n = check(ind, "by region where year == 2022", List.of("region"), List.of(), year(2022));
            assertTrue(n >= (ind == AMENABLE ? 3 : 5), ind.name() + ": " + n + " regions compared");
        }
    }

    @Test
    void byRegionAndSexEachRegionsWomenAgainstTheCountrysWomen() throws IOException {
        for (Indicator ind : List.of(OP90, SEDATIVES, AMENABLE)) {
            int n = check(ind, "by region, kön", List.of("region", "kön"), List.of("kön"), r -> true);
            assertTrue(n >= (ind == AMENABLE ? 8 : 20), ind.name() + ": " + n + " groups compared");
        }
    }

    @Test
    void byRegionAndYearEachYearAgainstTheCountryThatYear() throws IOException {
        for (Indicator ind : List.of(INACTIVITY, OVERCROWDING)) {
            int n = check(ind, "by region, year", List.of("region", "year"), List.of("year"), r -> true);
            assertTrue(n >= 80, ind.name() + ": " + n + " groups compared");
        }
    }

    @Test
    void bySexInOneRegionAgainstTheCountrysSameSex() throws IOException {
        for (Indicator ind : List.of(OP90, INACTIVITY, SEDATIVES, AMENABLE)) {
            List<Map<String, String>> table = export(ind.name(), "by kön where region == \"Skåne\"");
            for (Map<String, String> row : table) {
                boolean national = row.get("region").equals("National");
                Predicate<Map<String, String>> slice = r -> true;
                if (!row.get("kön").equals("Total")) {
                    slice = category("kön", row.get("kön"));
                }
                close(ind.value().apply(slice), Double.parseDouble(row.get("national")), ind.name() + " " + row);
                if (national) {
                    assertEquals("", row.get("vs_national"), "a reference row is not compared: " + row);
                    continue;
                }
                assertFalse(row.get("vs_national").isEmpty(), "every row of Skåne is compared, the total too: " + row);
                if (row.get("value").isEmpty()) {
                    continue;
                }
                double reference = ind.value().apply(slice);
                double value = ind.value().apply(slice.and(category("region", "Skåne")));
                close(value, Double.parseDouble(row.get("value")), ind.name() + " Skåne " + row);
                close((value - reference) / reference * 100, Double.parseDouble(row.get("deviation_pct")), ind.name() + " " + row);
                double lo = Double.parseDouble(row.get("lower_95"));
                double hi = Double.parseDouble(row.get("upper_95"));
                String expected = lo > reference ? (ind.higherIsBetter() ? "better" : "worse")
                        : hi < reference ? (ind.higherIsBetter() ? "worse" : "better") : "similar";
                assertEquals(expected, row.get("vs_national"), ind.name() + " " + row);
            }
            assertEquals(6, table.size(), ind.name() + ": the country and Skåne, each in total, women and men");
        }
    }

    @Test
    void withoutAUnitEachEducationLevelAgainstAllLevelsOfTheSameSex() throws IOException {
        for (Indicator ind : List.of(INACTIVITY, SEDATIVES)) {
            int n = check(ind, "by utbildning, kön", List.of("utbildning", "kön"), List.of("kön"), r -> true);
            assertEquals(8, n, ind.name() + ": four education levels (with Uppgift saknas) × two sexes");
        }
    }

    @Test
    void theProfileAndTheTablesOfTheSameDataAgree() {
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("agree.ind", """
                set language en
                use stdlib.jamlik from "registers"
                profile region "Skåne" on op90, amenable, inactivity, sedatives, avoid by kön
                show op90, amenable, inactivity, sedatives, avoid by region, kön
                show op90, amenable, inactivity, sedatives, avoid by kön where region == "Skåne"
                """));
        assertFalse(r.hasErrors(), () -> DiagnosticPrinter.formatAll(r.diagnostics()));
        List<ResultTable> tables = new ArrayList<>();
        r.statements().forEach(st -> st.outputs().forEach(o -> {
            if (o instanceof Output.Table t) {
                tables.add(t.table());
            }
        }));
        ResultTable profile = tables.get(0);
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < profile.rows().size(); i++) {
            verdicts.put(profile.cell(i, "indicator") + " " + profile.cell(i, "kön"), (String) profile.cell(i, "vs_national"));
        }
        assertEquals(10, verdicts.size());
        int checked = 0;
        for (ResultTable t : tables.subList(1, tables.size())) {
            String ind = t.title().substring(0, t.title().indexOf(' '));
            for (int i = 0; i < t.rows().size(); i++) {
                if (!"Skåne".equals(t.cell(i, "region")) || "Total".equals(t.cell(i, "kön"))) {
                    continue;
                }
                String key = ind + " " + t.cell(i, "kön");
                assertEquals(verdicts.get(key), t.cell(i, "vs_national"), key + " in " + t.title());
                checked++;
            }
        }
        assertEquals(20, checked, "each indicator and sex in both tables");
        assertTrue(verdicts.values().stream().anyMatch(v -> !v.equals("similar") && !v.equals("not compared")),
                "at least one verdict is a difference, so that agreement means something: " + verdicts);
    }
}
