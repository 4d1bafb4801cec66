package se.indikator.stdlib.synth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes contacts.csv: primary-care contacts 2019–2023 (one per four persons in all), each at
 * a unit of the person's region chosen by list size. The person's country of birth follows the
 * unit's foreign-born share, and the chance of timely assessment falls with low staff density
 * and many patients per doctor, so persons born outside the EU, who mostly use such units, are
 * assessed in time less often; a small individual effect remains (smaller with interpreter
 * access).
 */
final class ContactsTable {

    static final String FILE = "contacts.csv";
    static final String HEADER = "id;year;unit_id;region_code;region;sex;age;birth_country;assessed_timely";
    static final int TABLE = 11;

    /** Contacts per person and year. */
    static final double RATE = 0.05;
    static final double INTERCEPT = 1.5;
    /** Log-odds per staff member per 10 000 listed above 25. */
    static final double STAFF_EFFECT = 0.06;
    /** Log-odds per listed patient per doctor above 1 500. */
    static final double LOAD_EFFECT = -0.0012;
    /** Individual log-odds for persons born outside the EU, halved with interpreter access. */
    static final double OUTSIDE_EU_EFFECT = -0.15;

    /** National foreign-born share among adults, the level the units' shares refer to. */
    static final double ADULT_FOREIGN_SHARE = 0.22;

    private final Context ctx;
    private final List<PrimaryCareUnit> units;

    ContactsTable(Context ctx, List<PrimaryCareUnit> units) {
        this.ctx = ctx;
        this.units = units;
    }

    /** Probability of timely assessment at a unit for a person. */
    static double timely(PrimaryCareUnit u, boolean outsideEu, int age, int year) {
        double logit = INTERCEPT + STAFF_EFFECT * (u.staffDensity() - 25) + LOAD_EFFECT * (u.patientsPerDoctor() - 1500)
            + (outsideEu ? OUTSIDE_EU_EFFECT * (u.interpreter() ? 0.5 : 1.0) : 0.0)
            + (age >= 75 ? 0.2 : 0.0) - 0.05 * (year - Context.FIRST_YEAR);
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    /**
     * Chance that a contact at the unit is foreign-born: the unit's (adult) share scaled by the
     * national age profile, so that children are seldom foreign-born.
     */
    static double foreignChance(PrimaryCareUnit u, int age) {
        return Math.min(0.95, u.foreignBornShare() * Demography.nationalForeignShare(age) / ADULT_FOREIGN_SHARE);
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        AgeDistribution ages = new AgeDistribution(0, 100,
            a -> a < 5 ? 2.0 : a < 18 ? 0.9 : a < 65 ? 1.0 : a < 80 ? 1.4 : 1.8);
        long id = 0;
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = Context.FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                for (Region r : Region.all()) {
                    List<PrimaryCareUnit> local = new ArrayList<>();
                    for (PrimaryCareUnit u : units) {
                        if (u.region() == r) {
                            local.add(u);
                        }
                    }
                    byte[][] ids = new byte[local.size()][];
                    double[] cum = new double[local.size()];
                    double s = 0;
                    for (int i = 0; i < local.size(); i++) {
                        ids[i] = local.get(i).id().getBytes(StandardCharsets.UTF_8);
                        s += local.get(i).listed();
                        cum[i] = s;
                    }
                    SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), y);
                    long n = Math.round(ctx.personsIn(r) * RATE);
                    for (long k = 0; k < n; k++) {
                        int ui = pick(cum, rng.nextDouble() * s);
                        PrimaryCareUnit u = local.get(ui);
                        int age = ages.sample(rng);
                        int sex = rng.nextDouble() < Demography.menShare(age) * 0.88 ? 1 : 2;
                        BirthCountry c = rng.nextDouble() < Demography.UNKNOWN_COUNTRY ? BirthCountry.UNKNOWN
                            : rng.nextDouble() < foreignChance(u, age) ? ctx.demography.foreignCountry(rng, age)
                            : BirthCountry.SE;
                        boolean ok = rng.nextDouble() < timely(u, c.group == BirthGroup.OUTSIDE_EU, age, y);
                        w.integer(++id).sep().integer(y).sep().raw(ids[ui]).sep();
                        r.write(w);
                        w.sep().integer(sex).sep().integer(age).sep().raw(c.codeBytes).sep().bool(ok).endRow();
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }

    private static int pick(double[] cum, double u) {
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
