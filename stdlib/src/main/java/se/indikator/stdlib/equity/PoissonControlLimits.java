package se.indikator.stdlib.equity;

import org.apache.commons.math3.special.Gamma;

/**
 * Poisson funnel control limits at any expected count, in the continuous form of the limits that
 * PHE's funnel tables give at whole numbers of events: for an expected count λ (baseline ×
 * denominator, or the expected events of a ratio), the lower limit is the count x whose upper
 * confidence limit is λ (P(X ≤ x | λ) = p, read with the regularised gamma function so that x may
 * be fractional) and the upper limit is the count whose lower confidence limit is λ
 * (P(X ≥ x | λ) = p). At the whole-number points of PHE's tables they agree with
 * {@link FunnelPoisson}; between them they interpolate smoothly, which gives each unit the limits at
 * its own denominator.
 */
public final class PoissonControlLimits {

    private PoissonControlLimits() {
    }

    /**
     * The lower ({@code upper = false}) or upper control limit as a count of events for expected
     * count {@code lambda} at two-sided tail {@code p} (0.025 for 95%, 0.001 for 99.8%); the lower
     * limit is 0 when even 0 events would lie inside the limits.
     */
    public static double events(double lambda, double p, boolean upper) {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("the expected count must be positive: " + lambda);
        }
        if (!(p > 0 && p < 0.5)) {
            throw new IllegalArgumentException("the tail probability must be in (0, 0.5): " + p);
        }
        if (!upper) {
            // Q(x + 1, λ) = P(X ≤ x | λ) rises with x; the limit is where it reaches p.
            if (Gamma.regularizedGammaQ(1, lambda) >= p) {
                return 0;
            }
            return solve(x -> Gamma.regularizedGammaQ(x + 1, lambda) - p, 0, lambda + 1);
        }
        // P(x, λ) = P(X ≥ x | λ) falls with x; the limit is where it reaches p.
        return solve(x -> p - Gamma.regularizedGammaP(x, lambda), Math.max(lambda, 1e-12), lambda + 1);
    }

    /** The root of an increasing function, bracketed from {@code lo} by doubling steps, then bisected. */
    private static double solve(java.util.function.DoubleUnaryOperator f, double lo, double step) {
        double hi = lo + step;
        while (f.applyAsDouble(hi) < 0) {
            lo = hi;
            step *= 2;
            hi = lo + step;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
