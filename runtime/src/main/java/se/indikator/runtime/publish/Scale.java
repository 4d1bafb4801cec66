package se.indikator.runtime.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The value axis of a site's chart: round limits around the values shown and a round step between its ticks
 * (1, 2 or 5 times a power of ten, about four steps), with the decimals its tick labels need.
 */
record Scale(double min, double max, double step) {

    /** The scale around the values that are numbers, or empty when none is. */
    static Optional<Scale> around(double... values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return Optional.empty();
        }
        double raw = (hi == lo ? Math.max(1, Math.abs(hi) * 0.2) : hi - lo) / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
        double min = Math.floor(lo / step) * step;
        return Optional.of(new Scale(min, Math.max(Math.ceil(hi / step) * step, min + step), step));
    }

    /** The ticks from the lower limit to the upper, one step apart. */
    List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            out.add(min + step * i);
        }
        return out;
    }

    /** The decimals a tick's label needs. */
    int decimals() {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    /** Where {@code v} lies between the limits, from 0 to 1. */
    double fraction(double v) {
        return (v - min) / (max - min);
    }

    /** A coordinate as SVG takes it: one decimal, a point. */
    static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
