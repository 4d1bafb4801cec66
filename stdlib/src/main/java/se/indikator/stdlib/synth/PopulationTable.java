package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * Writes population.csv, persons by year, region, sex, single year of age, education and
 * birth group for 2019–2023. The 2023 counts are exactly those of persons.csv; earlier years
 * are derived from them with gentle change: a total growth of 0.5% a year, faster growth of
 * the foreign-born (2.5% a year) and a slow rise in education.
 */
final class PopulationTable {

    static final String FILE = "population.csv";
    static final String HEADER = "year;region_code;region;sex;age;education;birth_group;persons";
    static final int TABLE = 2;

    private final Context ctx;
    private final int[][] counts = new int[Context.LAST_YEAR - Context.FIRST_YEAR + 1][];

    PopulationTable(Context ctx, int[] cells2023) {
        this.ctx = ctx;
        counts[counts.length - 1] = cells2023;
        for (int y = Context.FIRST_YEAR; y < Context.LAST_YEAR; y++) {
            counts[y - Context.FIRST_YEAR] = derive(cells2023, y);
        }
    }

    /** Relative size of a cell in an earlier year compared with 2023. */
    static double change(int year, int education, BirthGroup g) {
        int d = Context.LAST_YEAR - year;
        double f = Math.pow(0.995, d);
        if (g == BirthGroup.NORDIC || g == BirthGroup.EU || g == BirthGroup.OUTSIDE_EU) {
            f *= Math.pow(0.975, d);
        }
        if (education == 1) {
            f *= Math.pow(1.025, d);
        } else if (education == 3) {
            f *= Math.pow(0.985, d);
        }
        return f;
    }

    private int[] derive(int[] base, int year) {
        SplittableRandom rng = ctx.rng(TABLE, 0, year);
        int[] out = new int[base.length];
        for (Region r : Region.all()) {
            for (int s = 1; s <= 2; s++) {
                for (int a = 0; a < Demography.AGES; a++) {
                    for (int e = 0; e < 4; e++) {
                        for (BirthGroup g : BirthGroup.values()) {
                            int i = PopulationCells.index(r, s, a, e, g);
                            out[i] = base[i] == 0 ? 0 : (int) Rng.roundRandom(rng, base[i] * change(year, e, g));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Counts by cell of a year 2019–2023. */
    int[] counts(int year) {
        return counts[year - Context.FIRST_YEAR];
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int y = Context.FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                int[] c = counts(y);
                for (Region r : Region.all()) {
                    for (int s = 1; s <= 2; s++) {
                        for (int a = 0; a < Demography.AGES; a++) {
                            for (int e = 0; e < 4; e++) {
                                for (BirthGroup g : BirthGroup.values()) {
                                    int n = c[PopulationCells.index(r, s, a, e, g)];
                                    if (n == 0) {
                                        continue;
                                    }
                                    w.integer(y).sep();
                                    r.write(w);
                                    w.sep().integer(s).sep().integer(a).sep();
                                    if (e > 0) {
                                        w.integer(e);
                                    }
                                    w.sep().raw(g.labelBytes).sep().integer(n).endRow();
                                }
                            }
                        }
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }
}
