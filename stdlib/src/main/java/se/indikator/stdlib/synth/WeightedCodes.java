package se.indikator.stdlib.synth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small categorical distribution over text codes (ICD-10 codes, sites), written compactly as
 * "code weight code weight …" and sampled by a linear scan of the cumulative weights.
 */
final class WeightedCodes {

    private final byte[][] bytes;
    private final double[] cumulative;

    private WeightedCodes(List<String> codes, List<Double> weights) {
        this.bytes = new byte[codes.size()][];
        this.cumulative = new double[codes.size()];
        double s = 0.0;
        for (int i = 0; i < codes.size(); i++) {
            bytes[i] = codes.get(i).getBytes(StandardCharsets.UTF_8);
            s += weights.get(i);
            cumulative[i] = s;
        }
        if (s <= 0.0) {
            throw new IllegalArgumentException("no positive weight");
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= s;
        }
    }

    /**
     * Parses pairs of code and weight separated by blanks; with column ≥ 0 each code is followed
     * by several weights and the given column is used (e.g. 0 = men, 1 = women).
     */
    static WeightedCodes parse(String spec, int columns, int column) {
        String[] t = spec.trim().split("\\s+");
        if (t.length % (columns + 1) != 0) {
            throw new IllegalArgumentException("bad spec: " + spec);
        }
        List<String> c = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < t.length; i += columns + 1) {
            double weight = Double.parseDouble(t[i + 1 + column]);
            if (weight > 0) {
                c.add(t[i]);
                w.add(weight);
            }
        }
        return new WeightedCodes(c, w);
    }

    /** Parses "code weight" pairs. */
    static WeightedCodes parse(String spec) {
        return parse(spec, 1, 0);
    }

    /** Draws the index of a code. */
    int sampleIndex(SplittableRandom rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Draws a code as UTF-8 bytes. */
    byte[] sample(SplittableRandom rng) {
        return bytes[sampleIndex(rng)];
    }
}
