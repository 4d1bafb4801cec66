package se.indikator.stdlib.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks with intervals by simulation (as in league-table uncertainty, Goldstein and Spiegelhalter
 * 1996): each unit's value is drawn many times from a normal distribution with its estimate and
 * standard error (on the log scale when {@code logScale}, for rates and ratios), the units are ranked
 * in every draw (rank 1 = best for the polarity), and each unit gets its median rank and the
 * percentile interval of its ranks. A fixed seed makes the result reproducible.
 */
public final class RankSimulation {
    private RankSimulation() {
    }

    /** One unit's ranks: the rank of its estimate, the median simulated rank and the interval. */
    public record Ranks(int rank, double median, int lower, int upper) {
    }

    public static Ranks[] simulate(double[] estimate, double[] standardError, boolean higherIsBetter, boolean logScale,
            int draws, long seed, double level) {
        int n = estimate.length;
        int[][] ranks = new int[n][draws];
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        Integer[] order = new Integer[n];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) {
                double z = gaussian(rng);
                v[i] = logScale ? Math.log(estimate[i]) + z * standardError[i] : estimate[i] + z * standardError[i];
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> higherIsBetter ? Double.compare(v[b], v[a]) : Double.compare(v[a], v[b]));
            for (int r = 0; r < n; r++) {
                ranks[order[r]][d] = r + 1;
            }
        }
        Integer[] byEstimate = new Integer[n];
        for (int i = 0; i < n; i++) {
            byEstimate[i] = i;
        }
        Arrays.sort(byEstimate, (a, b) -> higherIsBetter ? Double.compare(estimate[b], estimate[a])
                : Double.compare(estimate[a], estimate[b]));
        int[] rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            rankOf[byEstimate[r]] = r + 1;
        }
        Ranks[] out = new Ranks[n];
        double alpha = (1 - level) / 2;
        for (int i = 0; i < n; i++) {
            int[] s = ranks[i];
            Arrays.sort(s);
            double median = draws % 2 == 1 ? s[draws / 2] : (s[draws / 2 - 1] + s[draws / 2]) / 2.0;
            int lo = s[(int) Math.floor(alpha * (draws - 1))];
            int hi = s[(int) Math.ceil((1 - alpha) * (draws - 1))];
            out[i] = new Ranks(rankOf[i], median, lo, hi);
        }
        return out;
    }

    /** A standard normal draw (Box–Muller), deterministic for the generator's state. */
    static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
