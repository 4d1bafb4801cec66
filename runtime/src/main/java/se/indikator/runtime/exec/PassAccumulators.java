package se.indikator.runtime.exec;

/**
 * The mutable accumulators of one pass over one chunk. Every array has one cell more than the pass's
 * cells: rows without a group add to that last cell, which is dropped at the end (no branch per row).
 * A pass without a value column counts its flagged rows in ints (whole numbers, converted exactly at
 * the end); a pass with one adds doubles in row order, as {@link Kernel} does.
 */
final class PassAccumulators {
    final int cells;
    final double[] rows;
    final double[] flagged;
    final int[] flaggedCount;
    final double[] sum;
    final double[] sq;
    final double[] missingByCell;
    /** The weighted sums of a weighted pass, else null. */
    final Kernel.Weighted weighted;
    long missing;
    long negative;
    int firstNegative = -1;
    long outside;

    PassAccumulators(int cells, boolean valued, boolean weighted) {
        this.cells = cells;
        this.weighted = weighted ? Kernel.Weighted.of(cells + 1) : null;
        rows = valued ? new double[cells + 1] : null;
        flagged = valued ? new double[cells + 1] : null;
        flaggedCount = valued ? null : new int[cells + 1];
        sum = valued ? new double[cells + 1] : null;
        sq = valued ? new double[cells + 1] : null;
        missingByCell = new double[cells + 1];
    }

    Kernel.Accumulated finish(Kernel.PassInput in, int[] frameCount) {
        double[] missingCells = java.util.Arrays.copyOf(missingByCell, cells);
        if (in.value() == null && weighted == null) {
            // every selected row counts 1: rows, sum and sum of squares are the frame's row counts (whole
            // numbers, so the same bits as adding 1.0 per row to each)
            double[] counted = doubles(frameCount, cells);
            return new Kernel.Accumulated(in.groups(), in.strata(), counted, doubles(flaggedCount, cells),
                    counted.clone(), counted.clone(), missingCells, missing, negative, firstNegative, outside);
        }
        return new Kernel.Accumulated(in.groups(), in.strata(), java.util.Arrays.copyOf(rows, cells),
                java.util.Arrays.copyOf(flagged, cells), java.util.Arrays.copyOf(sum, cells),
                java.util.Arrays.copyOf(sq, cells), missingCells, missing, negative, firstNegative, outside,
                weighted == null ? null : weighted.firstCells(cells));
    }

    private static double[] doubles(int[] counts, int cells) {
        double[] out = new double[cells];
        for (int c = 0; c < cells; c++) {
            out[c] = counts[c];
        }
        return out;
    }
}
