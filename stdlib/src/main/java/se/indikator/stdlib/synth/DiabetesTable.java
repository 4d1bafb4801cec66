package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * Writes diabetes.csv, a yearly diabetes register 2019–2023 of about 5% of adults (18+,
 * prevalence rising 1.5% a year), concentrated among older persons, men, persons with low
 * education and persons born outside the EU. Physical inactivity (about 20%) and HbA1c
 * (mmol/mol, log-normal around 53) are worse with low education and for persons born outside
 * the EU.
 */
final class DiabetesTable {

    static final String FILE = "diabetes.csv";
    static final String HEADER =
        "id;year;region_code;region;sex;age;education;birth_country;physically_inactive;hba1c";
    static final int TABLE = 6;

    static final double PREVALENCE = 0.05;
    /** Prevalence ratios by education: unknown, förgymnasial, gymnasial, eftergymnasial. */
    static final double[] EDUCATION_RISK = {1.3, 1.8, 1.3, 1.0};
    /** Prevalence ratios by birth group. */
    static final double[] GROUP_RISK = {1.0, 1.1, 1.1, 2.0, 1.2};
    /** Share physically inactive by education. */
    static final double[] INACTIVE = {0.22, 0.28, 0.19, 0.13};

    private final Context ctx;

    DiabetesTable(Context ctx) {
        this.ctx = ctx;
    }

    private static double ageRisk(int a) {
        return a < 40 ? 0.15 : a < 50 ? 0.35 : a < 60 ? 0.7 : a < 70 ? 1.2 : a < 80 ? 1.6 : 1.4;
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        AgeDistribution ages = new AgeDistribution(18, 100, DiabetesTable::ageRisk);
        double adults = new AgeDistribution(18, 100, a -> 1.0).mass();
        double maxRisk = 1.8 * 2.0 * 1.3;
        Person p = new Person();
        long id = 0;
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = Context.FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                double trend = 1.0 + 0.015 * (y - 2021);
                for (Region r : Region.all()) {
                    SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), y);
                    long n = Math.round(ctx.personsIn(r) * adults * PREVALENCE * r.diabetes * trend);
                    for (long i = 0; i < n; i++) {
                        do {
                            ctx.demography.draw(rng, r, ages, p);
                        } while (rng.nextDouble() * maxRisk
                            >= EDUCATION_RISK[p.education] * GROUP_RISK[p.group().ordinal()] * (p.sex == 1 ? 1.3 : 1.0));
                        boolean outside = p.group() == BirthGroup.OUTSIDE_EU;
                        double inactiveP = INACTIVE[p.education] * (outside ? 1.3 : 1.0) * (p.age >= 75 ? 1.3 : 1.0);
                        boolean inactive = rng.nextDouble() < inactiveP;
                        double mean = 52.0 + (p.education == 1 ? 3 : p.education == 2 ? 1 : 0) + (outside ? 4 : 0)
                            + (p.age < 40 ? 6 : 0) + (inactive ? 2 : 0) - 0.3 * (y - Context.FIRST_YEAR);
                        double hba1c = Math.min(150.0, Math.max(28.0, Math.exp(Rng.normal(rng, Math.log(mean), 0.18))));
                        w.integer(++id).sep().integer(y).sep();
                        r.write(w);
                        w.sep().integer(p.sex).sep().integer(p.age).sep();
                        p.writeEducation(w);
                        w.sep().raw(p.country.codeBytes).sep().bool(inactive).sep().decimal(hba1c, 1).endRow();
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }
}
