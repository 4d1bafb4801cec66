package se.indikator.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.progress.ProgressListener;

/** The fused kernel gives exactly (bit for bit) what separate {@link Kernel#run} passes give. */
class FusedKernelTest {

    /** Columns of a random table: values with fractions so that the order of additions shows. */
    private static final class Table {
        final int rows;
        final int[] region;
        final int[] age;
        final boolean[] died;
        final double[] cost;
        final double[] count;

        Table(int rows, long seed) {
            this.rows = rows;
            Random rnd = new Random(seed);
            region = new int[rows];
            age = new int[rows];
            died = new boolean[rows];
            cost = new double[rows];
            count = new double[rows];
            for (int r = 0; r < rows; r++) {
                region[r] = rnd.nextInt(23) - 1; // -1: no region
                age[r] = rnd.nextInt(110) - 5; // below 0: outside the strata
                died[r] = rnd.nextDouble() < 0.1;
                cost[r] = rnd.nextDouble() < 0.02 ? Double.NaN : rnd.nextGaussian() * 1000 + 300.123456789;
                count[r] = rnd.nextDouble() < 0.001 ? -1 : rnd.nextDouble() < 0.01 ? Double.NaN : rnd.nextInt(5);
            }
        }
    }

    private static List<Kernel.PassInput> passes(Table t) {
        RowKey region = r -> t.region[r] < 0 ? -1 : t.region[r];
        RowKey band = r -> t.age[r] < 0 ? -1 : Math.min(t.age[r] / 5, 18);
        RowKey regionBand = r -> {
            int g = region.key(r);
            return g < 0 ? -1 : g * 2 + (t.age[r] >= 65 ? 1 : 0);
        };
        RowPredicate adults = r -> t.age[r] >= 18;
        RowPredicate died = r -> t.died[r];
        RowPredicate old = r -> t.age[r] >= 80;
        RowNumber cost = r -> t.cost[r];
        RowNumber count = r -> t.count[r];
        List<Kernel.PassInput> p = new ArrayList<>();
        // a frame of four passes: same filter (all), group (region) and strata (bands)
        p.add(new Kernel.PassInput(t.rows, RowPredicate.ALL, died, null, region, 22, band, 19));
        p.add(new Kernel.PassInput(t.rows, RowPredicate.ALL, old, null, region, 22, band, 19));
        p.add(new Kernel.PassInput(t.rows, RowPredicate.ALL, null, count, region, 22, band, 19));
        p.add(new Kernel.PassInput(t.rows, RowPredicate.ALL, died, cost, region, 22, band, 19));
        // no strata; a filter; a value
        p.add(new Kernel.PassInput(t.rows, adults, died, cost, region, 22, null, 1));
        p.add(new Kernel.PassInput(t.rows, adults, null, null, region, 22, null, 1));
        // the same key object with another number of groups: a frame of its own
        p.add(new Kernel.PassInput(t.rows, adults, old, null, region, 30, null, 1));
        // national only
        p.add(new Kernel.PassInput(t.rows, RowPredicate.ALL, died, null, null, 0, null, 1));
        p.add(new Kernel.PassInput(t.rows, old, null, count, null, 0, band, 19));
        // two breakdowns combined
        p.add(new Kernel.PassInput(t.rows, adults, died, cost, regionBand, 44, band, 19));
        // survey weights (some missing): a weighted proportion in the first frame, a weighted mean with a filter
        RowNumber weight = r -> Double.isNaN(t.cost[r]) ? 1.5 : t.count[r] < 0 ? Double.NaN : 0.5 + (t.age[r] & 7) * 0.37;
        p.add(new Kernel.PassInput(t.rows, RowPredicate.ALL, died, null, region, 22, band, 19, weight));
        p.add(new Kernel.PassInput(t.rows, adults, died, cost, region, 22, null, 1, weight));
        return p;
    }

    /** Requires two accumulations to be the same, cell for cell and bit for bit. */
    static void assertSame(Kernel.Accumulated want, Kernel.Accumulated got, String what) {
        assertEquals(want.groups(), got.groups(), what);
        assertEquals(want.strata(), got.strata(), what);
        assertArrayEquals(want.rows(), got.rows(), what + " rows");
        assertArrayEquals(want.flagged(), got.flagged(), what + " flagged");
        assertArrayEquals(want.sum(), got.sum(), what + " sum");
        assertArrayEquals(want.sumSquares(), got.sumSquares(), what + " sum of squares");
        assertArrayEquals(want.missing(), got.missing(), what + " missing by cell");
        assertEquals(want.missingValues(), got.missingValues(), what + " missing");
        assertEquals(want.negativeValues(), got.negativeValues(), what + " negative");
        assertEquals(want.firstNegativeRow(), got.firstNegativeRow(), what + " first negative");
        assertEquals(want.outsideStrata(), got.outsideStrata(), what + " outside strata");
        assertEquals(want.weighted() == null, got.weighted() == null, what + " weighted");
        if (want.weighted() != null) {
            assertArrayEquals(want.weighted().sumW(), got.weighted().sumW(), what + " Σw");
            assertArrayEquals(want.weighted().sumW2(), got.weighted().sumW2(), what + " Σw²");
            assertArrayEquals(want.weighted().sumWY(), got.weighted().sumWY(), what + " Σwy");
            assertArrayEquals(want.weighted().sumW2Y(), got.weighted().sumW2Y(), what + " Σw²y");
            assertArrayEquals(want.weighted().sumW2Y2(), got.weighted().sumW2Y2(), what + " Σw²y²");
        }
    }

    private static void check(Table t) {
        List<Kernel.PassInput> passes = passes(t);
        List<Kernel.Accumulated> fused = FusedKernel.run(passes);
        assertEquals(passes.size(), fused.size());
        for (int i = 0; i < passes.size(); i++) {
            assertSame(Kernel.run(passes.get(i)), fused.get(i), "pass " + i);
        }
    }

    @Test
    void smallTableIsBitIdenticalToSeparatePasses() {
        check(new Table(10_007, 1));
    }

    @Test
    void blockBoundariesAndEmptyTables() {
        check(new Table(0, 2));
        check(new Table(1, 3));
        check(new Table(FusedKernel.BLOCK, 4));
        check(new Table(FusedKernel.BLOCK + 1, 5));
    }

    @Test
    void largeTableSplitIntoChunksIsBitIdentical() {
        // more than two chunks' worth of rows, so that the chunks and their merge are exercised on 2+ cores
        Table t = new Table(2 * Kernel.PARALLEL_THRESHOLD + 12_345, 6);
        check(t);
        List<Kernel.Accumulated> fused = FusedKernel.run(passes(t));
        assertTrue(fused.get(2).negativeValues() > 0 && fused.get(2).firstNegativeRow() >= 0, "negative values seen");
        assertTrue(fused.get(3).missingValues() > 0, "missing values seen");
        assertTrue(fused.get(0).outsideStrata() > 0, "rows outside the strata seen");
    }

    @Test
    void severalSourcesAtOnce() {
        Table a = new Table(1_500_000, 7);
        Table b = new Table(30_000, 8);
        Table c = new Table(0, 9);
        AtomicLong last = new AtomicLong();
        List<String> finished = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(String task, long done, long total) {
                assertEquals(1_530_000, total);
                last.accumulateAndGet(done, Math::max);
            }

            @Override
            public synchronized void finished(String task) {
                finished.add(task);
            }
        };
        List<List<Kernel.Accumulated>> all = FusedKernel.runAll(List.of(passes(a), passes(b), passes(c), List.of()),
                listener, "computing");
        assertEquals(4, all.size());
        assertEquals(0, all.get(3).size());
        Table[] tables = {a, b, c};
        for (int s = 0; s < 3; s++) {
            List<Kernel.PassInput> p = passes(tables[s]);
            for (int i = 0; i < p.size(); i++) {
                assertSame(Kernel.run(p.get(i)), all.get(s).get(i), "source " + s + " pass " + i);
            }
        }
        assertEquals(1_530_000, last.get());
        assertEquals(List.of("computing"), finished);
    }

    @Test
    void anInterruptedCallerStopsTheLoop() {
        Table t = new Table(100_000, 10);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> FusedKernel.run(passes(t)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anErrorInARowFunctionReachesTheCaller() {
        Table t = new Table(3 * Kernel.PARALLEL_THRESHOLD, 11);
        RowPredicate bad = r -> {
            if (r == 2 * Kernel.PARALLEL_THRESHOLD + 5) {
                throw new IllegalStateException("row function failed");
            }
            return true;
        };
        List<Kernel.PassInput> p = List.of(new Kernel.PassInput(t.rows, bad, null, null, null, 0, null, 1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FusedKernel.run(p));
        assertEquals("row function failed", e.getMessage());
    }
}
