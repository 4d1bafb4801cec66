package se.indikator.stdlib.ci;

import java.math.BigDecimal;
import se.indikator.stdlib.dist.Quantiles;

/**
 * A two-sided confidence level given as a fraction, such as 0.95 or 0.998, with the label used in
 * column names: the level in percent with '.' replaced by '_' and trailing zeros dropped, so
 * 0.95 → "95" (columns lower_95, upper_95) and 0.998 → "99_8" (lower_99_8).
 *
 * @param fraction the level, strictly between 0 and 1
 */
public record ConfidenceLevel(double fraction) {

    /** The 95% level. */
    public static final ConfidenceLevel P95 = new ConfidenceLevel(0.95);
    /** The 99.8% level used by Fingertips for "significantly different at 99.8%". */
    public static final ConfidenceLevel P99_8 = new ConfidenceLevel(0.998);
    /** The 99% level. */
    public static final ConfidenceLevel P99 = new ConfidenceLevel(0.99);
    /** The 90% level. */
    public static final ConfidenceLevel P90 = new ConfidenceLevel(0.90);

    /** Validates that the level lies strictly between 0 and 1. */
    public ConfidenceLevel {
        if (!(fraction > 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException(
                    "confidence level must be a fraction strictly between 0 and 1, e.g. 0.95: " + fraction);
        }
    }

    /** The level for {@code fraction}; shorthand for the constructor. */
    public static ConfidenceLevel of(double fraction) {
        return new ConfidenceLevel(fraction);
    }

    /** α = 1 − level. */
    public double alpha() {
        return 1.0 - fraction;
    }

    /** The two-sided normal critical value z = Φ⁻¹(1 − (1 − level)/2); 1.959963984540054 at 95%. */
    public double z() {
        return Quantiles.twoSidedZ(fraction);
    }

    /** The column-name label: "95", "99_8", "99", "90". */
    public String label() {
        String percent = BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
        return percent.replace('.', '_');
    }
}
