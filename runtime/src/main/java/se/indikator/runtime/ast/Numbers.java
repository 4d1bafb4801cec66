package se.indikator.runtime.ast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes numbers back as a user would type them: {@code 100000}, not {@code 100000.0}. */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /**
     * A fraction as the percentage that is written for it, without the {@code %}: {@code 95} for 0.95,
     * {@code 99.8} for 0.998 — the shortest decimal that reads back (divided by 100) as the same fraction.
     */
    public static String percent(double fraction) {
        BigDecimal exact = new BigDecimal(fraction).movePointRight(2);
        for (int scale = 0; scale <= 20; scale++) {
            String text = exact.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            if (Double.parseDouble(text) / 100.0 == fraction) {
                return text;
            }
        }
        return plain(fraction * 100);
    }
}
