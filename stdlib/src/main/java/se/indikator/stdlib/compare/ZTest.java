package se.indikator.stdlib.compare;

import se.indikator.stdlib.dist.Quantiles;

/**
 * Two-sided p-values of z statistics: p = 2·P(Z ≥ |z|). Example: z = 1.959963984540054 → 0.05.
 */
public final class ZTest {

    private ZTest() {
    }

    /** The two-sided p-value of {@code z}. */
    public static double twoSidedP(double z) {
        return 2.0 * Quantiles.normalUpperTail(Math.abs(z));
    }

    /** The two-sided p-value of an estimate against {@code nullValue} with standard error {@code se}. */
    public static double twoSidedP(double estimate, double nullValue, double se) {
        return twoSidedP((estimate - nullValue) / se);
    }
}
