package se.indikator.runtime.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats numbers for people ({@code 12,3} in Swedish, {@code 12.3} in English, half-up rounding) and
 * for machines (CSV: the shortest text that reads back as the same double).
 */
public final class NumberFormat {
    private NumberFormat() {
    }

    public static String human(double v, int decimals, boolean decimalComma) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (s.startsWith("-") && new BigDecimal(s).signum() == 0) {
            s = s.substring(1);
        }
        return decimalComma ? s.replace('.', ',') : s;
    }

    /** A count: no decimals when whole, else up to 3. */
    public static String count(double v, boolean decimalComma) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return human(v, 3, decimalComma);
    }

    public static String machine(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
