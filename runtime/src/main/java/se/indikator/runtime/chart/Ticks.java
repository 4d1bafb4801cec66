package se.indikator.runtime.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at round numbers (1, 2, 2.5 or 5 times a power of ten) and their labels in plain numbers:
 * thousands grouped the way the language writes them ({@code 20 000} in Swedish, {@code 20,000} in English),
 * the decimal comma in Swedish, never a power of ten.
 */
final class Ticks {
    private Ticks() {
    }

    /** About {@code count} round ticks covering lo to hi: the first tick ≤ lo, the last ≥ hi. */
    static List<Double> of(double lo, double hi, int count) {
        if (!(hi > lo)) {
            hi = lo + (lo == 0 ? 1 : Math.abs(lo) * 0.1);
        }
        double step = step((hi - lo) / Math.max(1, count));
        List<Double> out = new ArrayList<>();
        double first = Math.floor(lo / step + 1e-9) * step;
        for (double t = first; t < hi + step * 0.999; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    /** The round step nearest above a rough one. */
    static double step(double rough) {
        double p = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= rough * 0.999) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** The decimals a tick step needs (0 for 5, 1 for 0.5, 2 for 0.25). */
    static int decimals(double step) {
        BigDecimal b = new BigDecimal(Double.toString(step)).stripTrailingZeros();
        return Math.max(0, b.scale());
    }

    /** A number with the given decimals, thousands grouped, in the language's marks. */
    static String format(double v, int decimals, boolean swedish) {
        if (Double.isNaN(v)) {
            return "";
        }
        String plain = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0 && whole.length() > 4) {
                b.append(swedish ? '\u00A0' : ',');
            }
            b.append(whole.charAt(i));
        }
        if (!frac.isEmpty()) {
            b.append(swedish ? ',' : '.').append(frac);
        }
        boolean zero = b.chars().allMatch(ch -> ch == '0' || ch == ',' || ch == '.');
        return (negative && !zero ? "−" : "") + b;
    }
}
