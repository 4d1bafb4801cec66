package se.indikator.runtime.exec;

import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.survey.KornGraubardProportion;
import se.indikator.stdlib.survey.LinearisedMean;
import se.indikator.stdlib.survey.WeightedSums;

/**
 * The statistic of a survey-weighted cohort indicator from one group's weighted sums: a proportion or
 * percent with the Korn–Graubard interval, a mean with the linearised t interval on n − 1 degrees of
 * freedom. The estimate's numerator and denominator stay the unweighted counts (events and respondents;
 * for a mean the sum of the values and the respondents), which disclosure control protects; its variance
 * and effective sample size go with it for the comparison and the {@code n_effective} column.
 */
final class WeightedEstimates {
    private WeightedEstimates() {
    }

    /** The estimate of group {@code g} (the national total at {@code a.groups()}), summed over its strata. */
    static Estimate estimate(IndicatorDef ind, List<Double> levels, IndicatorExecutor.Aggregates a, int g) {
        Kernel.Weighted w = a.weighted();
        WeightedSums sums = WeightedSums.EMPTY;
        double num = 0;
        double den = 0;
        for (int s = 0; s < a.strata(); s++) {
            int c = a.cell(g, s);
            num += a.num()[c];
            den += a.den()[c];
            sums = sums.plus(new WeightedSums(a.den()[c], w.sumW()[c], w.sumW2()[c], w.sumWY()[c], w.sumW2Y()[c],
                    w.sumW2Y2()[c]));
        }
        double[] lo = new double[levels.size()];
        double[] hi = new double[levels.size()];
        boolean mean = ind.measure().kind() == Measure.Kind.MEAN;
        double k = mean ? 1 : ind.measure().multiplier();
        KornGraubardProportion.Estimate p = mean ? null : KornGraubardProportion.estimate(sums);
        for (int i = 0; i < levels.size(); i++) {
            ConfidenceLevel level = ConfidenceLevel.of(levels.get(i));
            Interval iv = mean ? LinearisedMean.interval(sums, level) : KornGraubardProportion.interval(p, level);
            lo[i] = iv.lower() * k;
            hi[i] = iv.upper() * k;
        }
        double value = sums.mean() * k;
        double variance = sums.linearisedVariance() * k * k;
        double effective = sums.kishEffectiveN();
        String method = mean ? "linearised t, df " + se.indikator.runtime.ast.Numbers.plain(Math.max(0, den - 1))
                : "korn-graubard";
        Estimate.Withheld none = null;
        if (!(sums.sumW() > 0)) {
            return new Estimate(num, den, Double.NaN, lo, hi, "", den > 0
                    ? Estimate.Withheld.notComputed("not computed: the weights add up to 0") : none, Double.NaN, 0);
        }
        return new Estimate(num, den, value, lo, hi, method, none, variance, effective);
    }
}
