package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Runs many {@link Kernel.PassInput}s at once: the passes over one data source share one loop over its
 * rows, and the sources are worked on concurrently, bounded to the cores. Each pass keeps its own filter,
 * flag, value, keys and accumulators, and its results are bit-identical to {@link Kernel#run}: the rows
 * are split into the same chunks, each pass adds its rows in the same order, and the chunks are merged
 * in chunk order.
 *
 * <p>The rows are taken in blocks of {@value #BLOCK}. Most passes are read from {@link Tally}s: the passes
 * with the same keys count the block's rows once by everything they tell apart (one table lookup per column
 * and one increment per row), and their cells are read from the counts at the end ({@link Tallies} chooses
 * them). The other passes work as follows. Passes with the same filter, group key and stratum
 * key objects (a <em>frame</em>) share the work of testing the filter and computing the keys: the frame
 * lists the block's selected rows with their cells once (and counts them, for the passes without a value
 * column), and every pass of the frame then only reads its flag and value. Keys, filters, flags and values
 * that have a range form ({@link Blocks}) are evaluated for the whole block in a tight loop, and a key is
 * computed once per block for all the frames that use it. The block's columns stay in the processor's
 * cache from one pass to the next.
 */
public final class FusedKernel {
    private FusedKernel() {
    }

    /** Rows per block. */
    static final int BLOCK = 2048;

    /** Rows between two progress reports of one worker. */
    private static final int REPORT_EVERY = 1 << 16;

    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "indikator-kernel");
        t.setDaemon(true);
        return t;
    });

    /** Runs passes over the same rows (one data source) in one loop; results in the order of the passes. */
    public static List<Kernel.Accumulated> run(List<Kernel.PassInput> passes) {
        return runAll(List.of(passes), ProgressListener.NONE, "computing").get(0);
    }

    /**
     * Runs each list of passes (all the passes of one list read the same rows) in one loop, the lists
     * concurrently on at most as many threads as there are cores (the calling thread is one of them).
     * Interrupting the calling thread stops all of them with a {@link CancellationException}.
     */
    public static List<List<Kernel.Accumulated>> runAll(List<List<Kernel.PassInput>> sources, ProgressListener progress,
            String task) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Source> plan = new ArrayList<>();
        List<Chunk> chunks = new ArrayList<>();
        long totalRows = 0;
        for (List<Kernel.PassInput> passes : sources) {
            Source s = new Source(passes);
            plan.add(s);
            if (passes.isEmpty()) {
                continue;
            }
            int rows = s.rows;
            totalRows += rows;
            int n = Kernel.chunks(rows);
            int size = (rows + n - 1) / n;
            s.parts = new Kernel.Accumulated[n][];
            for (int c = 0; c < n; c++) {
                int from = Math.min(rows, c * size);
                int to = Math.min(rows, from + size);
                chunks.add(new Chunk(s, c, from, to));
            }
        }
        chunks.sort((a, b) -> Integer.compare(b.to - b.from, a.to - a.from));
        Work work = new Work(chunks, progress, task, totalRows);
        int threads = Math.min(cores, chunks.size());
        List<Future<?>> helpers = new ArrayList<>();
        if (totalRows > 0) {
            progress.progress(task, 0, totalRows);
        }
        try {
            for (int t = 1; t < threads; t++) {
                helpers.add(HELPERS.submit(work::drain));
            }
            try {
                work.drain();
            } catch (RuntimeException | Error e) {
                work.cancelled.set(true);
                throw e;
            }
            for (Future<?> f : helpers) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    work.cancelled.set(true);
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                } catch (ExecutionException e) {
                    work.cancelled.set(true);
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error er) {
                        throw er;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (totalRows > 0) {
                progress.finished(task);
            }
        }
        List<List<Kernel.Accumulated>> out = new ArrayList<>();
        for (Source s : plan) {
            List<Kernel.Accumulated> merged = new ArrayList<>();
            for (int p = 0; p < s.passes.size(); p++) {
                Kernel.Accumulated total = s.parts[0][p];
                for (int c = 1; c < s.parts.length; c++) {
                    total = Kernel.merge(total, s.parts[c][p]);
                }
                merged.add(total);
            }
            out.add(merged);
        }
        return out;
    }

    /**
     * The frames of one source's passes, as index lists in order of first appearance: passes with the same
     * filter, group key and stratum key objects (and the same numbers of groups and strata) form one frame.
     */
    static List<List<Integer>> frames(List<Kernel.PassInput> passes) {
        Map<Object, Map<Object, Map<Object, List<Integer>>>> byFilter = new IdentityHashMap<>();
        List<List<Integer>> order = new ArrayList<>();
        for (int i = 0; i < passes.size(); i++) {
            Kernel.PassInput p = passes.get(i);
            Object f = p.filter() == null ? RowPredicate.ALL : p.filter();
            Object g = p.group() == null ? NO_KEY : p.group();
            Object s = p.stratum() == null ? NO_KEY : p.stratum();
            List<Integer> members = byFilter.computeIfAbsent(f, k -> new IdentityHashMap<>())
                    .computeIfAbsent(g, k -> new IdentityHashMap<>())
                    .computeIfAbsent(s, k -> new ArrayList<>());
            if (!members.isEmpty()) {
                Kernel.PassInput first = passes.get(members.get(0));
                if (first.groups() != p.groups() || first.strata() != p.strata()) {
                    members = new ArrayList<>();
                    order.add(members);
                }
            } else {
                order.add(members);
            }
            members.add(i);
        }
        return order;
    }

    /** One data source's passes, grouped into frames. */
    private static final class Source {
        final List<Kernel.PassInput> passes;
        final int rows;
        final List<Frame> frames = new ArrayList<>();
        /** The block keys of the frames, each computed once per block. */
        final List<Blocks.Key> blockKeys = new ArrayList<>();
        /** The block conditions (filters and flags), each tested once per block. */
        final List<Blocks.Predicate> blockPredicates = new ArrayList<>();
        /** The passes read from tallies. */
        final Tallies.Plan tallies;
        /** Each pass's flag's place among the block conditions, or -1. */
        int[] flagSlot;
        Kernel.Accumulated[][] parts;

        Source(List<Kernel.PassInput> passes) {
            this.passes = passes;
            this.rows = passes.isEmpty() ? 0 : passes.get(0).rows();
            for (int i = 0; i < passes.size(); i++) {
                if (passes.get(i).rows() != rows) {
                    throw new IllegalArgumentException("the passes of one loop must read the same rows");
                }
            }
            tallies = Tallies.plan(passes);
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < passes.size(); i++) {
                if (tallies.tallyOf()[i] < 0) {
                    rest.add(i);
                }
            }
            for (List<Integer> m : frames(rest.stream().map(passes::get).toList())) {
                Frame f = new Frame(passes, m.stream().map(rest::get).toList());
                f.groupSlot = slot(f.group);
                f.stratumSlot = slot(f.stratum);
                f.filterSlot = f.filter == RowPredicate.ALL ? -1 : predicateSlot(f.filter);
                frames.add(f);
            }
            flagSlot = new int[passes.size()];
            for (int i = 0; i < passes.size(); i++) {
                flagSlot[i] = tallies.tallyOf()[i] >= 0 ? -1 : predicateSlot(passes.get(i).flag());
            }
        }

        /** The index of a block condition among those tested once per block for all frames and passes, or -1. */
        private int predicateSlot(RowPredicate p) {
            if (!(p instanceof Blocks.Predicate bp)) {
                return -1;
            }
            for (int i = 0; i < blockPredicates.size(); i++) {
                if (blockPredicates.get(i) == bp) {
                    return i;
                }
            }
            blockPredicates.add(bp);
            return blockPredicates.size() - 1;
        }

        /** The index of a block key among the keys computed once per block for all frames, or -1. */
        private int slot(RowKey key) {
            if (!(key instanceof Blocks.Key k)) {
                return -1;
            }
            for (int i = 0; i < blockKeys.size(); i++) {
                if (blockKeys.get(i) == k) {
                    return i;
                }
            }
            blockKeys.add(k);
            return blockKeys.size() - 1;
        }
    }

    private static final Object NO_KEY = new Object();

    /** Passes sharing filter, group key and stratum key. */
    private static final class Frame {
        final RowPredicate filter;
        final RowKey group;
        final RowKey stratum;
        final int groups;
        final int strata;
        final int[] members;
        /** Whether a member has no value column: its row counts (and sums of 1) are the frame's own. */
        final boolean counts;
        /** The group and stratum keys' places among the source's block keys, or -1 (keyed row by row). */
        int groupSlot = -1;
        int stratumSlot = -1;
        /** The filter's place among the source's block conditions, or -1 (all rows, or tested row by row). */
        int filterSlot = -1;

        Frame(List<Kernel.PassInput> passes, List<Integer> members) {
            Kernel.PassInput p = passes.get(members.get(0));
            this.filter = p.filter() == null ? RowPredicate.ALL : p.filter();
            this.group = p.group();
            this.stratum = p.stratum();
            this.groups = p.groups();
            this.strata = p.strata();
            this.members = members.stream().mapToInt(Integer::intValue).toArray();
            this.counts = members.stream().anyMatch(m -> passes.get(m).value() == null);
        }
    }

    /** A contiguous range of one source's rows, worked by one thread. */
    private record Chunk(Source source, int index, int from, int to) {
    }

    /** The shared queue of chunks. */
    private static final class Work {
        final List<Chunk> chunks;
        final AtomicInteger next = new AtomicInteger();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final ProgressListener progress;
        final String task;
        final long totalRows;
        final AtomicLong done = new AtomicLong();

        Work(List<Chunk> chunks, ProgressListener progress, String task, long totalRows) {
            this.chunks = chunks;
            this.progress = progress;
            this.task = task;
            this.totalRows = totalRows;
        }

        void drain() {
            Map<Source, Scratch> scratch = new IdentityHashMap<>();
            int i;
            while ((i = next.getAndIncrement()) < chunks.size()) {
                if (cancelled.get()) {
                    throw new CancellationException("interrupted");
                }
                Chunk c = chunks.get(i);
                Kernel.Accumulated[] result = runChunk(c.source(), c.from(), c.to(), this,
                        scratch.computeIfAbsent(c.source(), Scratch::new));
                synchronized (c.source()) {
                    c.source().parts[c.index()] = result;
                }
            }
        }

        void check() {
            if (cancelled.get()) {
                throw new CancellationException("interrupted");
            }
            if (Thread.currentThread().isInterrupted()) {
                cancelled.set(true);
                throw new CancellationException("interrupted");
            }
        }

        void report(int rows) {
            long d = done.addAndGet(rows);
            progress.progress(task, d, totalRows);
        }
    }

    /** The arrays one thread works a block of one source's rows in, kept from one of its chunks to the next. */
    private static final class Scratch {
        final int[][] keys;
        final boolean[][] tested;
        final boolean[] flagged = new boolean[BLOCK];
        final double[] valued = new double[BLOCK];
        final int[] sel = new int[BLOCK];
        final int[] nationalCell = new int[BLOCK];
        final int[] groupCell = new int[BLOCK];
        final Tally.Scratch tally = new Tally.Scratch();

        Scratch(Source src) {
            keys = new int[src.blockKeys.size()][BLOCK];
            tested = new boolean[src.blockPredicates.size()][BLOCK];
        }
    }

    private static Kernel.Accumulated[] runChunk(Source src, int from, int to, Work work, Scratch scratch) {
        List<Kernel.PassInput> passes = src.passes;
        PassAccumulators[] accs = new PassAccumulators[passes.size()];
        for (int p = 0; p < accs.length; p++) {
            Kernel.PassInput in = passes.get(p);
            if (src.tallies.tallyOf()[p] >= 0) {
                continue;
            }
            accs[p] = new PassAccumulators((in.groups() + 1) * in.strata(), in.value() != null || in.weight() != null,
                    in.weight() != null);
        }
        List<Frame> frames = src.frames;
        int[][] frameCount = new int[frames.size()][];
        int[] frameOf = new int[passes.size()];
        for (int f = 0; f < frames.size(); f++) {
            Frame fr = frames.get(f);
            if (fr.counts) {
                frameCount[f] = new int[(fr.groups + 1) * fr.strata + 1];
            }
            for (int m : fr.members) {
                frameOf[m] = f;
            }
        }
        int[][] keys = scratch.keys;
        boolean[][] tested = scratch.tested;
        boolean[] flagged = scratch.flagged;
        double[] valued = scratch.valued;
        int[] sel = scratch.sel;
        int[] nationalCell = scratch.nationalCell;
        int[] groupCell = scratch.groupCell;
        List<Tally> tallies = src.tallies.tallies();
        int[][] hists = new int[tallies.size()][];
        for (int t = 0; t < hists.length; t++) {
            hists[t] = new int[tallies.get(t).size];
        }
        int sinceReport = 0;
        for (int b = from; b < to; b += BLOCK) {
            work.check();
            int e = Math.min(to, b + BLOCK);
            int len = e - b;
            for (int t = 0; t < hists.length; t++) {
                tallies.get(t).count(b, e, hists[t], scratch.tally);
            }
            for (int k = 0; k < keys.length; k++) {
                src.blockKeys.get(k).keyRange(b, e, keys[k]);
            }
            for (int k = 0; k < tested.length; k++) {
                src.blockPredicates.get(k).testRange(b, e, tested[k]);
            }
            for (int fi = 0; fi < frames.size(); fi++) {
                Frame f = frames.get(fi);
                int strata = f.strata;
                int nationalBase = f.groups * strata;
                int trash = (f.groups + 1) * strata;
                // the rows passing the filter, as offsets in the block
                int n = 0;
                if (f.filter == RowPredicate.ALL) {
                    for (int i = 0; i < len; i++) {
                        sel[i] = i;
                    }
                    n = len;
                } else if (f.filterSlot >= 0) {
                    boolean[] filtered = tested[f.filterSlot];
                    for (int i = 0; i < len; i++) {
                        sel[n] = i;
                        n += filtered[i] ? 1 : 0;
                    }
                } else {
                    RowPredicate filter = f.filter;
                    for (int i = 0; i < len; i++) {
                        if (filter.test(b + i)) {
                            sel[n++] = i;
                        }
                    }
                }
                // their strata (rows outside them are left out) and cells
                long outside = 0;
                if (f.stratum == null) {
                    java.util.Arrays.fill(nationalCell, 0, n, nationalBase);
                } else {
                    int[] sb = f.stratumSlot >= 0 ? keys[f.stratumSlot] : null;
                    RowKey stratum = f.stratum;
                    int m = 0;
                    for (int j = 0; j < n; j++) {
                        int i = sel[j];
                        int st = sb != null ? sb[i] : stratum.key(b + i);
                        if (st < 0) {
                            outside++;
                            continue;
                        }
                        sel[m] = i;
                        nationalCell[m] = nationalBase + st;
                        m++;
                    }
                    n = m;
                }
                if (f.group == null) {
                    java.util.Arrays.fill(groupCell, 0, n, trash);
                } else {
                    int[] gb = f.groupSlot >= 0 ? keys[f.groupSlot] : null;
                    RowKey group = f.group;
                    for (int j = 0; j < n; j++) {
                        int i = sel[j];
                        int g = gb != null ? gb[i] : group.key(b + i);
                        groupCell[j] = g >= 0 ? g * strata + (nationalCell[j] - nationalBase) : trash;
                    }
                }
                int[] counted = frameCount[fi];
                if (counted != null) {
                    if (strata == 1) {
                        counted[nationalBase] += n;
                        for (int j = 0; j < n; j++) {
                            counted[groupCell[j]]++;
                        }
                    } else {
                        for (int j = 0; j < n; j++) {
                            counted[nationalCell[j]]++;
                            counted[groupCell[j]]++;
                        }
                    }
                }
                for (int m : f.members) {
                    PassAccumulators a = accs[m];
                    a.outside += outside;
                    if (n == 0) {
                        continue;
                    }
                    Kernel.PassInput in = passes.get(m);
                    boolean[] flags = null;
                    if (src.flagSlot[m] >= 0) {
                        flags = tested[src.flagSlot[m]];
                    } else if (in.flag() != null) {
                        RowPredicate flag = in.flag();
                        for (int j = 0; j < n; j++) {
                            int i = sel[j];
                            flagged[i] = flag.test(b + i);
                        }
                        flags = flagged;
                    }
                    if (in.weight() != null) {
                        WeightedRows.add(a, flags, in.value(), in.weight(), b, sel, nationalCell, groupCell, n);
                    } else if (in.value() == null) {
                        if (flags != null) {
                            flags(a.flaggedCount, flags, sel, nationalCell, groupCell, n, strata == 1, nationalBase);
                        }
                    } else {
                        double[] values = null;
                        if (in.value() instanceof Blocks.Number bn) {
                            bn.getRange(b, e, valued);
                            values = valued;
                        }
                        values(a, flags, values, in.value(), b, sel, nationalCell, groupCell, n);
                    }
                }
            }
            sinceReport += len;
            if (sinceReport >= REPORT_EVERY) {
                work.report(sinceReport);
                sinceReport = 0;
            }
        }
        if (sinceReport > 0) {
            work.report(sinceReport);
        }
        Kernel.Accumulated[] out = new Kernel.Accumulated[passes.size()];
        for (int p = 0; p < out.length; p++) {
            if (accs[p] != null) {
                out[p] = accs[p].finish(passes.get(p), frameCount[frameOf[p]]);
            }
        }
        for (int t = 0; t < hists.length; t++) {
            Tally tally = tallies.get(t);
            Kernel.Accumulated[] read = tally.finish(hists[t]);
            for (int m = 0; m < read.length; m++) {
                out[tally.members[m].pass()] = read[m];
            }
        }
        return out;
    }

    /** Counts the flagged rows of a pass without a value column (the frame counts its rows). */
    private static void flags(int[] count, boolean[] flags, int[] sel, int[] nationalCell, int[] groupCell, int n,
            boolean oneStratum, int nationalBase) {
        if (oneStratum) {
            int national = 0;
            for (int j = 0; j < n; j++) {
                int f = flags[sel[j]] ? 1 : 0;
                national += f;
                count[groupCell[j]] += f;
            }
            count[nationalBase] += national;
        } else {
            for (int j = 0; j < n; j++) {
                int f = flags[sel[j]] ? 1 : 0;
                count[nationalCell[j]] += f;
                count[groupCell[j]] += f;
            }
        }
    }

    /**
     * A pass with a value column: missing values are counted apart, negative ones noted. The flags (null
     * without a flag) are indexed by offset in the block; the values too when given, else read row by row.
     */
    private static void values(PassAccumulators a, boolean[] flags, double[] values, RowNumber value, int base, int[] sel,
            int[] nationalCell, int[] groupCell, int n) {
        double[] rows = a.rows;
        double[] sum = a.sum;
        double[] sq = a.sq;
        double[] flagged = a.flagged;
        double[] missingByCell = a.missingByCell;
        long missing = a.missing;
        long negative = a.negative;
        int firstNegative = a.firstNegative;
        for (int j = 0; j < n; j++) {
            int off = sel[j];
            int nc = nationalCell[j];
            int c = groupCell[j];
            double v = values != null ? values[off] : value.get(base + off);
            if (Double.isNaN(v)) {
                missing++;
                missingByCell[nc] += 1;
                missingByCell[c] += 1;
                continue;
            }
            if (v < 0) {
                if (negative++ == 0) {
                    firstNegative = base + off;
                }
            }
            rows[nc] += 1;
            sum[nc] += v;
            sq[nc] += v * v;
            rows[c] += 1;
            sum[c] += v;
            sq[c] += v * v;
            if (flags != null && flags[off]) {
                flagged[nc] += 1;
                flagged[c] += 1;
            }
        }
        a.missing = missing;
        a.negative = negative;
        a.firstNegative = firstNegative;
    }
}
