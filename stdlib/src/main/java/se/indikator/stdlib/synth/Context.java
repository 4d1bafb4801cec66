package se.indikator.stdlib.synth;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What every table writer needs: the seed, the number of persons and its split over regions,
 * the shared population and mortality models, the output directory and the progress sink.
 */
final class Context {

    /** First and last year of the yearly tables. */
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2023;

    final long seed;
    final long persons;
    final long[] regionPersons;
    final Demography demography;
    final Mortality mortality;
    final Path outDir;
    private final Consumer<String> progress;

    Context(long persons, long seed, Path outDir, Consumer<String> progress) {
        this.seed = seed;
        this.persons = persons;
        this.regionPersons = Region.allocate(persons);
        this.demography = new Demography();
        this.mortality = new Mortality(demography);
        this.outDir = outDir;
        this.progress = progress;
    }

    /** Persons in a region. */
    long personsIn(Region r) {
        return regionPersons[r.ordinal()];
    }

    /** Reports progress; safe to call from several threads. */
    void report(String message) {
        synchronized (this) {
            progress.accept(message);
        }
    }

    /** A random stream for a table (a small constant per table), region and year. */
    java.util.SplittableRandom rng(int table, int region, int year) {
        return Rng.stream(seed, table, region, year);
    }
}
