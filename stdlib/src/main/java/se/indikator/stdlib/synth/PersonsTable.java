package se.indikator.stdlib.synth;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes persons.csv, the microdata of the population in 2023 with deaths during the year and
 * their underlying cause. While streaming it counts the population by cell for population.csv
 * and keeps the 2023 deaths in the deaths.csv format, so those tables agree with it exactly.
 */
final class PersonsTable {

    static final String FILE = "persons.csv";
    static final String HEADER = "id;year;region_code;region;sex;age;education;birth_country;died;cause";
    static final int TABLE = 1;

    private final Context ctx;
    private final int[] cells = new int[PopulationCells.SIZE];
    private final ByteArrayOutputStream deathBytes = new ByteArrayOutputStream();
    private long deaths;

    PersonsTable(Context ctx) {
        this.ctx = ctx;
    }

    /** Writes the file and returns its summary. */
    FileSummary write() {
        Path file = ctx.outDir.resolve(FILE);
        AgeDistribution ages = new AgeDistribution(0, 100, a -> 1.0);
        Person p = new Person();
        Mortality mort = ctx.mortality;
        CsvWriter deathRows = new CsvWriter(deathBytes);
        long id = 0;
        try (CsvWriter w = CsvWriter.open(file)) {
            w.header(HEADER);
            for (Region r : Region.all()) {
                SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), Mortality.BASE_YEAR);
                long n = ctx.personsIn(r);
                for (long i = 0; i < n; i++) {
                    id++;
                    ctx.demography.draw(rng, r, ages, p);
                    BirthGroup g = p.group();
                    double ha = mort.amenableHazard(r, p.sex, p.age, p.education, g, 1.0);
                    double ho = mort.otherHazard(r, p.sex, p.age, p.education, g, 1.0);
                    boolean died = rng.nextDouble() < -Math.expm1(-(ha + ho));
                    byte[] cause = died ? mort.cause(rng, p.sex, p.age, ha, ho) : null;
                    cells[PopulationCells.index(r, p.sex, p.age, p.education, g)]++;
                    w.integer(id).sep().integer(Mortality.BASE_YEAR).sep();
                    r.write(w);
                    w.sep().integer(p.sex).sep().integer(p.age).sep();
                    p.writeEducation(w);
                    w.sep().raw(p.country.codeBytes).sep().bool(died).sep();
                    if (died) {
                        w.raw(cause);
                        deaths++;
                        DeathsTable.writeRow(deathRows, id, Mortality.BASE_YEAR, r, p.sex, p.age, p.education, g, cause);
                    }
                    w.endRow();
                    if ((id & 0xFFFFF) == 0) {
                        ctx.report(FILE + ": " + id + " rows");
                    }
                }
            }
            deathRows.close();
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }

    /** Population counts by cell in 2023, available after {@link #write()}. */
    int[] cells() {
        return cells;
    }

    /** The 2023 deaths as deaths.csv rows (without header). */
    byte[] deathRows() {
        return deathBytes.toByteArray();
    }

    /** Number of deaths in 2023. */
    long deaths() {
        return deaths;
    }
}
