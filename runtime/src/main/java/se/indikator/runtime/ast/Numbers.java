package se.indikator.runtime.ast;

import java.math.BigDecimal;

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
}
