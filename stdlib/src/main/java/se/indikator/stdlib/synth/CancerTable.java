package se.indikator.stdlib.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes cancer.csv: cancer diagnoses 2005–2018 (0.55% of the population a year) followed up
 * to 2023-12-31. Each patient dies of the earlier of two independent causes: background
 * mortality from the life table (lifetable.csv) and a site-specific excess hazard
 * λ·e^(−0.3t) that gives the 5-year relative survival of the site at age 65 with
 * post-secondary education, is higher with age (2% per year), with lower education and for
 * earlier diagnosis years (2% a year).
 */
final class CancerTable {

    static final String FILE = "cancer.csv";
    static final String HEADER =
        "id;region_code;region;sex;age_at_diagnosis;site;diagnosis_date;exit_date;status;education;birth_country";
    static final int TABLE = 8;
    static final int FIRST_YEAR = 2005;
    static final int LAST_YEAR = 2018;
    static final double INCIDENCE = 0.0055;
    /** Decay of the excess hazard per year since diagnosis. */
    static final double DECAY = 0.3;
    /** Excess hazard ratios by education: unknown, förgymnasial, gymnasial, eftergymnasial. */
    static final double[] EDUCATION_EXCESS = {1.1, 1.15, 1.05, 1.0};

    static final String[] SITES =
        {"C61", "C50", "C44", "C18", "C20", "C34", "C43", "C67", "C64", "C25", "C16", "C54", "C56", "C71", "C85", "C73"};
    private static final double[] MEN =
        {30, 0.3, 12, 8, 4, 7, 8, 6, 3, 3, 2, 0, 0, 2, 3, 0.7};
    private static final double[] WOMEN =
        {0, 30, 10, 9, 3, 9, 8, 2, 2, 3, 1.5, 6, 3, 1.5, 2.5, 2};
    /** Five-year relative survival at age 65, post-secondary education, diagnosed 2005. */
    static final double[] RELATIVE_SURVIVAL_5Y =
        {0.94, 0.91, 0.97, 0.66, 0.68, 0.24, 0.93, 0.78, 0.75, 0.10, 0.30, 0.85, 0.48, 0.30, 0.72, 0.92};
    /** Log-slope of incidence by age. */
    private static final double[] AGE_SLOPE =
        {0.09, 0.04, 0.10, 0.07, 0.07, 0.08, 0.035, 0.08, 0.07, 0.08, 0.07, 0.06, 0.05, 0.03, 0.06, 0.02};

    private final Context ctx;
    private final byte[][] siteBytes = new byte[SITES.length][];
    private final AgeDistribution[] ages = new AgeDistribution[SITES.length];
    private final double[][] siteCumulative = new double[2][SITES.length];

    CancerTable(Context ctx) {
        this.ctx = ctx;
        for (int i = 0; i < SITES.length; i++) {
            siteBytes[i] = SITES[i].getBytes(StandardCharsets.US_ASCII);
            double k = AGE_SLOPE[i];
            ages[i] = new AgeDistribution(15, 100, a -> Math.exp(k * (Math.min(a, 85) - 65)));
        }
        for (int s = 0; s < 2; s++) {
            double[] wt = s == 0 ? MEN : WOMEN;
            double sum = 0;
            for (double v : wt) {
                sum += v;
            }
            double c = 0;
            for (int i = 0; i < SITES.length; i++) {
                c += wt[i] / sum;
                siteCumulative[s][i] = c;
            }
        }
    }

    /** The excess hazard at diagnosis (t = 0) of a site at age 65, post-secondary education, 2005. */
    static double lambda(int site) {
        return -Math.log(RELATIVE_SURVIVAL_5Y[site]) * DECAY / (1.0 - Math.exp(-5 * DECAY));
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        long end = LocalDate.of(Context.LAST_YEAR, 12, 31).toEpochDay();
        Person p = new Person();
        long id = 0;
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                long first = LocalDate.of(y, 1, 1).toEpochDay();
                int days = LocalDate.of(y, 1, 1).lengthOfYear();
                for (Region r : Region.all()) {
                    SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), y);
                    long n = Math.round(ctx.personsIn(r) * INCIDENCE * (1.0 + 0.01 * (y - 2011)));
                    for (long i = 0; i < n; i++) {
                        int sex = rng.nextDouble() < 0.53 ? 1 : 2;
                        int site = site(rng, sex);
                        ctx.demography.fill(rng, r, ages[site].sample(rng), p);
                        p.sex = sex;
                        long diagnosis = first + rng.nextInt(days);
                        double t = Math.min(excessTime(rng, site, p, y), backgroundTime(rng, sex, p.age, y, end - diagnosis));
                        long death = Double.isInfinite(t) ? Long.MAX_VALUE : diagnosis + (long) Math.floor(t * 365.25);
                        boolean died = death <= end;
                        w.integer(++id).sep();
                        r.write(w);
                        w.sep().integer(sex).sep().integer(p.age).sep().raw(siteBytes[site]).sep()
                            .date(diagnosis).sep().date(died ? death : end).sep().integer(died ? 1 : 0).sep();
                        p.writeEducation(w);
                        w.sep().raw(p.country.codeBytes).endRow();
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }

    private int site(SplittableRandom rng, int sex) {
        double u = rng.nextDouble();
        double[] c = siteCumulative[sex - 1];
        for (int i = 0; i < c.length - 1; i++) {
            if (u < c[i]) {
                return i;
            }
        }
        return c.length - 1;
    }

    /** Years to death from the cancer, or infinity if the patient is cured. */
    private static double excessTime(SplittableRandom rng, int site, Person p, int year) {
        double lam = lambda(site) * Math.exp(0.02 * (p.age - 65)) * EDUCATION_EXCESS[p.education]
            * Math.pow(0.98, year - FIRST_YEAR);
        double e = -Math.log(1.0 - rng.nextDouble());
        double cap = lam / DECAY;
        if (e >= cap) {
            return Double.POSITIVE_INFINITY;
        }
        return -Math.log(1.0 - e / cap) / DECAY;
    }

    /** Years to death from other causes by the life table, or infinity beyond the follow-up. */
    private double backgroundTime(SplittableRandom rng, int sex, int age, int year, long followUpDays) {
        double followUp = followUpDays / 365.25;
        for (int k = 0; k <= followUp; k++) {
            int a = Math.min(100, age + k);
            int y = Math.min(Context.LAST_YEAR, year + k);
            if (rng.nextDouble() < ctx.mortality.q(sex, a, y)) {
                return k + rng.nextDouble();
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
