package se.indikator.stdlib.synth;

/**
 * Writes lifetable.csv: the annual probability of dying q by sex, single year of age 0–100 and
 * calendar year 2000–2023, the population mortality the generator itself uses (q = 1 − exp(−m)
 * with the Gompertz–Makeham hazard m, 2% lower for each later year).
 */
final class LifeTableFile {

    static final String FILE = "lifetable.csv";
    static final String HEADER = "sex;age;year;q";
    static final int FIRST_YEAR = Mortality.FIRST_TABLE_YEAR;

    private final Context ctx;

    LifeTableFile(Context ctx) {
        this.ctx = ctx;
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (int s = 1; s <= 2; s++) {
                for (int a = 0; a < Demography.AGES; a++) {
                    for (int y = FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                        w.integer(s).sep().integer(a).sep().integer(y).sep()
                            .decimal(ctx.mortality.q(s, a, y), 6).endRow();
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }
}
