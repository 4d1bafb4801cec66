package se.indikator.stdlib.survival;

import java.util.Arrays;

/**
 * Running sums per life-table cell for one part of the cohorts (see {@link SharedCohorts}) in
 * {@link StepSweep}: the count of the part's patients now in the cell and the sum r of their
 * coefficients, added and removed as patients enter and leave cells. The sums are compensated
 * (Neumaier) so that removing what was added leaves no rounding behind.
 *
 * <p>Only cells with patients are kept, packed at positions 0 … {@link #size} − 1 in no particular
 * order (a cell that empties is replaced by the last one), with r, λ·r and λ·count ready, so that
 * a sweep reads them in one sequential pass.
 */
final class CellSums {

    private static final int STRIDE = 8;
    private static final int VALUE = 0;
    private static final int LAMBDA_VALUE = 1;
    private static final int LAMBDA_COUNT = 2;
    private static final int SUM = 3;
    private static final int COMPENSATION = 4;
    private final double[] lambda;
    private final CellsInUse used;
    private final int[] positionOf;
    private int size;
    /** Per position: r, λ·r, λ·count, the sum and its compensation, in one block. */
    private double[] data = new double[16 * STRIDE];
    private int[] cell = new int[16];
    private int[] count = new int[16];

    /** Empty sums over cells with daily hazards {@code lambda}, reporting the cells they use to {@code used}. */
    CellSums(double[] lambda, CellsInUse used) {
        this.lambda = lambda;
        this.used = used;
        this.positionOf = new int[lambda.length];
        Arrays.fill(positionOf, -1);
    }

    /** Adds a patient with coefficient {@code x} to cell {@code c}. */
    void add(int c, double x) {
        int a = positionOf[c];
        if (a < 0) {
            a = open(c);
        }
        count[a]++;
        accumulate(a, x);
    }

    /** Removes a patient with coefficient {@code x} from cell {@code c}. */
    void remove(int c, double x) {
        int a = positionOf[c];
        if (--count[a] == 0) {
            close(a);
        } else {
            accumulate(a, -x);
        }
    }

    /** The number of cells with patients. */
    int size() {
        return size;
    }

    /** The cell at position {@code a}. */
    int cellAt(int a) {
        return cell[a];
    }

    /** The coefficient sum r at position {@code a}. */
    double valueAt(int a) {
        return data[STRIDE * a + VALUE];
    }

    /** λ·r at position {@code a}. */
    double lambdaValueAt(int a) {
        return data[STRIDE * a + LAMBDA_VALUE];
    }

    /** λ times the patient count at position {@code a}. */
    double lambdaCountAt(int a) {
        return data[STRIDE * a + LAMBDA_COUNT];
    }

    private int open(int c) {
        if (size == cell.length) {
            cell = Arrays.copyOf(cell, 2 * size);
            count = Arrays.copyOf(count, 2 * size);
            data = Arrays.copyOf(data, 2 * size * STRIDE);
        }
        int a = size++;
        cell[a] = c;
        count[a] = 0;
        Arrays.fill(data, STRIDE * a, STRIDE * (a + 1), 0.0);
        positionOf[c] = a;
        used.open(c);
        return a;
    }

    private void close(int a) {
        used.close(cell[a]);
        positionOf[cell[a]] = -1;
        int last = --size;
        if (a != last) {
            cell[a] = cell[last];
            count[a] = count[last];
            System.arraycopy(data, STRIDE * last, data, STRIDE * a, STRIDE);
            positionOf[cell[a]] = a;
        }
    }

    private void accumulate(int a, double x) {
        int at = STRIDE * a;
        double sum = data[at + SUM];
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            data[at + COMPENSATION] += (sum - t) + x;
        } else {
            data[at + COMPENSATION] += (x - t) + sum;
        }
        data[at + SUM] = t;
        double l = lambda[cell[a]];
        double value = t + data[at + COMPENSATION];
        data[at + VALUE] = value;
        data[at + LAMBDA_VALUE] = l * value;
        data[at + LAMBDA_COUNT] = l * count[a];
    }
}
