package se.indikator.runtime.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated timings (or sizes) of one measurement: median and range. Not a test. */
final class Stats {
    final List<Double> values = new ArrayList<>();

    void add(double v) {
        values.add(v);
    }

    double median() {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** "1.234 s (1.200–1.300, n=3)" with the given unit and decimals. */
    String format(String unit, int decimals) {
        String f = "%." + decimals + "f";
        String med = String.format(Locale.ROOT, f, median());
        if (values.size() <= 1) {
            return med + " " + unit + " (n=" + values.size() + ")";
        }
        return med + " " + unit + " (" + String.format(Locale.ROOT, f, min()) + "–" + String.format(Locale.ROOT, f, max())
                + ", n=" + values.size() + ")";
    }

    static double seconds(long nanosStart) {
        return (System.nanoTime() - nanosStart) / 1e9;
    }
}
