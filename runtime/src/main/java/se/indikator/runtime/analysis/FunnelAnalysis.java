package se.indikator.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.indikator.runtime.result.NumberFormat;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.equity.FunnelAxis;
import se.indikator.stdlib.equity.FunnelRow;
import se.indikator.stdlib.equity.FunnelSignificance;
import se.indikator.stdlib.equity.Overdispersion;
import se.indikator.stdlib.equity.OverdispersionEstimate;
import se.indikator.stdlib.equity.PoissonControlLimits;
import se.indikator.stdlib.equity.ProportionFunnel;
import se.indikator.stdlib.equity.RateFunnel;
import se.indikator.stdlib.equity.RatioFunnel;

/**
 * The funnel plot of a set of units, as PHE's funnel functions compute it: the baseline, each unit's
 * position (its denominator: the population for proportions, the expected events for ratios, the
 * derived population for rates), its 95% and 99.8% control limits at that position, its significance
 * label, and PHE's 100-row table of limits. With overdispersion, Spiegelhalter's (2005) multiplicative
 * or additive (random-effects) limits replace the binomial/Poisson ones.
 */
public final class FunnelAnalysis {

    /** The kind of value on the funnel. */
    public enum Statistic {
        PROPORTION, CRUDE_RATE, DSR, RATIO
    }

    /** Overdispersion handling. */
    public enum Dispersion {
        NONE, MULTIPLICATIVE, ADDITIVE;

        public static final List<String> NAMES = List.of("none", "multiplicative", "additive");
    }

    /** One unit's place on the funnel and its class; limits are NaN where there are none. */
    public record Unit(double numerator, double position, double value, double[] limits, FunnelSignificance significance) {
        /** PHE's label of the class, e.g. "High (0.001)". */
        public String label() {
            return significance.label();
        }
    }

    /**
     * The result: baseline (on the value's scale), units in input order, notes, the baseline per 1
     * (the ratio scale's 1 for ratios) and the overdispersion estimate (null without one).
     */
    public record Result(double baseline, List<Unit> units, List<String> notes, double perOneBaseline,
            OverdispersionEstimate dispersion) {
    }

    private static final double[] TAILS = {0.025, 0.001};
    private static final ConfidenceLevel[] LEVELS = {ConfidenceLevel.P95, ConfidenceLevel.P99_8};

    private final Statistic statistic;
    private final double multiplier;
    private final RatioFunnel.Scale scale;
    private final double years;
    private final Dispersion dispersion;
    private final boolean decimalComma;

    /**
     * @param multiplier 100 for percentages, N for rates per N, 1 otherwise
     * @param scale how ratios are expressed (ignored for other statistics)
     * @param years years of data behind rates (the limit table's populations are per year)
     * @param decimalComma whether the notes write numbers with decimal commas
     */
    public FunnelAnalysis(Statistic statistic, double multiplier, RatioFunnel.Scale scale, double years, Dispersion dispersion,
            boolean decimalComma) {
        this.decimalComma = decimalComma;
        this.statistic = statistic;
        this.multiplier = multiplier;
        this.scale = scale;
        this.years = years;
        this.dispersion = dispersion;
    }

    /**
     * Computes the funnel. {@code numerators} are the counts (events, observed); {@code denominators} the
     * populations or expected events (NaN when not given, for rates given with their rate);
     * {@code rates} the rates per {@code multiplier} (rates only; NaN where to be derived). The baseline is
     * pooled from the units.
     */
    public Result compute(double[] numerators, double[] denominators, double[] rates) {
        return compute(numerators, denominators, rates, Double.NaN);
    }

    /**
     * As {@link #compute(double[], double[], double[])}, around a given baseline per 1 (the national value of
     * the same slice, for proportions and rates; NaN pools the units, as PHE's functions do).
     */
    public Result compute(double[] numerators, double[] denominators, double[] rates, double givenBaseline) {
        boolean given = !Double.isNaN(givenBaseline);
        int n = numerators.length;
        double[] position = new double[n];
        double[] value = new double[n];
        double baseline;
        List<FunnelSignificance> labels;
        switch (statistic) {
            case PROPORTION -> {
                baseline = given ? givenBaseline : ProportionFunnel.baseline(numerators, denominators);
                labels = ProportionFunnel.significance(numerators, denominators, baseline);
                for (int i = 0; i < n; i++) {
                    position[i] = denominators[i];
                    value[i] = numerators[i] / denominators[i] * multiplier;
                }
            }
            case RATIO -> {
                baseline = 1;
                labels = RatioFunnel.significance(numerators, denominators);
                for (int i = 0; i < n; i++) {
                    position[i] = denominators[i];
                    value[i] = scale.express(numerators[i] / denominators[i]);
                }
            }
            default -> {
                RateFunnel.RateType type = statistic == Statistic.DSR ? RateFunnel.RateType.DSR : RateFunnel.RateType.CRUDE;
                double[] r = rates(numerators, denominators, rates);
                double[] den = hasAny(denominators) ? denominators : null;
                double[] derived = RateFunnel.derivedDenominators(numerators, r, den, type, multiplier);
                baseline = given ? givenBaseline : RateFunnel.baseline(numerators, derived);
                labels = RateFunnel.significance(numerators, r, den, type, multiplier, baseline);
                for (int i = 0; i < n; i++) {
                    position[i] = derived[i];
                    value[i] = r[i];
                }
            }
        }
        List<String> notes = new ArrayList<>();
        OverdispersionEstimate od = dispersion == Dispersion.NONE ? null : overdispersion(numerators, position, baseline);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] limits = new double[4];
            for (int k = 0; k < 2; k++) {
                limits[2 * k] = od == null ? limit(position[i], baseline, k, false) : adjusted(od, position[i], baseline, k, false);
                limits[2 * k + 1] = od == null ? limit(position[i], baseline, k, true) : adjusted(od, position[i], baseline, k, true);
            }
            FunnelSignificance label = od == null ? labels.get(i) : classify(value[i], limits);
            units.add(new Unit(numerators[i], position[i], value[i], limits, label));
        }
        double shownBaseline = switch (statistic) {
            case PROPORTION, CRUDE_RATE, DSR -> baseline * multiplier;
            case RATIO -> scale.nullValue();
        };
        notes.add(method(given));
        if (od != null) {
            notes.add(String.format(Locale.ROOT, "overdispersion (Spiegelhalter 2005, 10%% winsorised z-scores): "
                    + "phi = %s, tau2 = %s, chi2 = %s on %d df, p = %s; %s limits",
                    NumberFormat.human(od.phi(), 4, decimalComma), NumberFormat.human(od.tau2(), 4, decimalComma),
                    NumberFormat.human(od.chiSquare(), 4, decimalComma), od.units() - 1,
                    NumberFormat.human(od.pValue(), 4, decimalComma),
                    dispersion == Dispersion.MULTIPLICATIVE ? "multiplicative" : "additive (random effects)"));
        }
        return new Result(shownBaseline, List.copyOf(units), List.copyOf(notes), baseline, od);
    }

    private String method(boolean given) {
        String limits = switch (dispersion) {
            case NONE -> switch (statistic) {
                case PROPORTION -> "binomial (normal approximation) limits around the "
                        + (given ? "national proportion" : "pooled proportion");
                case RATIO -> "Poisson limits around a ratio of 1";
                default -> "Poisson limits around the " + (given ? "national rate" : "pooled rate");
            };
            case MULTIPLICATIVE -> "limits widened by the overdispersion factor phi (when phi > 1)";
            case ADDITIVE -> "random-effects limits with the between-unit variance tau2";
        };
        String labels = switch (statistic) {
            case PROPORTION -> "labels against the limits at each unit's denominator";
            case DSR -> "labels from each unit's interval (exact below 10 events, Byar from 10); DSRs from fewer than 10 events not classified";
            default -> "labels from each unit's interval (exact below 10 events, Byar from 10)";
        };
        return "PHE funnel: " + limits + " at each unit's " + positionName() + "; "
                + (dispersion == Dispersion.NONE ? labels : "labels against the adjusted limits");
    }

    private String positionName() {
        return switch (statistic) {
            case PROPORTION -> "denominator";
            case RATIO -> "expected events";
            default -> "population (events × multiplier / rate)";
        };
    }

    private double[] rates(double[] numerators, double[] denominators, double[] rates) {
        double[] r = new double[numerators.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = rates != null && !Double.isNaN(rates[i]) ? rates[i] : numerators[i] / denominators[i] * multiplier;
        }
        return r;
    }

    private static boolean hasAny(double[] a) {
        if (a == null) {
            return false;
        }
        for (double v : a) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** PHE's limit at position x (k = 0: 95%, 1: 99.8%), on the value's scale. */
    private double limit(double x, double baseline, int k, boolean upper) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        return switch (statistic) {
            case PROPORTION -> Math.max(0, Math.min(multiplier,
                    ProportionFunnel.limit(x, baseline, LEVELS[k], upper) * multiplier));
            case RATIO -> scale.express(PoissonControlLimits.events(x, TAILS[k], upper) / x);
            default -> PoissonControlLimits.events(baseline * x, TAILS[k], upper) / x * multiplier;
        };
    }

    /** The unit's null standard error on the per-1 scale at position x. */
    private double nullSe(double x, double baseline) {
        return switch (statistic) {
            case PROPORTION -> Math.sqrt(baseline * (1 - baseline) / x);
            case RATIO -> 1 / Math.sqrt(x);
            default -> Math.sqrt(baseline / x);
        };
    }

    private OverdispersionEstimate overdispersion(double[] numerators, double[] position, double baseline) {
        List<double[]> ys = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            if (position[i] > 0) {
                ys.add(new double[] {numerators[i] / position[i], nullSe(position[i], baseline)});
            }
        }
        double[] y = ys.stream().mapToDouble(v -> v[0]).toArray();
        double[] s = ys.stream().mapToDouble(v -> v[1]).toArray();
        return Overdispersion.estimate(y, s, baseline, Overdispersion.DEFAULT_WINSOR);
    }

    private double adjusted(OverdispersionEstimate od, double x, double baseline, int k, boolean upper) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        double s = nullSe(x, baseline);
        double half = dispersion == Dispersion.MULTIPLICATIVE ? LEVELS[k].z() * Math.sqrt(Math.max(1, od.phi())) * s
                : LEVELS[k].z() * Math.sqrt(s * s + od.tau2());
        double perOne = upper ? baseline + half : baseline - half;
        return switch (statistic) {
            case PROPORTION -> Math.max(0, Math.min(multiplier, perOne * multiplier));
            case RATIO -> scale.express(Math.max(0, perOne));
            default -> Math.max(0, perOne) * multiplier;
        };
    }

    private static FunnelSignificance classify(double v, double[] limits) {
        if (v > limits[3]) {
            return FunnelSignificance.HIGH_0_001;
        } else if (v > limits[1]) {
            return FunnelSignificance.HIGH_0_025;
        } else if (v < limits[2]) {
            return FunnelSignificance.LOW_0_001;
        } else if (v < limits[0]) {
            return FunnelSignificance.LOW_0_025;
        }
        return FunnelSignificance.NOT_SIGNIFICANT;
    }

    /**
     * Smooth limit lines for the chart from a computed funnel: the four limits at 200 positions spaced
     * geometrically from the smallest unit's position to the largest's.
     */
    public List<LimitCurve> curves(Result r) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Unit u : r.units()) {
            if (u.position() > 0 && Double.isFinite(u.position())) {
                min = Math.min(min, u.position());
                max = Math.max(max, u.position());
            }
        }
        if (!(max > min)) {
            return List.of();
        }
        double perOne = r.perOneBaseline();
        OverdispersionEstimate od = r.dispersion();
        int points = 200;
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = min * Math.pow(max / min, i / (points - 1.0));
        }
        List<LimitCurve> out = new ArrayList<>();
        String[] labels = {"95", "99_8"};
        for (int k = 0; k < 2; k++) {
            for (boolean upper : new boolean[] {false, true}) {
                double[] y = new double[points];
                for (int i = 0; i < points; i++) {
                    y[i] = od == null ? limit(x[i], perOne, k, upper) : adjusted(od, x[i], perOne, k, upper);
                }
                out.add(new LimitCurve(labels[k], upper, x, y));
            }
        }
        return out;
    }

    /** The column names of the limit table. */
    public List<String> limitColumns() {
        if (dispersion != Dispersion.NONE) {
            return List.of("denominator", "lower_95", "upper_95", "lower_99_8", "upper_99_8", "baseline");
        }
        String axis = switch (statistic) {
            case PROPORTION -> "population";
            case RATIO -> "observed";
            default -> "events";
        };
        return List.of(axis, "lower_95_denominator", "lower_95", "upper_95_denominator", "upper_95",
                "lower_99_8_denominator", "lower_99_8", "upper_99_8_denominator", "upper_99_8", "baseline");
    }

    /**
     * PHE's 100-row table of limits (the axis and, for each limit, the denominator where it is drawn and
     * its value); with overdispersion, the adjusted limits at 100 denominators from the smallest unit's to
     * the largest's.
     */
    public List<List<Object>> limitRows(Result r, double[] numerators, double[] denominators, double[] rates) {
        List<List<Object>> rows = new ArrayList<>();
        if (dispersion != Dispersion.NONE) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (Unit u : r.units()) {
                if (u.position() > 0) {
                    min = Math.min(min, u.position());
                    max = Math.max(max, u.position());
                }
            }
            double perOneBaseline = r.perOneBaseline();
            OverdispersionEstimate od = r.dispersion();
            for (double x : FunnelAxis.geometric(Math.floor(min), Math.ceil(max), false)) {
                List<Object> row = new ArrayList<>();
                row.add(x);
                for (int k = 0; k < 2; k++) {
                    row.add(adjusted(od, x, perOneBaseline, k, false));
                    row.add(adjusted(od, x, perOneBaseline, k, true));
                }
                row.add(r.baseline());
                rows.add(row);
            }
            return rows;
        }
        List<FunnelRow> table = switch (statistic) {
            case PROPORTION -> ProportionFunnel.table(numerators, denominators, multiplier);
            case RATIO -> RatioFunnel.table(numerators, denominators, scale);
            default -> RateFunnel.table(numerators, rates(numerators, denominators, rates),
                    hasAny(denominators) ? denominators : null,
                    statistic == Statistic.DSR ? RateFunnel.RateType.DSR : RateFunnel.RateType.CRUDE, multiplier, years);
        };
        for (FunnelRow f : table) {
            rows.add(new ArrayList<>(List.of(f.axis(), f.lower2s().denominator(), f.lower2s().limit(),
                    f.upper2s().denominator(), f.upper2s().limit(), f.lower3s().denominator(), f.lower3s().limit(),
                    f.upper3s().denominator(), f.upper3s().limit(), f.baseline())));
        }
        return rows;
    }
}
