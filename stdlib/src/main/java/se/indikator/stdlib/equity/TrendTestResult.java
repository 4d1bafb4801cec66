package se.indikator.stdlib.equity;

/**
 * A one-degree-of-freedom chi-square test for linear trend across ordered periods, from
 * {@link TrendTests} (Cochran–Armitage for proportions, Poisson score test for rates).
 *
 * @param score the score statistic U = Σ t_i (observed_i − expected_i); positive for a rising trend
 * @param variance the null variance of U
 * @param chiSquare U²/Var(U), chi-square on 1 df under no trend
 * @param z U/√Var(U), the signed square root
 * @param pValue the two-sided p-value P(χ²₁ ≥ chiSquare)
 */
public record TrendTestResult(double score, double variance, double chiSquare, double z, double pValue) {

    /** +1 for a rising trend, −1 for a falling one, 0 when the score is exactly 0. */
    public int direction() {
        return (int) Math.signum(score);
    }

    /** True when the p-value is below α = 1 − {@code level}. */
    public boolean significantAt(double level) {
        return pValue < 1.0 - level;
    }
}
