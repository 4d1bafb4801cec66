package se.indikator.stdlib.survival;

import java.util.Arrays;

/**
 * The fine steps over which relsurv's {@code netfastpinter2} integrates the population hazard for
 * the Pohar Perme (Pohar Perme, Stare &amp; Estève 2012) and Ederer II (Ederer &amp; Heise 1959)
 * estimators: each interval between consecutive grid times is cut into steps of {@code precision}
 * days, the last one shorter, with the very floating-point arithmetic of the original loop.
 *
 * <p>A cohort's follow-up times are the grid's own times, or — when they are whole days and steps
 * are one day — any subset of the unit grid 1, 2, …, K, whose steps are then the same for every
 * cohort: {@link #stepsUpTo} maps a time to the number of steps that end at or before it.
 */
final class StepGrid {

    private final double[] times;
    private final double[] start;
    private final double[] length;
    private final double[] position;
    private final int[] firstStep;
    /** Whether step k runs from day k to day k + 1 for every k. */
    private final boolean unit;

    private StepGrid(double[] times, double[] start, double[] length, int[] firstStep) {
        this.times = times;
        this.start = start;
        this.length = length;
        this.firstStep = firstStep;
        this.position = new double[start.length + 1];
        boolean whole = true;
        for (int k = 0; k < start.length; k++) {
            position[k + 1] = position[k] + length[k];
            whole &= start[k] == k && length[k] == 1;
        }
        this.unit = whole;
    }

    /** The steps of {@code times} (sorted, distinct, not negative) with steps of {@code precision} days. */
    static StepGrid of(double[] times, double precision) {
        if (!(precision > 0)) {
            throw new IllegalArgumentException("precision must be positive");
        }
        int[] firstStep = new int[times.length + 1];
        double[] start = new double[16];
        double[] length = new double[16];
        int k = 0;
        double time = 0;
        for (int j = 0; j < times.length; j++) {
            firstStep[j] = k;
            double cell = times[j] - time;
            double ftime = 0;
            while (ftime < cell) {
                double step = Math.min(precision, cell - ftime);
                if (k == start.length) {
                    start = Arrays.copyOf(start, 2 * k);
                    length = Arrays.copyOf(length, 2 * k);
                }
                start[k] = time + ftime;
                length[k] = step;
                k++;
                ftime += step;
            }
            time += cell;
        }
        firstStep[times.length] = k;
        return new StepGrid(times.clone(), Arrays.copyOf(start, k), Arrays.copyOf(length, k), firstStep);
    }

    /** The unit grid of days 1, 2, …, {@code lastDay}: step k runs from day k to day k + 1. */
    static StepGrid unitDays(int lastDay) {
        double[] times = new double[lastDay];
        for (int d = 0; d < lastDay; d++) {
            times[d] = d + 1;
        }
        return of(times, 1.0);
    }

    /** The number of steps. */
    int steps() {
        return start.length;
    }

    /** The start of step {@code k} in days of follow-up. */
    double start(int k) {
        return start[k];
    }

    /** The length of step {@code k} in days. */
    double length(int k) {
        return length[k];
    }

    /**
     * The summed length of the steps before step {@code k} (0 ≤ k ≤ steps): the scale on which a
     * patient's cumulative population hazard grows linearly within a life-table cell.
     */
    double position(int k) {
        return position[k];
    }

    /** The number of steps in the intervals that end at or before {@code t}. */
    int stepsUpTo(double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return firstStep[lo];
    }

    /** The first step at or after {@code from} whose start is not below {@code elapsed}, or {@code to}. */
    int firstStepFrom(double elapsed, int from, int to) {
        if (unit) {
            return (int) Math.max(from, Math.min(to, Math.ceil(elapsed)));
        }
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < elapsed) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
