package se.indikator.stdlib.equity;

import java.util.Comparator;
import java.util.List;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * Rate ratio and rate difference between the extreme groups (lowest vs highest order) of an ordered
 * breakdown, the simple range measures of health inequality (Regidor 2004, J Epidemiol Community
 * Health 58:858; Wald intervals on the log ratio and on the difference with Poisson variances).
 */
public final class ExtremeGroups {

    private ExtremeGroups() {
    }

    /**
     * Compares the lowest-ordered group with the highest-ordered one; rates are count/denominator
     * × {@code multiplier} (1 for proportions, 100 000 for rates per 100 000).
     */
    public static ExtremeGroupComparison compare(List<GroupCount> groups, double multiplier, ConfidenceLevel level) {
        if (groups == null || groups.size() < 2) {
            throw new IllegalArgumentException("extreme-group comparisons need at least two groups");
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be positive: " + multiplier);
        }
        GroupCount first = groups.stream().min(Comparator.comparingInt(GroupCount::order)).orElseThrow();
        GroupCount last = groups.stream().max(Comparator.comparingInt(GroupCount::order)).orElseThrow();
        double z = level.z();
        double r1 = first.rate() * multiplier;
        double r2 = last.rate() * multiplier;
        double ratio = r1 / r2;
        Interval ratioInterval = Interval.UNDEFINED;
        if (first.count() > 0 && last.count() > 0) {
            double se = Math.sqrt(1.0 / first.count() + 1.0 / last.count());
            ratioInterval = new Interval(ratio * Math.exp(-z * se), ratio * Math.exp(z * se));
        }
        double difference = r1 - r2;
        double seDiff = multiplier * Math.sqrt(first.count() / (first.denominator() * first.denominator())
                + last.count() / (last.denominator() * last.denominator()));
        Interval differenceInterval = new Interval(difference - z * seDiff, difference + z * seDiff);
        return new ExtremeGroupComparison(first, last, r1, r2, ratio, ratioInterval, difference,
                differenceInterval, level);
    }
}
