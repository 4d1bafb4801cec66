package se.indikator.stdlib.equity;

import java.util.ArrayList;
import java.util.List;

import se.indikator.stdlib.ci.ConfidenceLevel;

/**
 * Funnel-plot control limits for proportions as in PHE's {@code phe_funnels} /
 * {@code calculate_funnel_limits(statistic = "proportion")} and the Fingertips technical guidance:
 * around the pooled baseline π = Σx/Σn, the limits at denominator n are the proportions whose
 * Wilson score interval just reaches π, i.e. π ± z·√(π(1 − π)/n) (Fingertips writes the same
 * limits as the roots of a quadratic), with z = Φ⁻¹(0.975) for 2σ and Φ⁻¹(0.999) for 3σ, and
 * the table's limits cut to [0, multiplier].
 */
public final class ProportionFunnel {

    private ProportionFunnel() {
    }

    /** The pooled baseline proportion Σ numerators / Σ denominators (a fraction). */
    public static double baseline(double[] numerators, double[] denominators) {
        check(numerators, denominators);
        double x = 0;
        double n = 0;
        for (int i = 0; i < numerators.length; i++) {
            x += numerators[i];
            n += denominators[i];
        }
        return x / n;
    }

    /**
     * The control limit (a fraction, not cut to [0, 1]) at denominator {@code n} around
     * {@code baseline}: baseline ± z·√(baseline(1 − baseline)/n) with z of the two-sided {@code level}.
     */
    public static double limit(double n, double baseline, ConfidenceLevel level, boolean upper) {
        double half = level.z() * Math.sqrt(baseline * (1 - baseline) / n);
        return upper ? baseline + half : baseline - half;
    }

    /** PHE's 100-row limit table, values × {@code multiplier} (100 for percentages). */
    public static List<FunnelRow> table(double[] numerators, double[] denominators, double multiplier) {
        double baseline = baseline(numerators, denominators);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double d : denominators) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double[] range = FunnelAxis.range(min, max);
        List<FunnelRow> rows = new ArrayList<>();
        for (double n : FunnelAxis.geometric(range[0], range[1], false)) {
            rows.add(new FunnelRow(n,
                    point(n, baseline, ConfidenceLevel.P95, false, multiplier),
                    point(n, baseline, ConfidenceLevel.P95, true, multiplier),
                    point(n, baseline, ConfidenceLevel.P99_8, false, multiplier),
                    point(n, baseline, ConfidenceLevel.P99_8, true, multiplier),
                    baseline * multiplier));
        }
        return List.copyOf(rows);
    }

    private static FunnelPoint point(double n, double baseline, ConfidenceLevel level, boolean upper, double multiplier) {
        double v = limit(n, baseline, level, upper) * multiplier;
        return new FunnelPoint(n, Math.max(0, Math.min(multiplier, v)));
    }

    /** Each unit's class against the limits at its own denominator (strict inequalities, as PHE). */
    public static List<FunnelSignificance> significance(double[] numerators, double[] denominators) {
        return significance(numerators, denominators, baseline(numerators, denominators));
    }

    /**
     * Each unit's class against the limits around a given baseline proportion (e.g. the national value of
     * the same period), at its own denominator.
     */
    public static List<FunnelSignificance> significance(double[] numerators, double[] denominators, double baseline) {
        List<FunnelSignificance> out = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            double p = numerators[i] / denominators[i];
            double n = denominators[i];
            FunnelSignificance s;
            if (p < limit(n, baseline, ConfidenceLevel.P99_8, false)) {
                s = FunnelSignificance.LOW_0_001;
            } else if (p < limit(n, baseline, ConfidenceLevel.P95, false)) {
                s = FunnelSignificance.LOW_0_025;
            } else if (p > limit(n, baseline, ConfidenceLevel.P99_8, true)) {
                s = FunnelSignificance.HIGH_0_001;
            } else if (p > limit(n, baseline, ConfidenceLevel.P95, true)) {
                s = FunnelSignificance.HIGH_0_025;
            } else {
                s = FunnelSignificance.NOT_SIGNIFICANT;
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static void check(double[] numerators, double[] denominators) {
        if (numerators.length != denominators.length || numerators.length == 0) {
            throw new IllegalArgumentException("numerators and denominators must be non-empty and of the same length");
        }
        for (int i = 0; i < numerators.length; i++) {
            if (!(denominators[i] > 0)) {
                throw new IllegalArgumentException("denominators must be greater than zero");
            }
            if (!(numerators[i] >= 0)) {
                throw new IllegalArgumentException("numerators must be greater than or equal to zero");
            }
            if (numerators[i] > denominators[i]) {
                throw new IllegalArgumentException("numerators must be less than or equal to denominator for a proportion");
            }
        }
    }
}
