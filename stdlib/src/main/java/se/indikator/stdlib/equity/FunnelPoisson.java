package se.indikator.stdlib.equity;

import org.apache.commons.math3.special.Gamma;

/**
 * The Poisson limits of funnel plots as the Fingertips/APHO funnel-plot tool computes them (and
 * PHE's {@code phe_funnels} after it): the mean λ at which O observed events sit at the tail
 * probability p, found by bisection on v = λ/(λ + O + 1) ∈ (0, 1), starting from v = 1/2 with
 * step 1/4 and halving the step while it exceeds 1e-7 (23 steps). The result differs from the
 * exact chi-square limit by the bisection's resolution (relative ~1e-6), which PHE's reference
 * tables reproduce, so this is used for the funnel tables rather than the exact quantile.
 */
public final class FunnelPoisson {

    private FunnelPoisson() {
    }

    /**
     * The upper limit (λ with P(X ≤ O | λ) = p, {@code upper = true}) or the lower limit
     * (λ with P(X ≥ O | λ) = p) for O events; p is 0.025 for 2σ and 0.001 for 3σ.
     */
    public static double limit(double observed, double p, boolean upper) {
        if (!(observed >= 0) || observed != Math.rint(observed)) {
            throw new IllegalArgumentException("observed events must be a whole number ≥ 0: " + observed);
        }
        double v = 0.5;
        double dv = 0.5;
        while (dv > 1e-7) {
            dv /= 2;
            double lambda = (1 + observed) * v / (1 - v);
            boolean decrease = upper ? atMost(observed, lambda) < p : atLeast(observed, lambda) > p;
            v = decrease ? v - dv : v + dv;
        }
        return (1 + observed) * v / (1 - v);
    }

    /** P(X ≤ k) for X ~ Poisson(λ). */
    private static double atMost(double k, double lambda) {
        return Gamma.regularizedGammaQ(k + 1, lambda);
    }

    /** P(X ≥ k) for X ~ Poisson(λ). */
    private static double atLeast(double k, double lambda) {
        return k == 0 ? 1.0 : Gamma.regularizedGammaP(k, lambda);
    }
}
