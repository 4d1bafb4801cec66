package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the run seed and a few integers
 * (table, region, year), so that every table and region gets its own stream regardless of the
 * order or thread in which the tables are written.
 */
final class Rng {

    private Rng() {
    }

    /** The SplitMix64 finaliser: a bijective, well-mixing function of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A stream determined by the seed and the given keys only. */
    static SplittableRandom stream(long seed, int table, int a, int b) {
        long h = mix(seed + 0x9e3779b97f4a7c15L);
        h = mix(h ^ (table * 0x632be59bd9b4e019L));
        h = mix(h ^ (a * 0x85157af5L + 0x1234567L));
        h = mix(h ^ (b * 0xc2b2ae3d27d4eb4fL + 0x7654321L));
        return new SplittableRandom(h);
    }

    /** A normally distributed value with the given mean and standard deviation. */
    static double normal(SplittableRandom rng, double mean, double sd) {
        // Box–Muller with one draw kept simple: two uniforms per value, fully deterministic
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return mean + sd * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** True with probability p. */
    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /**
     * A binomial(n, p) count by geometric skipping: the cost is proportional to the number of
     * successes, which makes it cheap for the small probabilities of death.
     */
    static int binomial(SplittableRandom rng, int n, double p) {
        if (n <= 0 || p <= 0.0) {
            return 0;
        }
        if (p >= 1.0) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(rng, n, 1.0 - p);
        }
        double logQ = Math.log1p(-p);
        int k = 0;
        long pos = 0;
        while (true) {
            double u = 1.0 - rng.nextDouble();
            pos += (long) (Math.log(u) / logQ) + 1;
            if (pos > n) {
                return k;
            }
            k++;
        }
    }

    /** Rounds x up or down at random so that the expected value is x. */
    static long roundRandom(SplittableRandom rng, double x) {
        double f = Math.floor(x);
        return (long) f + (rng.nextDouble() < x - f ? 1 : 0);
    }
}
