package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.CiMethod;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.StandardPopulations;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.standard.StandardPopulation;
import se.indikator.stdlib.standardise.DirectStandardisation;
import se.indikator.stdlib.standardise.DirectlyStandardised;
import se.indikator.stdlib.standardise.DirectlyStandardisedProportions;
import se.indikator.stdlib.standardise.IndirectMethod;
import se.indikator.stdlib.standardise.IndirectStandardisation;
import se.indikator.stdlib.standardise.IndirectlyStandardised;

/**
 * The statistic step of a plan: turns one group's aggregates into an {@link Estimate} — crude, or
 * directly standardised (Dobson or Fay–Feuer gamma limits; normal limits for proportions), or
 * indirectly standardised (ISRatio or ISRate, exact below 10 observed and Byar from 10).
 */
final class StatisticStep {
    private final IndicatorDef ind;
    private final List<Double> levels;
    private final List<ConfidenceLevel> confidence;
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final double[] referenceRates;
    private double[] weights;
    private final StandardisationSpec std;
    private final List<List<String>> strataCategories;
    private final Catalog catalog;
    private final se.indikator.runtime.model.Functions functions;
    private final List<BreakdownDef> strataDefs;
    private LifeExpectancyStep lifeTable;

    StatisticStep(Catalog catalog, se.indikator.runtime.model.Functions functions, IndicatorDef ind, List<Double> levels,
            List<BreakdownDef> strataDefs, List<List<String>> strataCategories, double[] referenceRates) {
        this.catalog = catalog;
        this.functions = functions;
        this.strataDefs = strataDefs;
        this.ind = ind;
        this.levels = levels;
        this.confidence = levels.stream().map(ConfidenceLevel::of).toList();
        this.std = ind.standardisation();
        this.strataCategories = strataCategories;
        this.referenceRates = referenceRates;
    }

    List<Diagnostic> warnings() {
        return warnings;
    }

    Estimate estimate(IndicatorExecutor.Aggregates a, int g, IndicatorExecutor.Aggregates national) {
        double missing = 0;
        for (int s = 0; s < a.strata(); s++) {
            missing += a.missing()[a.cell(g, s)];
        }
        if (std == null && missing > 0) {
            Estimate e = empty("");
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, e.lower(), e.upper(), "",
                    Estimate.Withheld.notComputed("not computed: " + se.indikator.runtime.ast.Numbers.plain(missing)
                            + " missing value" + (missing == 1 ? "" : "s")));
        }
        if (ind.measure().kind() == Measure.Kind.LIFE_EXPECTANCY) {
            if (lifeTable == null) {
                lifeTable = new LifeExpectancyStep(ind, confidence, strataCategories.get(0), warnings);
            }
            return lifeTable.estimate(a, g);
        }
        if (std == null && ind.measure().kind() == Measure.Kind.MEDIAN) {
            return percentile(a.values()[g], 50);
        }
        if (std == null && ind.measure().kind() == Measure.Kind.PERCENTILE) {
            return percentile(a.values()[g], ind.measure().multiplier());
        }
        if (std == null && ind.weight() != null) {
            return WeightedEstimates.estimate(ind, levels, a, g);
        }
        if (std == null) {
            double num = 0;
            double den = 0;
            double sum = 0;
            double sq = 0;
            for (int s = 0; s < a.strata(); s++) {
                int c = a.cell(g, s);
                num += a.num()[c];
                den += a.den()[c];
                sum += a.sum()[c];
                sq += a.sumSquares()[c];
            }
            Measure.Kind kind = ind.measure().kind();
            boolean proportion = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT;
            if (proportion && num > den) {
                Estimate e = empty("");
                return new Estimate(num, den, Double.NaN, e.lower(), e.upper(), "", Estimate.Withheld.notComputed(
                        "not computed: the numerator " + se.indikator.runtime.ast.Numbers.plain(num) + " exceeds the denominator "
                                + se.indikator.runtime.ast.Numbers.plain(den)));
            }
            if (ind.ciMethod() == CiMethod.DOBSON_NONINDEPENDENT) {
                return nonIndependentCrude(num, sq, den);
            }
            return Estimator.crude(ind.measure(), ind.ciMethod(), levels, num, den, sum, sq);
        }
        if (std.method() == StandardisationSpec.Method.DIRECT) {
            return direct(a, g, national);
        }
        return indirect(a, g);
    }

    private Estimate direct(IndicatorExecutor.Aggregates a, int g, IndicatorExecutor.Aggregates national) {
        double[] w = weights(national);
        if (w == null) {
            return empty("");
        }
        List<Double> x = new ArrayList<>();
        List<Double> x2 = new ArrayList<>();
        List<Double> n = new ArrayList<>();
        List<Double> ww = new ArrayList<>();
        double totalX = 0;
        double totalN = 0;
        for (int s = 0; s < a.strata(); s++) {
            int c = a.cell(g, s);
            double xs = a.num()[c];
            double ns = a.den()[c];
            totalX += xs;
            totalN += ns;
            if (ns > 0 && w[s] > 0) {
                x.add(xs);
                x2.add(a.sumSquares()[c]);
                n.add(ns);
                ww.add(w[s]);
            }
        }
        if (x.isEmpty()) {
            return empty("no population in the strata");
        }
        double[] xa = x.stream().mapToDouble(Double::doubleValue).toArray();
        double[] na = n.stream().mapToDouble(Double::doubleValue).toArray();
        double[] wa = ww.stream().mapToDouble(Double::doubleValue).toArray();
        boolean proportion = ind.measure().kind() == Measure.Kind.PROPORTION || ind.measure().kind() == Measure.Kind.PERCENT;
        DirectlyStandardised r;
        String method;
        if (proportion) {
            r = DirectlyStandardisedProportions.normal(xa, na, wa, ind.measure().multiplier(), confidence);
            method = "direct, normal";
        } else if (ind.ciMethod() == CiMethod.DOBSON_NONINDEPENDENT) {
            r = DirectStandardisation.dobsonNonIndependent(xa, x2.stream().mapToDouble(Double::doubleValue).toArray(), na,
                    wa, ind.measure().multiplier(), confidence);
            method = "dobson-non-independent";
        } else if (ind.ciMethod() == CiMethod.GAMMA) {
            r = DirectStandardisation.fayFeuer(xa, na, wa, ind.measure().multiplier(), confidence);
            method = "gamma";
        } else {
            r = DirectStandardisation.dobson(xa, na, wa, ind.measure().multiplier(), confidence);
            method = "dobson";
        }
        double[] lo = bound(r.intervals(), true);
        double[] hi = bound(r.intervals(), false);
        // Dobson's interval keeps PHE's rule of 10 events; the gamma interval has no rule of its own
        Estimate.Withheld inherent = !proportion && r.suppressed() && !method.equals("gamma") ? dobsonRule(method) : null;
        double variance = se.indikator.stdlib.compare.StandardisedRateComparison.variance(xa, na, wa,
                ind.measure().multiplier());
        return new Estimate(totalX, totalN, r.value(), lo, hi, method, inherent, variance);
    }

    /**
     * A crude rate or ratio whose events are not independent (persons with several events): PHE's Dobson
     * interval with the variance inflated by the frequencies of events per person, Σ k²·f_k / n², which is
     * the directly standardised rate of one stratum whose standard is its own population.
     */
    private Estimate nonIndependentCrude(double num, double sumSquaredEvents, double den) {
        if (!(den > 0)) {
            return empty("no population");
        }
        DirectlyStandardised r = DirectStandardisation.dobsonNonIndependent(new double[] {num},
                new double[] {sumSquaredEvents}, new double[] {den}, new double[] {1}, ind.measure().multiplier(), confidence);
        double[] lo = bound(r.intervals(), true);
        double[] hi = bound(r.intervals(), false);
        String method = "dobson-non-independent";
        return new Estimate(num, den, r.value(), lo, hi, method, r.suppressed() ? dobsonRule(method) : null);
    }

    /** PHE's rule for Dobson's interval: a value from fewer than 10 events is not shown. */
    private static Estimate.Withheld dobsonRule(String method) {
        return Estimate.Withheld.rule("suppressed: fewer than 10 events, PHE's rule for Dobson's interval (" + method + ")");
    }

    /**
     * A percentile (the median is the 50th) of type 7 with the order-statistic (binomial) interval; the
     * median averages the middle pair.
     */
    private Estimate percentile(double[] sorted, double percent) {
        int n = sorted.length;
        double[] lo = new double[levels.size()];
        double[] hi = new double[levels.size()];
        if (n == 0) {
            return empty("");
        }
        double value = se.indikator.stdlib.ci.PercentileIntervals.type7(sorted, percent / 100);
        for (int i = 0; i < levels.size(); i++) {
            se.indikator.stdlib.ci.OrderStatisticInterval oi = se.indikator.stdlib.ci.PercentileIntervals.orderStatistic(
                    sorted, percent / 100, confidence.get(i));
            lo[i] = oi.interval().lower();
            hi[i] = oi.interval().upper();
        }
        return new Estimate(Double.NaN, n, value, lo, hi, "order", null);
    }

    private Estimate empty(String why) {
        double[] nan = new double[levels.size()];
        java.util.Arrays.fill(nan, Double.NaN);
        return new Estimate(0, 0, Double.NaN, nan, nan.clone(), "", why.isEmpty() ? null : Estimate.Withheld.notComputed(why));
    }

    /** Standard weights per (combined) stratum; null after reporting when they cannot be made. */
    private double[] weights(IndicatorExecutor.Aggregates national) {
        if (weights != null) {
            return weights;
        }
        int strata = national.strata();
        double[] natDen = new double[strata];
        for (int s = 0; s < strata; s++) {
            natDen[s] = national.den()[national.cell(national.groups(), s)];
        }
        if (std.internal()) {
            String name = std.standard().text();
            String own = ind.shape() == IndicatorDef.Shape.COHORT ? ind.cohortSource()
                    : ind.denominator() == null ? null : ind.denominator().source();
            weights = name.equals("cohort") || name.equals(own) && std.standardWhere() == null ? natDen
                    : InternalStandard.weights(catalog, functions, name, std.standardWhere(),
                            ind.denominator() == null ? null : ind.denominator().column(), strataDefs, strataCategories);
            return weights;
        }
        StandardPopulation pop = StandardPopulations.find(std.standard().text()).orElse(null);
        if (pop == null) {
            pop = UserStandard.from(catalog, std.standard().text(), strataCategories).orElse(null);
            if (pop == null) {
                warnings.add(Diagnostic.error("E326", std.standard().span(), "data '" + std.standard().text()
                        + "' cannot serve as a standard population", "give it a band label column and a weight column"));
                return null;
            }
        }
        int match = StandardPopulations.matchingStratum(pop, strataCategories);
        if (match < 0) {
            List<String> cats = strataCategories.get(0);
            List<String> missing = StandardPopulations.missingBands(pop, cats);
            warnings.add(Diagnostic.error("E325", std.strata().get(0).span(), "the strata of '" + std.strata().get(0).text()
                    + "' do not match " + pop.name() + ": '" + (missing.isEmpty() ? "?" : missing.get(0))
                    + "' is not one of its bands", pop.name() + "'s bands are " + String.join(", ", pop.labels())));
            return null;
        }
        List<Integer> sizes = strataCategories.stream().map(List::size).toList();
        double[] bandWeight = pop.weightsFor(strataCategories.get(match));
        double[] w = new double[strata];
        double[] popByBand = new double[sizes.get(match)];
        for (int s = 0; s < strata; s++) {
            popByBand[GroupKey.split(s, sizes)[match]] += natDen[s];
        }
        for (int s = 0; s < strata; s++) {
            int band = GroupKey.split(s, sizes)[match];
            double share = sizes.size() == 1 ? 1 : popByBand[band] > 0 ? natDen[s] / popByBand[band] : 0;
            w[s] = bandWeight[band] * share;
        }
        weights = w;
        return weights;
    }

    private Estimate indirect(IndicatorExecutor.Aggregates a, int g) {
        double observed = 0;
        double expected = 0;
        double den = 0;
        for (int s = 0; s < a.strata(); s++) {
            int c = a.cell(g, s);
            observed += a.num()[c];
            den += a.den()[c];
            if (a.den()[c] > 0) {
                expected += a.den()[c] * referenceRates[s];
            }
        }
        IndirectMethod m = switch (ind.ciMethod()) {
            case EXACT -> IndirectMethod.EXACT;
            case BYAR -> IndirectMethod.BYAR;
            default -> IndirectMethod.PHE_DEFAULT;
        };
        IndirectlyStandardised r;
        String method;
        if (ind.measure().kind() == Measure.Kind.RATE) {
            double refCrude = referenceRates[referenceRates.length - 1];
            r = IndirectStandardisation.rate(observed, expected, refCrude, ind.measure().multiplier(), m, confidence);
            method = "israte, " + (observed < 10 ? "exact" : "byar");
        } else {
            r = IndirectStandardisation.ratio(observed, expected, ind.measure().multiplier(), m, confidence);
            method = "isratio, " + (observed < 10 ? "exact" : "byar");
        }
        double[] lo = bound(r.intervals(), true);
        double[] hi = bound(r.intervals(), false);
        if (m != IndirectMethod.PHE_DEFAULT) {
            method = (ind.measure().kind() == Measure.Kind.RATE ? "israte, " : "isratio, ") + ind.ciMethod().keyword;
        }
        return new Estimate(observed, expected, r.value(), lo, hi, method, null);
    }

    /** The lower (or upper) limit of {@code intervals} at each confidence level, in the levels' order. */
    private double[] bound(se.indikator.stdlib.ci.LevelledIntervals intervals, boolean lower) {
        double[] out = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            Interval iv = intervals.at(confidence.get(i));
            out[i] = lower ? iv.lower() : iv.upper();
        }
        return out;
    }

    static Span nowhere() {
        return Span.NONE;
    }
}
