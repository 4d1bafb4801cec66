package se.indikator.runtime.analysis;

/**
 * A control-limit line of a funnel plot, drawn from many points so that it is smooth between the
 * units: its level label ({@code 95}, {@code 99_8}), whether it is the upper limit, and its points
 * (position on the funnel, limit value) in increasing position.
 */
public record LimitCurve(String level, boolean upper, double[] x, double[] y) {
    /** Checks that the points pair up. */
    public LimitCurve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("a curve needs as many values as positions");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
