package se.indikator.runtime.estimate;

import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.stdlib.compare.BenchmarkTests;
import se.indikator.stdlib.dist.Quantiles;

/**
 * The p-value of one group's value against its reference value, for multiplicity adjustment: the
 * score test for crude proportions, the Poisson score test for crude rates, ratios and indirectly
 * standardised ratios (expected = observed × national / value), a log-scale z-test from the Poisson
 * variance for directly standardised rates, a z-test from the interval's standard error for means
 * and standardised proportions, and for survey-weighted estimates a z-test on the two estimates' variances.
 */
final class ReferenceTest {
    private ReferenceTest() {
    }

    static double pValue(Estimate e, Estimate reference, IndicatorDef ind, double level, int index) {
        double national = reference.value();
        if (Double.isNaN(e.value()) || Double.isNaN(national)) {
            return Double.NaN;
        }
        if (ind.weight() != null) {
            return weighted(e, reference);
        }
        Measure.Kind kind = ind.measure().kind();
        StandardisationSpec std = ind.standardisation();
        boolean proportion = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT;
        if (std != null && std.method() == StandardisationSpec.Method.DIRECT) {
            if (proportion) {
                double se = (e.upper()[index] - e.lower()[index]) / (2 * Quantiles.twoSidedZ(level));
                return BenchmarkTests.normal(e.value(), se, national);
            }
            return BenchmarkTests.logScale(e.value(), e.variance(), national);
        }
        return switch (kind) {
            case PROPORTION, PERCENT -> BenchmarkTests.proportion(e.numerator(), e.denominator(),
                    national / ind.measure().multiplier());
            case RATE, RATIO -> e.value() > 0 ? BenchmarkTests.poisson(e.numerator(), e.numerator() * national / e.value())
                    : BenchmarkTests.poisson(0, e.denominator() * national / ind.measure().multiplier());
            case MEAN -> {
                double n = e.denominator();
                if (n < 2) {
                    yield Double.NaN;
                }
                double t = Quantiles.studentT(1 - (1 - level) / 2, n - 1);
                double se = (e.upper()[index] - e.lower()[index]) / (2 * t);
                yield BenchmarkTests.normal(e.value(), se, national);
            }
            case LIFE_EXPECTANCY -> {
                double se = (e.upper()[index] - e.lower()[index]) / (2 * Quantiles.twoSidedZ(level));
                yield BenchmarkTests.normal(e.value(), se, national);
            }
            default -> Double.NaN;
        };
    }

    /**
     * A survey-weighted estimate against its reference: z = (value − reference) / √(v + v_ref) from the two
     * linearised variances, two-sided normal p-value. It treats the two as independent; a group is part of
     * the country, so the test is somewhat conservative for large groups.
     */
    static double weighted(Estimate e, Estimate reference) {
        double v = e.variance() + reference.variance();
        if (!(v > 0)) {
            return Double.NaN;
        }
        double z = (e.value() - reference.value()) / Math.sqrt(v);
        return 2 * Quantiles.normalUpperTail(Math.abs(z));
    }
}
