package se.indikator.stdlib.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Generates the synthetic register tables described in docs/synthetic-data.md. The output is
 * a function of the number of persons and the seed only: every table and region draws from its
 * own random stream, so the files are byte-identical between runs whatever the thread timing.
 */
public final class Generator {

    private Generator() {
    }

    /**
     * Writes all tables into {@code outDir} (created if missing; existing files of the same
     * names are replaced).
     *
     * @param persons  number of persons in persons.csv (at least 1); all other tables scale with it
     * @param seed     the random seed
     * @param outDir   output directory
     * @param progress receives short progress messages; may be called from worker threads, one
     *                 call at a time
     * @return the row counts and sizes of the written files and the elapsed time
     */
    public static Summary generate(long persons, long seed, Path outDir, Consumer<String> progress) {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1, was " + persons);
        }
        if (persons > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("persons must be at most " + Integer.MAX_VALUE);
        }
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Context ctx = new Context(persons, seed, outDir, progress);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "synth-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<FileSummary>>> parts = new ArrayList<>();
            parts.add(pool.submit(() -> {
                PersonsTable pt = new PersonsTable(ctx);
                FileSummary p = done(ctx, pt.write());
                PopulationTable pop = new PopulationTable(ctx, pt.cells());
                FileSummary po = done(ctx, pop.write());
                FileSummary d = done(ctx, new DeathsTable(ctx, pop, pt.deathRows(), pt.deaths()).write());
                return List.of(p, po, d);
            }));
            parts.add(submit(pool, ctx, () -> new BirthsTable(ctx).write()));
            parts.add(submit(pool, ctx, () -> new ReferralsTable(ctx).write()));
            parts.add(submit(pool, ctx, () -> new DiabetesTable(ctx).write()));
            parts.add(submit(pool, ctx, () -> new ElderlyDrugsTable(ctx).write()));
            parts.add(submit(pool, ctx, () -> new CancerTable(ctx).write()));
            parts.add(submit(pool, ctx, () -> new LifeTableFile(ctx).write()));
            parts.add(submit(pool, ctx, () -> new BedsTable(ctx).write()));
            parts.add(pool.submit(() -> {
                UnitsTable units = new UnitsTable(ctx);
                FileSummary u = done(ctx, units.write());
                FileSummary c = done(ctx, new ContactsTable(ctx, units.units()).write());
                return List.of(u, c);
            }));
            List<FileSummary> files = new ArrayList<>();
            for (Future<List<FileSummary>> f : parts) {
                files.addAll(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ctx.report("done in " + Math.round(seconds * 10) / 10.0 + " s");
            return new Summary(files, seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<List<FileSummary>> submit(ExecutorService pool, Context ctx,
                                                    Callable<FileSummary> table) {
        return pool.submit(() -> List.of(done(ctx, table.call())));
    }

    private static FileSummary done(Context ctx, FileSummary s) {
        ctx.report(s.name() + ": " + s.rows() + " rows, " + s.bytes() + " bytes");
        return s;
    }
}
