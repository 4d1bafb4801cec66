package se.indikator.stdlib.equity;

import se.indikator.stdlib.progress.TaskProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * Slope index of inequality (SII) and relative index of inequality (RII) as in PHE's
 * {@code phe_sii} (PHEindicatormethods; Low &amp; Low 2004, "Measuring the gap", and PHE's
 * technical guide to the SII), with confidence limits by Monte-Carlo simulation.
 *
 * <p>Method. Quantiles are sorted by order; each gets the population share a_i = pop_i/Σpop and the
 * midpoint of its cumulative share, x_i = Σ_{j&lt;i} a_j + a_i/2. The analysis value y_i is the
 * value, its log (rates, transformed) or its logit (proportions, transformed). A least-squares line
 * y = α + βx is fitted with weights a_i (equivalently population). Untransformed: SII = β,
 * RII = (α + β)/α, intercept = α. Transformed: with back-transform g (exp or inverse logit),
 * intercept = g(α), SII = g(α + β) − g(α), RII = g(α + β)/g(α). The SII is multiplied by the
 * multiplier; a negative multiplier also inverts the RII.
 *
 * <p>Limits: each group's analysis value is drawn {@code repetitions} times from
 * Normal(y_i, se_i), where se_i is the given standard error (delta method when transformed) or
 * (t(upper) − t(lower))/(2z) from limits at level z; the line is refitted to each draw and the
 * SII/RII computed as above; limits are the (1 ± level)/2 sample quantiles (R's type 7).
 */
public final class SlopeIndexOfInequality {

    private SlopeIndexOfInequality() {
    }

    /** The weighted line through the quantiles: α and β on the analysis scale. */
    record Line(double intercept, double slope) {
    }

    /** Computes SII, RII, intercept and simulated limits for the groups of one area/breakdown. */
    public static SiiResult compute(List<SiiGroup> groups, SiiOptions options) {
        if (groups == null || groups.size() < 2) {
            throw new IllegalArgumentException("the SII needs at least two quantiles");
        }
        List<SiiGroup> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparingInt(SiiGroup::quantile));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).quantile() == sorted.get(i - 1).quantile()) {
                throw new IllegalArgumentException("quantile " + sorted.get(i).quantile() + " appears twice");
            }
        }
        int n = sorted.size();
        double[] share = new double[n];
        double total = 0;
        for (SiiGroup g : sorted) {
            total += g.population();
        }
        double[] x = new double[n];
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            share[i] = sorted.get(i).population() / total;
            x[i] = cumulative + share[i] / 2.0;
            cumulative += share[i];
        }
        Scale scale = Scale.of(options);
        double[] y = new double[n];
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            SiiGroup g = sorted.get(i);
            y[i] = scale.forward(g.value(), g.quantile());
            se[i] = scale.standardError(g);
        }
        // The weighted fit is linear in y: slope = Σ c_i y_i, intercept = Σ a_i y_i − slope·x̄.
        double xBar = 0;
        for (int i = 0; i < n; i++) {
            xBar += share[i] * x[i];
        }
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxx += share[i] * (x[i] - xBar) * (x[i] - xBar);
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = share[i] * (x[i] - xBar) / sxx;
        }
        Line line = fit(y, share, c, xBar);
        double m = options.multiplier();
        double sii = m * scale.sii(line);
        double rii = orient(scale.rii(line), m);
        double intercept = Math.abs(m) * scale.back(line.intercept());

        int reps = options.repetitions();
        double[] siiDraws = new double[reps];
        double[] riiDraws = new double[reps];
        RandomGenerator random = new Well19937c(options.seed());
        double[] draw = new double[n];
        for (int r = 0; r < reps; r++) {
            if ((r & 1023) == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("interrupted"); // Ctrl-C in the shell
                }
                TaskProgress.report(r, reps);
            }
            for (int i = 0; i < n; i++) {
                draw[i] = y[i] + se[i] * random.nextGaussian();
            }
            Line l = fit(draw, share, c, xBar);
            siiDraws[r] = m * scale.sii(l);
            riiDraws[r] = orient(scale.rii(l), m);
        }
        Arrays.sort(siiDraws);
        Arrays.sort(riiDraws);
        List<SiiResult.Limits> limits = new ArrayList<>();
        for (ConfidenceLevel level : options.levels()) {
            double lo = level.alpha() / 2.0;
            double hi = 1.0 - lo;
            limits.add(new SiiResult.Limits(level,
                    new Interval(sortedQuantile(siiDraws, lo), sortedQuantile(siiDraws, hi)),
                    new Interval(sortedQuantile(riiDraws, lo), sortedQuantile(riiDraws, hi))));
        }
        return new SiiResult(sii, rii, intercept, n, limits);
    }

    private static double orient(double rii, double multiplier) {
        return multiplier < 0 ? 1.0 / rii : rii;
    }

    private static Line fit(double[] y, double[] share, double[] c, double xBar) {
        double slope = 0;
        double yBar = 0;
        for (int i = 0; i < y.length; i++) {
            slope += c[i] * y[i];
            yBar += share[i] * y[i];
        }
        return new Line(yBar - slope * xBar, slope);
    }

    /** The p-quantile of sorted data by linear interpolation between order statistics (R type 7). */
    static double sortedQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** The analysis scale: identity, log or logit. */
    private enum Scale {
        IDENTITY, LOG, LOGIT;

        static Scale of(SiiOptions o) {
            if (!o.transform()) {
                return IDENTITY;
            }
            return o.valueType() == SiiValueType.RATE ? LOG : LOGIT;
        }

        double forward(double v, int quantile) {
            switch (this) {
                case LOG:
                    if (!(v > 0)) {
                        throw new IllegalArgumentException("quantile " + quantile + ": log transform needs a positive value: " + v);
                    }
                    return Math.log(v);
                case LOGIT:
                    if (!(v > 0 && v < 1)) {
                        throw new IllegalArgumentException("quantile " + quantile + ": logit transform needs a proportion strictly between 0 and 1: " + v);
                    }
                    return Math.log(v / (1 - v));
                default:
                    return v;
            }
        }

        double back(double t) {
            switch (this) {
                case LOG:
                    return Math.exp(t);
                case LOGIT:
                    return 1.0 / (1.0 + Math.exp(-t));
                default:
                    return t;
            }
        }

        /** The derivative of the forward transform, for the delta method. */
        double derivative(double v) {
            switch (this) {
                case LOG:
                    return 1.0 / v;
                case LOGIT:
                    return 1.0 / (v * (1 - v));
                default:
                    return 1.0;
            }
        }

        double standardError(SiiGroup g) {
            if (!g.hasLimits()) {
                return g.standardError() * Math.abs(derivative(g.value()));
            }
            Interval l = g.limits();
            return (forward(l.upper(), g.quantile()) - forward(l.lower(), g.quantile())) / (2.0 * g.limitsLevel().z());
        }

        double sii(Line line) {
            if (this == IDENTITY) {
                return line.slope();
            }
            return back(line.intercept() + line.slope()) - back(line.intercept());
        }

        double rii(Line line) {
            return back(line.intercept() + line.slope()) / back(line.intercept());
        }
    }
}
