package se.indikator.stdlib.synth;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * A discrete distribution over single years of age 0–100, sampled by binary search on the
 * cumulative weights. Built from the Swedish age pyramid times an optional age-specific weight,
 * e.g. a risk curve, and optionally restricted to an age range.
 */
final class AgeDistribution {

    private final double[] cumulative = new double[Demography.AGES];
    private final double total;

    AgeDistribution(int minAge, int maxAge, IntToDoubleFunction weight) {
        double s = 0.0;
        for (int a = 0; a < Demography.AGES; a++) {
            if (a >= minAge && a <= maxAge) {
                s += Demography.pyramid(a) * weight.applyAsDouble(a);
            }
            cumulative[a] = s;
        }
        if (s <= 0.0) {
            throw new IllegalArgumentException("empty age distribution");
        }
        total = s;
    }

    /** The share of the weighted population that falls in the age range, relative to all ages with weight 1. */
    double mass() {
        return total / Demography.pyramidTotal();
    }

    /** Draws an age. */
    int sample(SplittableRandom rng) {
        double u = rng.nextDouble() * total;
        int lo = 0;
        int hi = Demography.AGES - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
