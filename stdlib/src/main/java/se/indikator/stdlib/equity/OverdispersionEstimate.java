package se.indikator.stdlib.equity;

import se.indikator.stdlib.ci.ConfidenceLevel;

/**
 * Spiegelhalter's (2005) overdispersion estimates for a funnel plot, from {@link Overdispersion}:
 * the multiplicative factor φ and the additive between-unit variance τ², with the control limits
 * they imply.
 *
 * @param target the funnel's target (baseline) θ₀
 * @param units the number of units I
 * @param winsorLower the z-score below which scores were pulled in
 * @param winsorUpper the z-score above which scores were pulled in
 * @param phi φ = Σ z_w² / I, with z_w the winsorised z-scores
 * @param chiSquare I·φ, the test statistic for overdispersion
 * @param pValue P(χ²_{I−1} ≥ I·φ)
 * @param tau2 τ² = max(0, (Iφ − (I − 1)) / (Σw − Σw²/Σw)), w = 1/s²
 */
public record OverdispersionEstimate(double target, int units, double winsorLower, double winsorUpper,
                                     double phi, double chiSquare, double pValue, double tau2) {

    /** The multiplicative limit θ₀ ± z·√φ·s for a unit whose null standard error is {@code s}. */
    public double multiplicativeLimit(double s, ConfidenceLevel level, boolean upper) {
        double half = level.z() * Math.sqrt(phi) * s;
        return upper ? target + half : target - half;
    }

    /** The additive (random-effects) limit θ₀ ± z·√(s² + τ²). */
    public double additiveLimit(double s, ConfidenceLevel level, boolean upper) {
        double half = level.z() * Math.sqrt(s * s + tau2);
        return upper ? target + half : target - half;
    }
}
