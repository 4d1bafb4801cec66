package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * Writes drugs_elderly.csv: every person aged 75+ each year 2019–2023 (the group growing 3% a
 * year) with two drug-quality indicators. Long-term sedative use (about 8%, falling 5% a year)
 * and drugs to avoid in the elderly (about 9.5%, falling 6% a year) are more common among
 * women, the oldest, persons with low education, and vary by region (±15%).
 */
final class ElderlyDrugsTable {

    static final String FILE = "drugs_elderly.csv";
    static final String HEADER =
        "id;year;region_code;region;sex;age;education;birth_country;long_term_sedatives;drugs_to_avoid";
    static final int TABLE = 7;

    static final double SEDATIVES = 0.075;
    static final double AVOID = 0.095;
    /** Risk ratios by education: unknown, förgymnasial, gymnasial, eftergymnasial. */
    static final double[] EDUCATION_RISK = {1.1, 1.2, 1.0, 0.85};

    private final Context ctx;

    ElderlyDrugsTable(Context ctx) {
        this.ctx = ctx;
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        AgeDistribution ages = new AgeDistribution(75, 100, a -> 1.0);
        double share = ages.mass();
        Person p = new Person();
        long id = 0;
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = Context.FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                double sedTrend = 1.0 - 0.05 * (y - 2021);
                double avoidTrend = 1.0 - 0.06 * (y - 2021);
                for (Region r : Region.all()) {
                    SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), y);
                    long n = Math.round(ctx.personsIn(r) * share * Math.pow(1.03, y - Context.LAST_YEAR));
                    for (long i = 0; i < n; i++) {
                        ctx.demography.draw(rng, r, ages, p);
                        double edu = EDUCATION_RISK[p.education];
                        double sed = SEDATIVES * sedTrend * (p.sex == 2 ? 1.2 : 0.8) * edu * r.sedatives
                            * (1.0 + 0.015 * (p.age - 80));
                        double avoid = AVOID * avoidTrend * (p.sex == 2 ? 1.15 : 0.85) * edu * r.drugsToAvoid
                            * (1.0 + 0.02 * (p.age - 80));
                        w.integer(++id).sep().integer(y).sep();
                        r.write(w);
                        w.sep().integer(p.sex).sep().integer(p.age).sep();
                        p.writeEducation(w);
                        w.sep().raw(p.country.codeBytes).sep().bool(rng.nextDouble() < sed).sep()
                            .bool(rng.nextDouble() < avoid).endRow();
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }
}
