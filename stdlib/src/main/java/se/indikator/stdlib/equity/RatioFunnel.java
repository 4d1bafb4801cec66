package se.indikator.stdlib.equity;

import java.util.ArrayList;
import java.util.List;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.PoissonIntervals;

/**
 * Funnel-plot control limits for indirectly standardised ratios (observed/expected) around 1, as
 * in PHE's {@code calculate_funnel_limits(statistic = "ratio")}: for O observed events the lower
 * limit is drawn at the expected count E equal to O's Poisson upper limit and the upper limit at
 * O's Poisson lower limit (both by {@link FunnelPoisson}), where the ratio is O/E; units are
 * classified by whether the ratio's interval (exact below 10 events, Byar from 10, as
 * {@link PoissonIntervals#pheDefault}) excludes 1.
 */
public final class RatioFunnel {

    private RatioFunnel() {
    }

    /** How the ratio is expressed. */
    public enum Scale {
        /** O/E, null value 1. */
        RATIO(1),
        /** O/E − 1, PHE's ratio_type "count" (relative excess), null value 0. */
        COUNT(0),
        /** 100·O/E, PHE's ratio_type "isr", null value 100. */
        ISR(100);

        private final double nullValue;

        Scale(double nullValue) {
            this.nullValue = nullValue;
        }

        /** The value of a ratio of 1 on this scale. */
        public double nullValue() {
            return nullValue;
        }

        /** The ratio O/E expressed on this scale. */
        public double express(double ratio) {
            return switch (this) {
                case RATIO -> ratio;
                case COUNT -> ratio - 1;
                case ISR -> ratio * 100;
            };
        }
    }

    /** PHE's 100-row limit table; the axis (observed events) is built from the expected counts. */
    public static List<FunnelRow> table(double[] observed, double[] expected, Scale scale) {
        check(observed, expected);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double e : expected) {
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        double[] range = FunnelAxis.range(min, max);
        List<FunnelRow> rows = new ArrayList<>();
        for (double o : FunnelAxis.geometric(range[0], range[1], true)) {
            double lo2 = FunnelPoisson.limit(o, 0.025, true);
            double up2 = FunnelPoisson.limit(o, 0.025, false);
            double lo3 = FunnelPoisson.limit(o, 0.001, true);
            double up3 = FunnelPoisson.limit(o, 0.001, false);
            rows.add(new FunnelRow(o,
                    new FunnelPoint(lo2, scale.express(o / lo2)),
                    new FunnelPoint(up2, scale.express(o / up2)),
                    new FunnelPoint(lo3, scale.express(o / lo3)),
                    new FunnelPoint(up3, scale.express(o / up3)),
                    scale.nullValue()));
        }
        return List.copyOf(rows);
    }

    /**
     * Each unit's class: High when the lower limit of O/E (exact below 10 events, Byar from 10)
     * exceeds 1, Low when the upper limit is below 1, at 99.8% (0.001) and then 95% (0.025).
     */
    public static List<FunnelSignificance> significance(double[] observed, double[] expected) {
        check(observed, expected);
        List<FunnelSignificance> out = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            out.add(classify(observed[i], expected[i], 1.0));
        }
        return List.copyOf(out);
    }

    /** The class of count {@code o} with denominator {@code d} against the reference ratio {@code reference}. */
    static FunnelSignificance classify(double o, double d, double reference) {
        Interval p95 = PoissonIntervals.pheDefault(o, ConfidenceLevel.P95).interval();
        Interval p998 = PoissonIntervals.pheDefault(o, ConfidenceLevel.P99_8).interval();
        if (reference < p998.lower() / d) {
            return FunnelSignificance.HIGH_0_001;
        } else if (reference < p95.lower() / d) {
            return FunnelSignificance.HIGH_0_025;
        } else if (reference > p998.upper() / d) {
            return FunnelSignificance.LOW_0_001;
        } else if (reference > p95.upper() / d) {
            return FunnelSignificance.LOW_0_025;
        }
        return FunnelSignificance.NOT_SIGNIFICANT;
    }

    private static void check(double[] observed, double[] expected) {
        if (observed.length != expected.length || observed.length == 0) {
            throw new IllegalArgumentException("observed and expected must be non-empty and of the same length");
        }
        for (int i = 0; i < observed.length; i++) {
            if (!(observed[i] >= 0) || !(expected[i] > 0)) {
                throw new IllegalArgumentException("observed counts must be ≥ 0 and expected counts > 0");
            }
        }
    }
}
