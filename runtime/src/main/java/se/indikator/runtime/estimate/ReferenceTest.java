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
 * variance for directly standardised rates, and a z-test from the interval's standard error for means
 * and standardised proportions.
 */
final class ReferenceTest {
    private ReferenceTest() {
    }

    static double pValue(Estimate e, double national, IndicatorDef ind, double level, int index) {
        if (Double.isNaN(e.value()) || Double.isNaN(national)) {
            return Double.NaN;
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
}
