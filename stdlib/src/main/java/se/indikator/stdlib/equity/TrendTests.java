package se.indikator.stdlib.equity;

import se.indikator.stdlib.dist.Quantiles;

/**
 * Chi-square tests for linear trend across ordered periods: the Cochran–Armitage test for
 * proportions (Armitage 1955, Biometrics 11:375; Altman 1991 §10.7.4; the statistic of R's
 * {@code prop.trend.test}), and for rates the score test of the slope of a Poisson regression of
 * events on period with log person-time as offset (Breslow &amp; Day 1987, Statistical Methods in
 * Cancer Research II, §3.6; Clayton &amp; Hills 1993, Statistical Models in Epidemiology, ch. 22). Fingertips' "recent trend" applies
 * the proportion test to the five most recent points; {@link #lastPoints} selects them.
 */
public final class TrendTests {

    private TrendTests() {
    }

    /** Cochran–Armitage test with scores 1, 2, …, k (period index). */
    public static TrendTestResult cochranArmitage(double[] counts, double[] denominators) {
        return cochranArmitage(counts, denominators, indexScores(counts.length));
    }

    /**
     * Cochran–Armitage test with given scores: with N = Σn_i, p̄ = Σx_i/N,
     * U = Σ t_i (x_i − n_i p̄), Var(U) = p̄(1 − p̄)[Σ n_i t_i² − (Σ n_i t_i)²/N], χ² = U²/Var(U).
     */
    public static TrendTestResult cochranArmitage(double[] counts, double[] denominators, double[] scores) {
        check(counts, denominators, scores);
        double n = 0;
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > denominators[i]) {
                throw new IllegalArgumentException("period " + (i + 1) + ": count exceeds denominator");
            }
            n += denominators[i];
            x += counts[i];
        }
        double p = x / n;
        double u = 0;
        double snt = 0;
        double sntt = 0;
        for (int i = 0; i < counts.length; i++) {
            u += scores[i] * (counts[i] - denominators[i] * p);
            snt += denominators[i] * scores[i];
            sntt += denominators[i] * scores[i] * scores[i];
        }
        double variance = p * (1 - p) * (sntt - snt * snt / n);
        return result(u, variance);
    }

    /** Poisson score test for trend in rates with scores 1, 2, …, k. */
    public static TrendTestResult poissonScore(double[] events, double[] personTime) {
        return poissonScore(events, personTime, indexScores(events.length));
    }

    /**
     * Poisson score test: with D = Σd_i, Y = Σy_i and expected E_i = D·y_i/Y,
     * U = Σ t_i (d_i − E_i), Var(U) = D[Σ t_i² y_i/Y − (Σ t_i y_i/Y)²], χ² = U²/Var(U); the score
     * test of β = 0 in log E[d_i] = ln y_i + α + β t_i.
     */
    public static TrendTestResult poissonScore(double[] events, double[] personTime, double[] scores) {
        check(events, personTime, scores);
        double d = 0;
        double y = 0;
        for (int i = 0; i < events.length; i++) {
            d += events[i];
            y += personTime[i];
        }
        double u = 0;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < events.length; i++) {
            double share = personTime[i] / y;
            u += scores[i] * (events[i] - d * share);
            m1 += scores[i] * share;
            m2 += scores[i] * scores[i] * share;
        }
        return result(u, d * (m2 - m1 * m1));
    }

    /** The last {@code k} entries of {@code values} (all when there are fewer), e.g. k = 5. */
    public static double[] lastPoints(double[] values, int k) {
        int from = Math.max(0, values.length - k);
        return java.util.Arrays.copyOfRange(values, from, values.length);
    }

    private static TrendTestResult result(double u, double variance) {
        if (!(variance > 0)) {
            throw new IllegalArgumentException("no variation: the trend test is undefined (all or no events, or one period)");
        }
        double chi = u * u / variance;
        return new TrendTestResult(u, variance, chi, u / Math.sqrt(variance), Quantiles.chiSquareUpperTail(chi, 1));
    }

    private static double[] indexScores(int k) {
        double[] t = new double[k];
        for (int i = 0; i < k; i++) {
            t[i] = i + 1;
        }
        return t;
    }

    private static void check(double[] counts, double[] denominators, double[] scores) {
        if (counts.length != denominators.length || counts.length != scores.length) {
            throw new IllegalArgumentException("counts, denominators and scores must have the same length");
        }
        if (counts.length < 2) {
            throw new IllegalArgumentException("a trend needs at least two periods");
        }
        for (int i = 0; i < counts.length; i++) {
            if (!(counts[i] >= 0) || !(denominators[i] > 0) || !Double.isFinite(scores[i])
                    || Double.isInfinite(counts[i]) || Double.isInfinite(denominators[i])) {
                throw new IllegalArgumentException("period " + (i + 1) + ": counts must be ≥ 0 and denominators > 0");
            }
        }
    }
}
