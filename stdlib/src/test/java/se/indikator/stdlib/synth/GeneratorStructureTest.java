package se.indikator.stdlib.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Determinism, headers, regions and scaling at small N. */
class GeneratorStructureTest {

    static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("persons.csv", "id;year;region_code;region;sex;age;education;birth_country;died;cause");
        HEADERS.put("population.csv", "year;region_code;region;sex;age;education;birth_group;persons");
        HEADERS.put("deaths.csv", "id;year;region_code;region;sex;age;education;birth_group;cause");
        HEADERS.put("births.csv",
            "id;year;region_code;region;mother_age;parity;mother_birth_country;delivery;tear_degree;apgar5");
        HEADERS.put("referrals.csv",
            "id;year;region_code;region;sex;age;birth_country;decision_date;operation_date;operated");
        HEADERS.put("diabetes.csv",
            "id;year;region_code;region;sex;age;education;birth_country;physically_inactive;hba1c");
        HEADERS.put("drugs_elderly.csv",
            "id;year;region_code;region;sex;age;education;birth_country;long_term_sedatives;drugs_to_avoid");
        HEADERS.put("cancer.csv",
            "id;region_code;region;sex;age_at_diagnosis;site;diagnosis_date;exit_date;status;education;birth_country");
        HEADERS.put("lifetable.csv", "sex;age;year;q");
        HEADERS.put("beds.csv", "region_code;region;year;month;available_beds;overcrowded;wrong_ward");
        HEADERS.put("units.csv", "unit_id;region_code;region;unit_name;listed_patients;doctors;patients_per_doctor;"
            + "staff_density;opening_hours;distance_km;interpreter_access;foreign_born_share");
        HEADERS.put("contacts.csv", "id;year;unit_id;region_code;region;sex;age;birth_country;assessed_timely");
    }

    @TempDir
    static Path tmp;
    static Summary first;
    static Summary twice;

    @BeforeAll
    static void generate() {
        first = Generator.generate(20_000, 7, tmp.resolve("a"), m -> { });
        Generator.generate(20_000, 7, tmp.resolve("b"), m -> { });
        Generator.generate(20_000, 8, tmp.resolve("c"), m -> { });
        twice = Generator.generate(40_000, 7, tmp.resolve("d"), m -> { });
    }

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        for (String f : HEADERS.keySet()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void otherSeedGivesOtherData() throws IOException {
        for (String f : HEADERS.keySet()) {
            if (f.equals("lifetable.csv")) {
                continue; // the life table is a model quantity, not a random draw
            }
            assertFalse(Arrays.equals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
                Files.readAllBytes(tmp.resolve("c").resolve(f))), f);
        }
    }

    @Test
    void summaryListsEveryFileWithTrueCounts() throws IOException {
        List<String> names = new ArrayList<>();
        for (FileSummary s : first.files()) {
            names.add(s.name());
            Path p = tmp.resolve("a").resolve(s.name());
            assertEquals(Files.size(p), s.bytes(), s.name());
            assertEquals(Files.readAllLines(p).size() - 1, s.rows(), s.name());
        }
        assertEquals(new ArrayList<>(HEADERS.keySet()), names);
        assertTrue(first.seconds() > 0);
        assertEquals(first.files().stream().mapToLong(FileSummary::rows).sum(), first.totalRows());
    }

    @Test
    void headersAreAsDocumented() throws IOException {
        for (Map.Entry<String, String> e : HEADERS.entrySet()) {
            assertEquals(e.getValue(), new SynthCsv(tmp.resolve("a").resolve(e.getKey())).header, e.getKey());
        }
    }

    @Test
    void everyRegionalTableHasAllRegionsWithMatchingCodes() throws IOException {
        Map<String, String> codeOf = new LinkedHashMap<>();
        for (Region r : Region.all()) {
            codeOf.put(r.label, r.code);
        }
        for (String f : HEADERS.keySet()) {
            if (f.equals("lifetable.csv")) {
                continue;
            }
            SynthCsv t = new SynthCsv(tmp.resolve("a").resolve(f));
            int rc = t.col("region_code");
            int rn = t.col("region");
            Set<String> seen = new HashSet<>();
            for (String[] row : t.rows) {
                assertEquals(codeOf.get(row[rn]), row[rc], f + " " + row[rn]);
                seen.add(row[rn]);
            }
            assertEquals(codeOf.keySet(), seen, f);
        }
    }

    @Test
    void rowCountsScaleWithPersons() {
        for (int i = 0; i < first.files().size(); i++) {
            FileSummary a = first.files().get(i);
            FileSummary b = twice.files().get(i);
            switch (a.name()) {
                case "persons.csv" -> assertEquals(2 * a.rows(), b.rows());
                case "lifetable.csv", "beds.csv" -> assertEquals(a.rows(), b.rows(), a.name());
                case "population.csv" -> assertTrue(b.rows() > a.rows(), a.name());
                case "units.csv" -> assertTrue(b.rows() >= a.rows() && a.rows() >= 63, a.name());
                default -> {
                    double ratio = b.rows() / (double) a.rows();
                    assertTrue(ratio > 1.85 && ratio < 2.15, a.name() + " " + ratio);
                }
            }
        }
    }

    @Test
    void contactsAreAboutOnePerFourPersons() {
        long contacts = first.files().stream().filter(f -> f.name().equals("contacts.csv")).findFirst().orElseThrow().rows();
        assertEquals(5_000, contacts, 30);
    }

    @Test
    void rejectsNonPositivePersons() {
        assertThrows(IllegalArgumentException.class, () -> Generator.generate(0, 1, tmp.resolve("x"), m -> { }));
    }
}
