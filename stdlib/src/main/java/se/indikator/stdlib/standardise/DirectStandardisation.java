package se.indikator.stdlib.standardise;

import java.util.List;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.LevelledIntervals;
import se.indikator.stdlib.ci.PoissonIntervals;
import se.indikator.stdlib.ci.PoissonMethod;
import se.indikator.stdlib.dist.Quantiles;

/**
 * Direct standardisation of rates: DSR = Σ w_i·x_i/n_i / Σ w_i × multiplier, with x_i events,
 * n_i population and w_i standard-population weight in stratum i, and these intervals:
 * <ul>
 *   <li>Dobson et al. (1991), as PHE computes it ({@code phe_dsr}/{@code calculate_dsr}): with
 *       O = Σ x_i and var(DSR) = Σ (w_i/n_i)²·x_i / (Σ w_i)², each limit is
 *       DSR + √(var(DSR)/O)·(O_lim − O), where O_lim is a limit of a Poisson count O. The DSR is
 *       treated as a linear function of O with the same relative spread, so its limits move with
 *       those of O scaled by √var(DSR)/√var(O). PHE uses Byar's limits for O (it never shows a DSR
 *       below 10 events); Dobson's paper uses the exact limits, available as an option.</li>
 *   <li>PHE's adjustment for non-independent events ({@code calculate_dsr(independent_events =
 *       FALSE)}): when persons can have several events, f_ik persons in stratum i have k events;
 *       x_i = Σ_k k·f_ik and var(DSR) = Σ_k k²·Σ_i f_ik·(w_i/n_i)² / (Σ w_i)².</li>
 *   <li>Fay and Feuer (1997) gamma limits, as epitools {@code ageadjust.direct} computes them.</li>
 * </ul>
 * Missing counts (NaN) are treated as zero, as PHE does ({@code na.zero}); populations must be
 * positive. {@link DirectlyStandardised#suppressed()} flags totals below 10 events, where PHE
 * prints NA; the value and limits are still returned so the caller decides what to show.
 */
public final class DirectStandardisation {

    /** PHE does not publish a DSR with fewer events than this. */
    public static final double MINIMUM_EVENTS = 10.0;

    private DirectStandardisation() {
    }

    /** Dobson limits with Byar's limits for the total count, exactly as PHE computes them. */
    public static DirectlyStandardised dobson(double[] x, double[] n, double[] w, double multiplier,
                                                  List<ConfidenceLevel> levels) {
        return dobson(x, n, w, multiplier, PoissonMethod.BYAR, levels);
    }

    /** Dobson limits with the chosen limits (Byar as PHE, or exact as Dobson 1991) for the total count. */
    public static DirectlyStandardised dobson(double[] x, double[] n, double[] w, double multiplier,
                                                  PoissonMethod countMethod, List<ConfidenceLevel> levels) {
        check(x, n, w);
        double sumW = sum(w);
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            double r = w[i] / n[i];
            variance += r * r * zero(x[i]);
        }
        variance /= sumW * sumW;
        return dobsonFromVariance(x, n, w, multiplier, countMethod, variance, "Dobson", levels);
    }

    /**
     * Dobson limits with PHE's variance for non-independent events. {@code personsWithEvents[i][k]}
     * is the number of persons in stratum i with k + 1 events (NaN treated as zero); the event
     * counts are x_i = Σ_k (k + 1)·persons[i][k].
     */
    public static DirectlyStandardised dobsonNonIndependent(double[][] personsWithEvents, double[] n,
                                                                double[] w, double multiplier,
                                                                List<ConfidenceLevel> levels) {
        if (personsWithEvents.length != n.length) {
            throw new IllegalArgumentException("persons, populations and weights differ in length");
        }
        double[] x = new double[n.length];
        double variance = 0;
        for (int i = 0; i < n.length; i++) {
            double r = w[i] / n[i];
            for (int k = 0; k < personsWithEvents[i].length; k++) {
                double events = k + 1.0;
                double persons = zero(personsWithEvents[i][k]);
                x[i] += events * persons;
                variance += events * events * persons * r * r;
            }
        }
        check(x, n, w);
        double sumW = sum(w);
        variance /= sumW * sumW;
        return dobsonFromVariance(x, n, w, multiplier, PoissonMethod.BYAR, variance,
                "Dobson, with confidence adjusted for non-independent events", levels);
    }

    /**
     * Fay and Feuer (1997) gamma limits as epitools {@code ageadjust.direct}: with normalised weights
     * v_i = w_i/Σw, y = Σ v_i·x_i/n_i, V = Σ v_i²·x_i/n_i² and m = max v_i/n_i, lower =
     * Gamma⁻¹(α/2; shape y²/V, scale V/y) and upper = Gamma⁻¹(1 − α/2; shape (y + m)²/(V + m²),
     * scale (V + m²)/(y + m)). The lower limit is 0 when there are no events.
     */
    /**
     * Dobson limits adjusted for non-independent events from microdata: {@code x[i]} is the number of
     * events in stratum i and {@code sumSquaredEvents[i]} the sum over its persons of the square of each
     * person's number of events (Σ k²·f_k), which is what the adjusted variance needs.
     */
    public static DirectlyStandardised dobsonNonIndependent(double[] x, double[] sumSquaredEvents, double[] n,
                                                                double[] w, double multiplier,
                                                                List<ConfidenceLevel> levels) {
        check(x, n, w);
        double variance = 0;
        for (int i = 0; i < n.length; i++) {
            double r = w[i] / n[i];
            variance += zero(sumSquaredEvents[i]) * r * r;
        }
        double sumW = sum(w);
        variance /= sumW * sumW;
        return dobsonFromVariance(x, n, w, multiplier, PoissonMethod.BYAR, variance,
                "Dobson, with confidence adjusted for non-independent events", levels);
    }

    public static DirectlyStandardised fayFeuer(double[] x, double[] n, double[] w, double multiplier,
                                                    List<ConfidenceLevel> levels) {
        check(x, n, w);
        double sumW = sum(w);
        double rate = 0;
        double variance = 0;
        double maxWeight = 0;
        for (int i = 0; i < x.length; i++) {
            double v = w[i] / sumW / n[i];
            rate += v * zero(x[i]);
            variance += v * v * zero(x[i]);
            maxWeight = Math.max(maxWeight, v);
        }
        final double y = rate;
        final double var = variance;
        final double m = maxWeight;
        LevelledIntervals intervals = LevelledIntervals.compute(levels, level -> {
            double half = level.alpha() / 2.0;
            double lower = y == 0 || var == 0 ? 0.0 : Quantiles.gamma(half, y * y / var, var / y);
            double upper = Quantiles.gamma(1.0 - half, (y + m) * (y + m) / (var + m * m), (var + m * m) / (y + m));
            return new Interval(lower * multiplier, upper * multiplier);
        });
        double total = sumZero(x);
        return new DirectlyStandardised(y * multiplier, total, sum(n), intervals, "Fay-Feuer gamma",
                total < MINIMUM_EVENTS);
    }

    private static DirectlyStandardised dobsonFromVariance(double[] x, double[] n, double[] w, double multiplier,
                                                               PoissonMethod countMethod, double variance,
                                                               String method, List<ConfidenceLevel> levels) {
        double sumW = sum(w);
        double weighted = 0;
        for (int i = 0; i < x.length; i++) {
            weighted += w[i] * zero(x[i]) / n[i];
        }
        double dsr = weighted / sumW;
        double observed = sumZero(x);
        double spread = observed > 0 ? Math.sqrt(variance / observed) : Double.NaN;
        LevelledIntervals intervals = LevelledIntervals.compute(levels, level -> {
            Interval o = PoissonIntervals.of(observed, countMethod, level);
            return new Interval((dsr + spread * (o.lower() - observed)) * multiplier,
                    (dsr + spread * (o.upper() - observed)) * multiplier);
        });
        return new DirectlyStandardised(dsr * multiplier, observed, sum(n), intervals, method,
                observed < MINIMUM_EVENTS);
    }

    private static void check(double[] x, double[] n, double[] w) {
        if (x.length != n.length || x.length != w.length || x.length == 0) {
            throw new IllegalArgumentException("counts, populations and weights must be non-empty and of equal length");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                throw new IllegalArgumentException("counts must be >= 0: stratum " + i + " has " + x[i]);
            }
            if (!(n[i] > 0)) {
                throw new IllegalArgumentException("populations must be > 0: stratum " + i + " has " + n[i]);
            }
            if (!(w[i] >= 0)) {
                throw new IllegalArgumentException("weights must be >= 0: stratum " + i + " has " + w[i]);
            }
        }
    }

    private static double zero(double v) {
        return Double.isNaN(v) ? 0.0 : v;
    }

    private static double sumZero(double[] v) {
        double s = 0;
        for (double d : v) {
            s += zero(d);
        }
        return s;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
