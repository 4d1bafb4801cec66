package se.indikator.stdlib.equity;

import java.util.ArrayList;
import java.util.List;

/**
 * Funnel-plot control limits for rates (crude or directly standardised) as in PHE's
 * {@code calculate_funnel_limits(statistic = "rate")}: each unit's denominator is derived as
 * multiplier × events / rate (for a crude rate with 0 events, its own denominator), the baseline is
 * Σ events / Σ derived denominators, and for E events on the axis the lower limit is drawn at the
 * population E_upper/baseline (E_upper the Poisson upper limit of E by {@link FunnelPoisson}) where the rate is
 * E/population × multiplier; populations are reported per year of data.
 */
public final class RateFunnel {

    private RateFunnel() {
    }

    /** Crude rates or directly standardised rates (DSRs). */
    public enum RateType {
        /** A crude rate. */
        CRUDE,
        /** A directly standardised rate; units with fewer than 10 events are not classified. */
        DSR
    }

    /**
     * The derived denominators: multiplier·events/rate; for 0 events, NaN (DSR) or the given
     * denominator (crude; required then). {@code denominators} may be null.
     */
    public static double[] derivedDenominators(double[] events, double[] rates, double[] denominators,
                                               RateType type, double multiplier) {
        if (events.length != rates.length || (denominators != null && denominators.length != events.length)) {
            throw new IllegalArgumentException("events, rates and denominators must have the same length");
        }
        double[] d = new double[events.length];
        for (int i = 0; i < events.length; i++) {
            if (!(events[i] >= 0)) {
                throw new IllegalArgumentException("events must be ≥ 0");
            }
            if (events[i] == 0) {
                if (type == RateType.DSR) {
                    d[i] = Double.NaN;
                } else if (denominators == null) {
                    throw new IllegalArgumentException("for rates, where there are 0 events a denominator must be given");
                } else {
                    d[i] = denominators[i];
                }
            } else {
                d[i] = multiplier * events[i] / rates[i];
            }
        }
        return d;
    }

    /** The baseline Σ events / Σ derived denominators (units with a NaN denominator left out), per 1. */
    public static double baseline(double[] events, double[] derived) {
        double e = 0;
        double d = 0;
        for (int i = 0; i < events.length; i++) {
            e += events[i];
            if (!Double.isNaN(derived[i])) {
                d += derived[i];
            }
        }
        return e / d;
    }

    /** PHE's 100-row limit table for {@code years} years of data. */
    public static List<FunnelRow> table(double[] events, double[] rates, double[] denominators, RateType type,
                                        double multiplier, double years) {
        double[] derived = derivedDenominators(events, rates, denominators, type, multiplier);
        double av = baseline(events, derived);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double d : derived) {
            if (!Double.isNaN(d)) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        double axisMin = max > 2 * min ? 0 : FunnelAxis.signifFloor(min / years) * years;
        double axisMax = FunnelAxis.signifCeiling(max / years) * years;
        axisMin = Math.floor(axisMin * av);
        axisMax = Math.ceil(axisMax * av);
        List<FunnelRow> rows = new ArrayList<>();
        for (double x : FunnelAxis.geometric(axisMin, axisMax, false)) {
            rows.add(new FunnelRow(x,
                    point(x, FunnelPoisson.limit(x, 0.025, true), av, multiplier, years),
                    point(x, FunnelPoisson.limit(x, 0.025, false), av, multiplier, years),
                    point(x, FunnelPoisson.limit(x, 0.001, true), av, multiplier, years),
                    point(x, FunnelPoisson.limit(x, 0.001, false), av, multiplier, years),
                    av * multiplier));
        }
        return List.copyOf(rows);
    }

    private static FunnelPoint point(double x, double expected, double av, double multiplier, double years) {
        double population = expected / av;
        return new FunnelPoint(population / years, x / population * multiplier);
    }

    /**
     * Each unit's class: High when the baseline lies below the lower limit (exact below 10 events,
     * Byar from 10) of
     * events/derived denominator, Low when above the upper limit (99.8% then 95%); DSRs from fewer
     * than 10 events are {@link FunnelSignificance#NOT_APPLICABLE_DSR}.
     */
    public static List<FunnelSignificance> significance(double[] events, double[] rates, double[] denominators,
                                                        RateType type, double multiplier) {
        double[] derived = derivedDenominators(events, rates, denominators, type, multiplier);
        return significance(events, rates, denominators, type, multiplier, baseline(events, derived));
    }

    /** As {@link #significance(double[], double[], double[], RateType, double)}, around a given baseline rate per 1. */
    public static List<FunnelSignificance> significance(double[] events, double[] rates, double[] denominators,
                                                        RateType type, double multiplier, double av) {
        double[] derived = derivedDenominators(events, rates, denominators, type, multiplier);
        List<FunnelSignificance> out = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            FunnelSignificance s;
            if (type == RateType.DSR && events[i] < 10) {
                s = FunnelSignificance.NOT_APPLICABLE_DSR;
            } else {
                s = RatioFunnel.classify(events[i], derived[i], av);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }
}
