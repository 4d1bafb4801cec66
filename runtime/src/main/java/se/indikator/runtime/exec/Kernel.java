package se.indikator.runtime.exec;

/**
 * The hot path: one pass over a data source's rows that accumulates, per (group, stratum) cell and
 * for the whole (national) total, the rows passing the filter, the rows also passing the flag
 * condition, and the sum and sum of squares of a value column. Everything is primitive arrays; no
 * row is copied or boxed.
 *
 * <p>Cell layout: {@code cell = group * strata + stratum}; the national total of each stratum is at
 * group index {@code groups}. A row whose group key is -1 counts only in the national total; a row
 * whose stratum key is -1 is counted in {@link Accumulated#outsideStrata()} and nowhere else.
 */
public final class Kernel {
    private Kernel() {
    }

    /** What one pass reads: the rows, the filter, an optional flag and value, and the keys. */
    public record PassInput(int rows, RowPredicate filter, RowPredicate flag, RowNumber value, RowKey group,
            int groups, RowKey stratum, int strata) {
    }

    /** What one pass produced; arrays are indexed by cell. */
    public record Accumulated(int groups, int strata, double[] rows, double[] flagged, double[] sum, double[] sumSquares,
            double[] missing, long missingValues, long negativeValues, int firstNegativeRow, long outsideStrata) {

        public int cell(int group, int stratum) {
            return group * strata + stratum;
        }

        /** The national group index. */
        public int national() {
            return groups;
        }

        /** Totals over strata for one group: rows, flagged, sum, sum of squares. */
        public double[] groupTotals(int group) {
            double[] t = new double[4];
            for (int s = 0; s < strata; s++) {
                int c = cell(group, s);
                t[0] += rows[c];
                t[1] += flagged[c];
                t[2] += sum[c];
                t[3] += sumSquares[c];
            }
            return t;
        }
    }

    /** Rows per chunk below which a pass stays on one thread. */
    static final int PARALLEL_THRESHOLD = 1 << 20;

    /**
     * Runs the pass, splitting the rows into one contiguous chunk per core when there are many; the
     * chunks' arrays are added in chunk order, so results do not depend on timing (counts and sums of
     * whole numbers are exact in doubles).
     */
    public static Accumulated run(PassInput in) {
        int cores = Runtime.getRuntime().availableProcessors();
        int chunks = Math.max(1, Math.min(cores, in.rows() / PARALLEL_THRESHOLD));
        if (chunks == 1) {
            return runRange(in, 0, in.rows());
        }
        int size = (in.rows() + chunks - 1) / chunks;
        java.util.List<java.util.concurrent.CompletableFuture<Accumulated>> parts = new java.util.ArrayList<>();
        for (int c = 1; c < chunks; c++) {
            int from = c * size;
            int to = Math.min(in.rows(), from + size);
            parts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> runRange(in, from, to)));
        }
        Accumulated total = runRange(in, 0, Math.min(size, in.rows()));
        for (var f : parts) {
            total = merge(total, f.join());
        }
        return total;
    }

    static Accumulated merge(Accumulated a, Accumulated b) {
        double[] rows = add(a.rows(), b.rows());
        double[] flagged = add(a.flagged(), b.flagged());
        double[] sum = add(a.sum(), b.sum());
        double[] sq = add(a.sumSquares(), b.sumSquares());
        double[] missing = add(a.missing(), b.missing());
        int firstNegative = a.firstNegativeRow() >= 0 ? a.firstNegativeRow() : b.firstNegativeRow();
        return new Accumulated(a.groups(), a.strata(), rows, flagged, sum, sq, missing,
                a.missingValues() + b.missingValues(), a.negativeValues() + b.negativeValues(), firstNegative,
                a.outsideStrata() + b.outsideStrata());
    }

    private static double[] add(double[] x, double[] y) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += y[i];
        }
        return out;
    }

    static Accumulated runRange(PassInput in, int from, int to) {
        int cells = (in.groups() + 1) * in.strata();
        double[] rows = new double[cells];
        double[] flagged = new double[cells];
        double[] sum = new double[cells];
        double[] sq = new double[cells];
        double[] missingByCell = new double[cells];
        long missing = 0;
        long negative = 0;
        int firstNegative = -1;
        long outside = 0;
        int strata = in.strata();
        int nationalBase = in.groups() * strata;
        RowPredicate filter = in.filter();
        RowPredicate flag = in.flag();
        RowNumber value = in.value();
        RowKey group = in.group();
        RowKey stratum = in.stratum();
        for (int r = from; r < to; r++) {
            if ((r & 0xFFFFF) == 0xFFFFF && Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            if (!filter.test(r)) {
                continue;
            }
            int s = stratum == null ? 0 : stratum.key(r);
            if (s < 0) {
                outside++;
                continue;
            }
            double v = 1;
            if (value != null) {
                v = value.get(r);
                if (Double.isNaN(v)) {
                    missing++;
                    missingByCell[nationalBase + s] += 1;
                    int gm = group == null ? -1 : group.key(r);
                    if (gm >= 0) {
                        missingByCell[gm * strata + s] += 1;
                    }
                    continue;
                }
                if (v < 0) {
                    if (negative++ == 0) {
                        firstNegative = r;
                    }
                }
            }
            boolean f = flag != null && flag.test(r);
            int g = group == null ? -1 : group.key(r);
            int nc = nationalBase + s;
            rows[nc] += 1;
            sum[nc] += v;
            sq[nc] += v * v;
            if (f) {
                flagged[nc] += 1;
            }
            if (g >= 0) {
                int c = g * strata + s;
                rows[c] += 1;
                sum[c] += v;
                sq[c] += v * v;
                if (f) {
                    flagged[c] += 1;
                }
            }
        }
        return new Accumulated(in.groups(), strata, rows, flagged, sum, sq, missingByCell, missing, negative, firstNegative,
                outside);
    }
}
