package se.indikator.runtime.exec;

/**
 * The rows of a block that a weighted pass adds: the counts and sums every pass keeps, and the weighted sums
 * ({@link Kernel.Weighted}) that survey-weighted estimates need, in the order {@link Kernel} adds them.
 */
final class WeightedRows {
    private WeightedRows() {
    }

    /**
     * A weighted pass, row by row in the order {@link Kernel} adds them: a row with a missing value or
     * weight is counted apart; the others add to the counts, the sums of the value (1 without one) and
     * the weighted sums, whose y is the value, or the flag as 1 or 0.
     */
    static void add(PassAccumulators a, boolean[] flags, RowNumber value, RowNumber weight, int base, int[] sel,
            int[] nationalCell, int[] groupCell, int n) {
        Kernel.Weighted ws = a.weighted;
        for (int j = 0; j < n; j++) {
            int off = sel[j];
            int nc = nationalCell[j];
            int c = groupCell[j];
            double v = value == null ? 1 : value.get(base + off);
            boolean absent = Double.isNaN(v);
            if (!absent && v < 0 && a.negative++ == 0) {
                a.firstNegative = base + off;
            }
            double w = absent ? 0 : weight.get(base + off);
            if (absent || Double.isNaN(w)) { // a missing value, or a missing weight, leaves the row out
                a.missing++;
                a.missingByCell[nc] += 1;
                a.missingByCell[c] += 1;
                continue;
            }
            boolean f = flags != null && flags[off];
            double y = value != null ? v : f ? 1 : 0;
            ws.add(nc, w, y);
            ws.add(c, w, y);
            a.rows[nc] += 1;
            a.sum[nc] += v;
            a.sq[nc] += v * v;
            a.rows[c] += 1;
            a.sum[c] += v;
            a.sq[c] += v * v;
            if (f) {
                a.flagged[nc] += 1;
                a.flagged[c] += 1;
            }
        }
    }
}
