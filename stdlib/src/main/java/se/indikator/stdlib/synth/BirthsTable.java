package se.indikator.stdlib.synth;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes births.csv, one row per birth 2019–2023 (about 1.1% of the population a year, falling
 * from 2021 as in Sweden), with the mother's age, parity and country of birth, the mode of
 * delivery, the degree of perineal tear and the 5-minute Apgar score. Severe tears (III–IV)
 * are about 3.5% of spontaneous vaginal first births, 2.5 times as common with instrumental
 * delivery, rise by 4% per year of the mother's age and are more common for mothers born
 * outside the EU, most of all for mothers born in South and East Asia and the Horn of Africa.
 */
final class BirthsTable {

    static final String FILE = "births.csv";
    static final String HEADER =
        "id;year;region_code;region;mother_age;parity;mother_birth_country;delivery;tear_degree;apgar5";
    static final int TABLE = 4;

    /** Births per person and year before the year factor. */
    static final double BIRTH_RATE = 0.0105;
    /** Relative number of births 2019–2023. */
    private static final double[] YEAR_FACTOR = {1.10, 1.08, 1.09, 0.99, 0.95};
    /** Severe tear (III–IV) risk at a spontaneous vaginal first birth of a Swedish-born 30-year-old. */
    static final double SEVERE_TEAR_BASE = 0.035;
    static final double INSTRUMENTAL_TEAR_RATIO = 2.5;
    static final double MULTIPAROUS_TEAR_RATIO = 0.3;

    private static final byte[] VAGINAL = "vaginal".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INSTRUMENTAL = "instrumental".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CESAREAN = "cesarean".getBytes(StandardCharsets.US_ASCII);

    private final Context ctx;

    BirthsTable(Context ctx) {
        this.ctx = ctx;
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        long id = 0;
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = Context.FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                for (Region r : Region.all()) {
                    SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), y);
                    long n = Math.round(ctx.personsIn(r) * BIRTH_RATE * YEAR_FACTOR[y - Context.FIRST_YEAR]);
                    for (long i = 0; i < n; i++) {
                        writeBirth(w, rng, ++id, y, r);
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }

    private void writeBirth(CsvWriter w, SplittableRandom rng, long id, int year, Region r) {
        BirthCountry country = ctx.demography.country(rng, r, 30);
        boolean outsideEu = country.group == BirthGroup.OUTSIDE_EU;
        int parity = parity(rng, outsideEu);
        int age = motherAge(rng, parity, outsideEu);
        double cesarean = Math.min(0.6, 0.12 + 0.006 * (age - 30) + (parity == 1 ? 0.04 : 0) + (age >= 40 ? 0.08 : 0));
        double instrumental = parity == 1 ? 0.13 + 0.005 * (age - 30) : 0.025;
        double u = rng.nextDouble();
        int delivery = u < cesarean ? 2 : rng.nextDouble() < instrumental ? 1 : 0;
        w.integer(id).sep().integer(year).sep();
        r.write(w);
        w.sep().integer(age).sep().integer(parity).sep().raw(country.codeBytes).sep()
            .raw(delivery == 0 ? VAGINAL : delivery == 1 ? INSTRUMENTAL : CESAREAN).sep();
        if (delivery != 2) {
            w.integer(tear(rng, parity, delivery == 1, age, country));
        }
        w.sep().integer(apgar(rng, delivery, age)).endRow();
    }

    private static int parity(SplittableRandom rng, boolean outsideEu) {
        double u = rng.nextDouble();
        double[] p = outsideEu ? new double[] {0.35, 0.32, 0.18} : new double[] {0.43, 0.37, 0.14};
        if (u < p[0]) {
            return 1;
        } else if (u < p[0] + p[1]) {
            return 2;
        } else if (u < p[0] + p[1] + p[2]) {
            return 3;
        }
        int k = 4;
        while (k < 10 && rng.nextDouble() < 0.4) {
            k++;
        }
        return k;
    }

    private static int motherAge(SplittableRandom rng, int parity, boolean outsideEu) {
        double mean = 29.5 + 2.3 * (Math.min(parity, 4) - 1) - (outsideEu ? 1.0 : 0.0);
        while (true) {
            long a = Math.round(Rng.normal(rng, mean, 4.8));
            if (a >= 15 && a <= 49) {
                return (int) a;
            }
        }
    }

    /** The risk of a tear of degree III–IV at a vaginal birth. */
    static double severeTearRisk(int parity, boolean instrumental, int age, BirthCountry country) {
        double p = SEVERE_TEAR_BASE * (parity == 1 ? 1.0 : MULTIPAROUS_TEAR_RATIO)
            * (instrumental ? INSTRUMENTAL_TEAR_RATIO : 1.0) * country.tearRisk * Math.exp(0.04 * (age - 30));
        return Math.min(0.5, p);
    }

    private static int tear(SplittableRandom rng, int parity, boolean instrumental, int age, BirthCountry country) {
        if (rng.nextDouble() < severeTearRisk(parity, instrumental, age, country)) {
            return rng.nextDouble() < 0.12 ? 4 : 3;
        }
        double u = rng.nextDouble();
        double second = parity == 1 ? 0.45 : 0.30;
        return u < second ? 2 : u < second + 0.35 ? 1 : 0;
    }

    private static int apgar(SplittableRandom rng, int delivery, int age) {
        double low = 0.010 * (delivery == 2 ? 1.5 : delivery == 1 ? 1.8 : 1.0) * (age >= 40 ? 1.3 : 1.0);
        double u = rng.nextDouble();
        if (rng.nextDouble() < low) {
            return u < 0.05 ? 0 : u < 0.10 ? 1 : u < 0.17 ? 2 : u < 0.25 ? 3 : u < 0.40 ? 4 : u < 0.65 ? 5 : 6;
        }
        return u < 0.03 ? 7 : u < 0.10 ? 8 : u < 0.45 ? 9 : 10;
    }
}
