package se.indikator.stdlib.standardise;

import java.util.List;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.LevelledIntervals;

/**
 * Direct standardisation of proportions: P = Σ w_i·p_i / Σ w_i with p_i = x_i/n_i, and the normal
 * interval P ± z·√V with V = Σ w_i²·p_i(1 − p_i)/n_i / (Σ w_i)² (the binomial variance of a weighted
 * sum of independent proportions), truncated to [0, 1] before multiplying. Example: 10/100 and
 * 30/100 with weights 1 and 1 give P = 0.2 and V = (0.09/100 + 0.21/100)/4 = 0.00075.
 *
 * <p>The normal interval is used (not a Wilson-based one) because it is the usual textbook
 * variance for a standardised proportion; it performs poorly when strata are small and P is near
 * 0 or 1. NaN counts are treated as zero.
 */
public final class DirectlyStandardisedProportions {

    private DirectlyStandardisedProportions() {
    }

    /** The standardised proportion (× multiplier, e.g. 100 for a percentage) and its normal limits. */
    public static DirectlyStandardised normal(double[] x, double[] n, double[] w, double multiplier,
                                              List<ConfidenceLevel> levels) {
        if (x.length != n.length || x.length != w.length || x.length == 0) {
            throw new IllegalArgumentException("counts, denominators and weights must be non-empty and of equal length");
        }
        double sumW = 0;
        double weighted = 0;
        double variance = 0;
        double totalX = 0;
        double totalN = 0;
        for (int i = 0; i < x.length; i++) {
            double xi = Double.isNaN(x[i]) ? 0.0 : x[i];
            if (xi < 0 || !(n[i] > 0) || xi > n[i]) {
                throw new IllegalArgumentException("stratum " + i + ": need 0 <= x <= n and n > 0, got " + xi + "/" + n[i]);
            }
            double p = xi / n[i];
            sumW += w[i];
            weighted += w[i] * p;
            variance += w[i] * w[i] * p * (1 - p) / n[i];
            totalX += xi;
            totalN += n[i];
        }
        double value = weighted / sumW;
        double se = Math.sqrt(variance) / sumW;
        LevelledIntervals intervals = LevelledIntervals.compute(levels, level -> {
            double half = level.z() * se;
            return new Interval(Math.max(0.0, value - half) * multiplier, Math.min(1.0, value + half) * multiplier);
        });
        return new DirectlyStandardised(value * multiplier, totalX, totalN, intervals,
                "direct standardisation of proportions, normal", totalX < DirectStandardisation.MINIMUM_EVENTS);
    }
}
