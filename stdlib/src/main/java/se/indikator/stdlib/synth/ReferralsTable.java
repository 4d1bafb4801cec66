package se.indikator.stdlib.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Writes referrals.csv: decisions to operate 2019–2023 (0.9% of the population a year, mostly
 * older adults) with the date of the operation. Waiting times are log-normal with a regional
 * median set so that 66–95% of a region's patients are operated within 90 days in 2019, a bit
 * fewer during the pandemic years; 4% are never operated and operations after 2023-12-31 are
 * not yet known (empty date, operated false).
 */
final class ReferralsTable {

    static final String FILE = "referrals.csv";
    static final String HEADER =
        "id;year;region_code;region;sex;age;birth_country;decision_date;operation_date;operated";
    static final int TABLE = 5;

    static final double RATE = 0.009;
    /** Standard deviation of the log waiting time. */
    static final double SIGMA = 0.8;
    /** Shift of the log waiting time by year 2019–2023 (pandemic backlog). */
    static final double[] YEAR_SHIFT = {0.0, 0.10, 0.12, 0.06, 0.0};
    static final double CANCELLED = 0.04;

    private final Context ctx;

    ReferralsTable(Context ctx) {
        this.ctx = ctx;
    }

    /** The mean log waiting time of a region in a year. */
    static double logMedian(Region r, int year) {
        double z = new NormalDistribution().inverseCumulativeProbability(r.within90);
        return Math.log(90.0) - SIGMA * z + YEAR_SHIFT[year - Context.FIRST_YEAR];
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        AgeDistribution ages = new AgeDistribution(0, 100,
            a -> a < 18 ? 0.1 : a < 90 ? 0.3 + (Math.min(a, 80) - 18) / 25.0 : 1.5);
        long end = LocalDate.of(Context.LAST_YEAR, 12, 31).toEpochDay();
        Person p = new Person();
        long id = 0;
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = Context.FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                long first = LocalDate.of(y, 1, 1).toEpochDay();
                int days = LocalDate.of(y, 1, 1).lengthOfYear();
                for (Region r : Region.all()) {
                    SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), y);
                    double mu = logMedian(r, y);
                    long n = Math.round(ctx.personsIn(r) * RATE);
                    for (long i = 0; i < n; i++) {
                        ctx.demography.draw(rng, r, ages, p);
                        long decision = first + rng.nextInt(days);
                        long wait = Math.max(1, Math.round(Math.exp(Rng.normal(rng, mu, SIGMA))));
                        boolean cancelled = rng.nextDouble() < CANCELLED;
                        long operation = decision + wait;
                        boolean operated = !cancelled && operation <= end;
                        w.integer(++id).sep().integer(y).sep();
                        r.write(w);
                        w.sep().integer(p.sex).sep().integer(p.age).sep().raw(p.country.codeBytes).sep()
                            .date(decision).sep();
                        if (operated) {
                            w.date(operation);
                        }
                        w.sep().bool(operated).endRow();
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }
}
