package se.indikator.stdlib.equity;

/**
 * The 100-point x axis of PHE's funnel tables ({@code calculate_funnel_limits}, PHEindicatormethods
 * ≥ 2.0): from max(1, axis minimum) towards the axis maximum in near-geometric integer steps, each
 * step at least 1. The minimum is 0 when the largest denominator exceeds twice the smallest,
 * otherwise the smallest denominator times 0.95 rounded down to one significant figure; the
 * maximum is the largest times 1.05 rounded up to two significant figures.
 */
public final class FunnelAxis {

    /** The number of rows of a funnel table. */
    public static final int POINTS = 100;

    private FunnelAxis() {
    }

    /** 0.95·x rounded down to one significant figure (0 for 0); PHE's {@code signif_floor}. */
    public static double signifFloor(double x) {
        if (x == 0) {
            return 0;
        }
        double v = x * 0.95;
        double scale = Math.pow(10, digits(Math.floor(v)) - 1);
        return Math.floor(v / scale) * scale;
    }

    /** 1.05·x rounded up to two significant figures (0 for 0); PHE's {@code signif_ceiling}. */
    public static double signifCeiling(double x) {
        if (x == 0) {
            return 0;
        }
        double v = x * 1.05;
        double scale = Math.pow(10, digits(Math.ceil(v)) - 2);
        return Math.ceil(v / scale) * scale;
    }

    /** The number of decimal digits of a non-negative whole number (1 for 0). */
    private static int digits(double whole) {
        return Long.toString((long) whole).length();
    }

    /**
     * The axis from {@code min} to {@code max}: first = max(1, min); then each next value is
     * max(round((max/prev)^(1/(101 − o))·prev), prev + 1) for rows j = 2..100, with o = j for
     * proportions and rates and o = j − 1 for ratios (as PHE does; the ratio axis therefore stops
     * short of its maximum). Rounding is half-to-even, like Python's {@code round}.
     */
    public static double[] geometric(double min, double max, boolean ratioOffset) {
        double[] axis = new double[POINTS];
        axis[0] = Math.max(1, min);
        for (int j = 2; j <= POINTS; j++) {
            int offset = ratioOffset ? j - 1 : j;
            double prev = axis[j - 2];
            double next = Math.rint(Math.pow(max / prev, 1.0 / (101 - offset)) * prev);
            axis[j - 1] = Math.max(next, prev + 1);
        }
        return axis;
    }

    /** The axis limits (min, max) for the given denominators, before any scaling; see the class note. */
    static double[] range(double minDenominator, double maxDenominator) {
        double min = maxDenominator > 2 * minDenominator ? 0 : signifFloor(minDenominator);
        return new double[] {min, signifCeiling(maxDenominator)};
    }
}
