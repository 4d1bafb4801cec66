package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * Writes beds.csv: per region and month 2019–2023 the average number of available hospital
 * beds (about 2 per 1 000 inhabitants of the real region, fewer in summer and slowly falling)
 * and the average daily numbers of overcrowding events and of patients placed on the wrong
 * ward, 1–5 per 100 beds by region, highest in winter and rising 5% a year. This aggregate
 * table is at real-population scale and does not depend on the number of persons.
 */
final class BedsTable {

    static final String FILE = "beds.csv";
    static final String HEADER = "region_code;region;year;month;available_beds;overcrowded;wrong_ward";
    static final int TABLE = 9;

    private static final double[] BED_SEASON = {1.0, 1.0, 1.0, 0.99, 0.98, 0.93, 0.82, 0.90, 0.99, 1.0, 1.0, 0.96};
    private static final double[] CROWD_SEASON = {1.25, 1.2, 1.1, 1.0, 0.9, 0.95, 1.05, 1.0, 0.9, 0.95, 1.05, 1.2};

    private final Context ctx;

    BedsTable(Context ctx) {
        this.ctx = ctx;
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (Region r : Region.all()) {
                SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), 0);
                for (int y = Context.FIRST_YEAR; y <= Context.LAST_YEAR; y++) {
                    double trend = 1.0 + 0.05 * (y - Context.FIRST_YEAR);
                    for (int m = 1; m <= 12; m++) {
                        double beds = r.popThousands * 2.0 * r.beds * BED_SEASON[m - 1]
                            * (1.0 - 0.01 * (y - Context.FIRST_YEAR)) * Math.exp(Rng.normal(rng, 0, 0.02));
                        long available = Math.max(10, Math.round(beds));
                        long crowded = Math.round(available * r.overcrowding / 100.0 * CROWD_SEASON[m - 1] * trend
                            * Math.exp(Rng.normal(rng, 0, 0.1)));
                        long wrong = Math.round(available * r.wrongWard / 100.0 * CROWD_SEASON[m - 1] * trend
                            * Math.exp(Rng.normal(rng, 0, 0.1)));
                        r.write(w);
                        w.sep().integer(y).sep().integer(m).sep().integer(available).sep().integer(crowded).sep()
                            .integer(wrong).endRow();
                    }
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }
}
