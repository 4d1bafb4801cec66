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

    /**
     * What one pass reads: the rows, the filter, an optional flag and value, the keys, and an optional
     * weight (survey weights: the pass then also accumulates {@link Weighted} sums).
     */
    public record PassInput(int rows, RowPredicate filter, RowPredicate flag, RowNumber value, RowKey group,
            int groups, RowKey stratum, int strata, RowNumber weight) {

        /** An unweighted pass. */
        public PassInput(int rows, RowPredicate filter, RowPredicate flag, RowNumber value, RowKey group, int groups,
                RowKey stratum, int strata) {
            this(rows, filter, flag, value, group, groups, stratum, strata, null);
        }
    }

    /**
     * The weighted sums of a weighted pass per cell, with y the value (or 1 for a flagged row and 0
     * otherwise, when the pass has no value): Σw, Σw², Σw·y, Σw²·y, Σw²·y².
     */
    public record Weighted(double[] sumW, double[] sumW2, double[] sumWY, double[] sumW2Y, double[] sumW2Y2) {

        static Weighted of(int cells) {
            return new Weighted(new double[cells], new double[cells], new double[cells], new double[cells],
                    new double[cells]);
        }

        /** Adds one row of weight w and outcome y to a cell. */
        void add(int c, double w, double y) {
            double ww = w * w;
            sumW[c] += w;
            sumW2[c] += ww;
            sumWY[c] += w * y;
            sumW2Y[c] += ww * y;
            sumW2Y2[c] += ww * y * y;
        }

        Weighted plus(Weighted o) {
            return new Weighted(Kernel.add(sumW, o.sumW), Kernel.add(sumW2, o.sumW2), Kernel.add(sumWY, o.sumWY), Kernel.add(sumW2Y, o.sumW2Y),
                    Kernel.add(sumW2Y2, o.sumW2Y2));
        }

        Weighted firstCells(int cells) {
            return new Weighted(java.util.Arrays.copyOf(sumW, cells), java.util.Arrays.copyOf(sumW2, cells),
                    java.util.Arrays.copyOf(sumWY, cells), java.util.Arrays.copyOf(sumW2Y, cells),
                    java.util.Arrays.copyOf(sumW2Y2, cells));
        }
    }

    /** What one pass produced; arrays are indexed by cell. */
    public record Accumulated(int groups, int strata, double[] rows, double[] flagged, double[] sum, double[] sumSquares,
            double[] missing, long missingValues, long negativeValues, int firstNegativeRow, long outsideStrata,
            Weighted weighted) {

        /** What an unweighted pass produced. */
        public Accumulated(int groups, int strata, double[] rows, double[] flagged, double[] sum, double[] sumSquares,
                double[] missing, long missingValues, long negativeValues, int firstNegativeRow, long outsideStrata) {
            this(groups, strata, rows, flagged, sum, sumSquares, missing, missingValues, negativeValues, firstNegativeRow,
                    outsideStrata, null);
        }

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

    /** Rows below which a pass stays on one thread. */
    static final int PARALLEL_THRESHOLD = 1 << 20;

    /** Rows of a chunk of a source with more rows than {@link #PARALLEL_THRESHOLD}. */
    static final int CHUNK_ROWS = 1 << 18;

    /**
     * How many contiguous chunks of equal size (the last shorter) a source's rows are split into: one below
     * {@link #PARALLEL_THRESHOLD}, else chunks of {@link #CHUNK_ROWS}. It depends on the rows alone, not on the
     * machine, so sums are added in the same order everywhere; and with many more chunks than cores, a core
     * that another program holds for a while takes fewer of them instead of holding up the rest.
     */
    static int chunks(int rows) {
        return rows < PARALLEL_THRESHOLD ? 1 : (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
    }

    /**
     * Runs the pass, splitting the rows into {@link #chunks} when there are many; the chunks' arrays are added
     * in chunk order, so results do not depend on timing (counts and sums of whole numbers are exact in doubles).
     */
    public static Accumulated run(PassInput in) {
        int chunks = chunks(in.rows());
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
                a.outsideStrata() + b.outsideStrata(), a.weighted() == null ? null : a.weighted().plus(b.weighted()));
    }

    static double[] add(double[] x, double[] y) {
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
        RowNumber weight = in.weight();
        Weighted weighted = weight == null ? null : Weighted.of(cells);
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
            boolean absent = false;
            if (value != null) {
                v = value.get(r);
                absent = Double.isNaN(v);
                if (!absent && v < 0 && negative++ == 0) {
                    firstNegative = r;
                }
            }
            double w = weight == null || absent ? 0 : weight.get(r);
            if (absent || Double.isNaN(w)) { // a missing value, or a missing weight, leaves the row out
                missing++;
                missingByCell[nationalBase + s] += 1;
                int gm = group == null ? -1 : group.key(r);
                if (gm >= 0) {
                    missingByCell[gm * strata + s] += 1;
                }
                continue;
            }
            boolean f = flag != null && flag.test(r);
            int g = group == null ? -1 : group.key(r);
            int nc = nationalBase + s;
            if (weighted != null) {
                double y = value != null ? v : f ? 1 : 0;
                weighted.add(nc, w, y);
                if (g >= 0) {
                    weighted.add(g * strata + s, w, y);
                }
            }
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
                outside, weighted);
    }
}
