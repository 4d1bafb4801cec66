package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * Writes deaths.csv, one row per death 2019–2023. Deaths of 2019–2022 are simulated from the
 * population.csv cells of each year with the mortality model (rates 2% lower for each later
 * year); the 2023 deaths are exactly the deaths of persons.csv, with the same ids and causes.
 */
final class DeathsTable {

    static final String FILE = "deaths.csv";
    static final String HEADER = "id;year;region_code;region;sex;age;education;birth_group;cause";
    static final int TABLE = 3;

    private final Context ctx;
    private final PopulationTable population;
    private final byte[] deaths2023;
    private final long deaths2023Count;

    DeathsTable(Context ctx, PopulationTable population, byte[] deaths2023, long deaths2023Count) {
        this.ctx = ctx;
        this.population = population;
        this.deaths2023 = deaths2023;
        this.deaths2023Count = deaths2023Count;
    }

    /** Writes one death row. */
    static void writeRow(CsvWriter w, long id, int year, Region r, int sex, int age, int education,
                         BirthGroup g, byte[] cause) {
        w.integer(id).sep().integer(year).sep();
        r.write(w);
        w.sep().integer(sex).sep().integer(age).sep();
        if (education > 0) {
            w.integer(education);
        }
        w.sep().raw(g.labelBytes).sep().raw(cause).endRow();
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        Mortality mort = ctx.mortality;
        long id = ctx.persons;
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = Context.FIRST_YEAR; y < Context.LAST_YEAR; y++) {
                int[] c = population.counts(y);
                double yf = Mortality.yearFactor(y);
                for (Region r : Region.all()) {
                    SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), y);
                    for (int s = 1; s <= 2; s++) {
                        for (int a = 0; a < Demography.AGES; a++) {
                            for (int e = 0; e < 4; e++) {
                                for (BirthGroup g : BirthGroup.values()) {
                                    int n = c[PopulationCells.index(r, s, a, e, g)];
                                    if (n == 0) {
                                        continue;
                                    }
                                    double ha = mort.amenableHazard(r, s, a, e, g, yf);
                                    double ho = mort.otherHazard(r, s, a, e, g, yf);
                                    int k = Rng.binomial(rng, n, -Math.expm1(-(ha + ho)));
                                    for (int i = 0; i < k; i++) {
                                        writeRow(w, ++id, y, r, s, a, e, g, mort.cause(rng, s, a, ha, ho));
                                    }
                                }
                            }
                        }
                    }
                }
            }
            w.raw(deaths2023);
            long rows = w.rows() + deaths2023Count;
            return new FileSummary(FILE, rows, w.bytes());
        }
    }
}
