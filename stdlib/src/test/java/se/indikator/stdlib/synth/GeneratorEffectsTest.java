package se.indikator.stdlib.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in effects are detectable in data of 200 000 persons. */
class GeneratorEffectsTest {

    static final int N = 200_000;
    static final Set<String> NORDIC = Set.of("FI", "NO", "DK", "IS");
    static final Set<String> EU = Set.of("PL", "DE", "RO", "GR", "IT", "NL", "FR", "HR", "HU", "LT", "BG", "EE");

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        Generator.generate(N, 2023, dir, m -> { });
    }

    static SynthCsv read(String f) throws IOException {
        return new SynthCsv(dir.resolve(f));
    }

    static boolean outsideEu(String country) {
        return !country.isEmpty() && !country.equals("SE") && !NORDIC.contains(country) && !EU.contains(country);
    }

    @Test
    void mortalityLevelCausesAndEducationGradient() throws IOException {
        SynthCsv p = read("persons.csv");
        int age = p.col("age");
        int edu = p.col("education");
        int died = p.col("died");
        int cause = p.col("cause");
        int sex = p.col("sex");
        long deaths = 0;
        long mid = 0;
        long midAmenable = 0;
        long suicides = 0;
        long maleSuicides = 0;
        long[] n = new long[4];
        long[] d = new long[4];
        for (String[] r : p.rows) {
            boolean dead = r[died].equals("true");
            assertEquals(dead, !r[cause].isEmpty());
            int a = Integer.parseInt(r[age]);
            if (a < 25) {
                assertEquals("", r[edu]);
            }
            if (dead) {
                deaths++;
                String c = r[cause];
                if (c.charAt(0) == 'X' && Integer.parseInt(c.substring(1, 3)) >= 60 && Integer.parseInt(c.substring(1, 3)) <= 84) {
                    suicides++;
                    maleSuicides += r[sex].equals("1") ? 1 : 0;
                }
                if (a >= 35 && a <= 79) {
                    mid++;
                    midAmenable += CauseOfDeath.isAmenable(c) ? 1 : 0;
                }
            }
            if (a >= 35 && a <= 79 && !r[edu].isEmpty()) {
                int e = Integer.parseInt(r[edu]);
                n[e]++;
                d[e] += dead ? 1 : 0;
            }
        }
        double rate = deaths / (double) N;
        assertTrue(rate > 0.007 && rate < 0.012, "death rate " + rate);
        double amenableShare = midAmenable / (double) mid;
        assertTrue(amenableShare > 0.18 && amenableShare < 0.28, "amenable share " + amenableShare);
        double suicideShare = suicides / (double) deaths;
        assertTrue(suicideShare > 0.006 && suicideShare < 0.02, "suicide share " + suicideShare);
        assertTrue(maleSuicides > 0.5 * suicides, "male suicides " + maleSuicides + " of " + suicides);
        double low = (d[1] / (double) n[1]) / (d[3] / (double) n[3]);
        double middle = (d[2] / (double) n[2]) / (d[3] / (double) n[3]);
        assertTrue(low > 1.3, "förgymnasial vs eftergymnasial " + low);
        assertTrue(middle > 1.1 && middle < low, "gymnasial vs eftergymnasial " + middle);
    }

    @Test
    void countryOfBirthMix() throws IOException {
        SynthCsv p = read("persons.csv");
        int bc = p.col("birth_country");
        int reg = p.col("region");
        Map<String, long[]> byRegion = new HashMap<>();
        long foreign = 0;
        long empty = 0;
        for (String[] r : p.rows) {
            boolean f = !r[bc].isEmpty() && !r[bc].equals("SE");
            foreign += f ? 1 : 0;
            empty += r[bc].isEmpty() ? 1 : 0;
            long[] c = byRegion.computeIfAbsent(r[reg], k -> new long[2]);
            c[0]++;
            c[1] += f ? 1 : 0;
        }
        double share = foreign / (double) N;
        assertTrue(share > 0.17 && share < 0.23, "foreign-born " + share);
        assertEquals(0.01, empty / (double) N, 0.003);
        double sthlm = byRegion.get("Stockholm")[1] / (double) byRegion.get("Stockholm")[0];
        double gotland = byRegion.get("Gotland")[1] / (double) byRegion.get("Gotland")[0];
        assertTrue(sthlm > share && gotland < share, sthlm + " " + gotland);
    }

    @Test
    void populationAndDeathsAgreeWithPersonsAndDecline() throws IOException {
        SynthCsv pop = read("population.csv");
        SynthCsv deaths = read("deaths.csv");
        long[] persons = new long[5];
        long[] dead = new long[5];
        for (String[] r : pop.rows) {
            persons[Integer.parseInt(r[0]) - 2019] += Long.parseLong(r[pop.col("persons")]);
        }
        for (String[] r : deaths.rows) {
            dead[Integer.parseInt(r[1]) - 2019]++;
        }
        assertEquals(N, persons[4]);
        long personsDied = read("persons.csv").rows.stream().filter(r -> r[8].equals("true")).count();
        assertEquals(personsDied, dead[4]);
        assertTrue(persons[0] < persons[4] && persons[0] > 0.95 * persons[4]);
        double r2019 = dead[0] / (double) persons[0];
        double r2023 = dead[4] / (double) persons[4];
        assertTrue(r2019 > r2023 * 1.04, r2019 + " vs " + r2023);
    }

    @Test
    void severeTearsMoreCommonOutsideEuAndWithInstrumentalDelivery() throws IOException {
        SynthCsv b = read("births.csv");
        long[] n = new long[4];
        long[] severe = new long[4];
        long firstVaginal = 0;
        long firstSevere = 0;
        for (String[] r : b.rows) {
            String delivery = r[b.col("delivery")];
            String tear = r[b.col("tear_degree")];
            if (delivery.equals("cesarean")) {
                assertEquals("", tear);
                continue;
            }
            boolean s = tear.equals("3") || tear.equals("4");
            String c = r[b.col("mother_birth_country")];
            int k = outsideEu(c) ? 0 : c.equals("SE") ? 1 : -1;
            if (k >= 0) {
                n[k]++;
                severe[k] += s ? 1 : 0;
            }
            int i = delivery.equals("instrumental") ? 2 : 3;
            n[i]++;
            severe[i] += s ? 1 : 0;
            if (r[b.col("parity")].equals("1")) {
                firstVaginal++;
                firstSevere += s ? 1 : 0;
            }
        }
        double outside = severe[0] / (double) n[0];
        double sweden = severe[1] / (double) n[1];
        assertTrue(outside > 1.3 * sweden, outside + " vs " + sweden);
        assertTrue(severe[2] / (double) n[2] > 2 * severe[3] / (double) n[3], "instrumental");
        double first = firstSevere / (double) firstVaginal;
        assertTrue(first > 0.03 && first < 0.07, "first births " + first);
        double births = b.rows.size() / 5.0 / N;
        assertTrue(births > 0.009 && births < 0.013, "birth rate " + births);
    }

    @Test
    void staffDensityFallsWithForeignBornShare() throws IOException {
        SynthCsv u = read("units.csv");
        int n = u.rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = SynthCsv.num(u.rows.get(i)[u.col("staff_density")]);
            y[i] = SynthCsv.num(u.rows.get(i)[u.col("foreign_born_share")]);
        }
        double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
        assertTrue(r < -0.5, "correlation " + r);
    }

    @Test
    void timelyAssessmentLowerForPersonsBornOutsideEu() throws IOException {
        SynthCsv c = read("contacts.csv");
        long[] n = new long[2];
        long[] ok = new long[2];
        for (String[] r : c.rows) {
            String bc = r[c.col("birth_country")];
            int k = outsideEu(bc) ? 0 : bc.equals("SE") ? 1 : -1;
            if (k >= 0) {
                n[k]++;
                ok[k] += r[c.col("assessed_timely")].equals("true") ? 1 : 0;
            }
        }
        double outside = ok[0] / (double) n[0];
        double sweden = ok[1] / (double) n[1];
        assertTrue(sweden - outside > 0.04, outside + " vs " + sweden);
    }

    @Test
    void waitingTimesVaryBetweenRegions() throws IOException {
        SynthCsv t = read("referrals.csv");
        Map<String, long[]> byRegion = new HashMap<>();
        for (String[] r : t.rows) {
            String op = r[t.col("operation_date")];
            assertEquals(!op.isEmpty(), r[t.col("operated")].equals("true"));
            if (op.isEmpty() || !r[1].equals("2019")) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(LocalDate.parse(r[t.col("decision_date")]), LocalDate.parse(op));
            assertTrue(days >= 1);
            long[] c = byRegion.computeIfAbsent(r[t.col("region")], k -> new long[2]);
            c[0]++;
            c[1] += days <= 90 ? 1 : 0;
        }
        double sthlm = byRegion.get("Stockholm")[1] / (double) byRegion.get("Stockholm")[0];
        double vg = byRegion.get("Västra Götaland")[1] / (double) byRegion.get("Västra Götaland")[0];
        assertTrue(sthlm > 0.75 && vg < 0.75 && vg > 0.55, sthlm + " " + vg);
    }

    @Test
    void registerSharesAreRealistic() throws IOException {
        SynthCsv dm = read("diabetes.csv");
        long inactive = dm.rows.stream().filter(r -> r[dm.col("physically_inactive")].equals("true")).count();
        double share = inactive / (double) dm.rows.size();
        assertTrue(share > 0.15 && share < 0.27, "inactive " + share);
        double mean = dm.rows.stream().mapToDouble(r -> SynthCsv.num(r[dm.col("hba1c")])).average().orElseThrow();
        assertTrue(mean > 45 && mean < 65, "hba1c " + mean);
        SynthCsv e = read("drugs_elderly.csv");
        long sed = e.rows.stream().filter(r -> r[e.col("long_term_sedatives")].equals("true")).count();
        long avoid = e.rows.stream().filter(r -> r[e.col("drugs_to_avoid")].equals("true")).count();
        assertTrue(e.rows.stream().allMatch(r -> Integer.parseInt(r[e.col("age")]) >= 75));
        assertEquals(0.08, sed / (double) e.rows.size(), 0.02);
        assertEquals(0.095, avoid / (double) e.rows.size(), 0.025);
    }

    @Test
    void cancerFollowUpIsConsistentAndSurvivalDiffersBySite() throws IOException {
        SynthCsv c = read("cancer.csv");
        LocalDate end = LocalDate.of(2023, 12, 31);
        Map<String, long[]> fiveYear = new HashMap<>();
        for (String[] r : c.rows) {
            LocalDate dx = LocalDate.parse(r[c.col("diagnosis_date")]);
            LocalDate exit = LocalDate.parse(r[c.col("exit_date")]);
            boolean dead = r[c.col("status")].equals("1");
            assertTrue(!exit.isBefore(dx) && !exit.isAfter(end));
            assertTrue(dead || exit.equals(end));
            assertTrue(dx.getYear() >= 2005 && dx.getYear() <= 2018);
            long[] s = fiveYear.computeIfAbsent(r[c.col("site")], k -> new long[2]);
            s[0]++;
            s[1] += dead && ChronoUnit.DAYS.between(dx, exit) <= 1826 ? 1 : 0;
        }
        double lung = 1 - fiveYear.get("C34")[1] / (double) fiveYear.get("C34")[0];
        double breast = 1 - fiveYear.get("C50")[1] / (double) fiveYear.get("C50")[0];
        assertTrue(lung < 0.3 && breast > 0.7, lung + " " + breast);
    }
}
