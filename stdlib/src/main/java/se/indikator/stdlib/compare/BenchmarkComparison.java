package se.indikator.stdlib.compare;

import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.LevelledIntervals;

/**
 * Comparison of a group's confidence interval with a benchmark (e.g. the national value) at two
 * levels, Fingertips-style (PHE, "Technical guide: Comparing with a benchmark"): at each level the
 * group is significantly higher when the lower limit exceeds the benchmark, lower when the upper
 * limit is below it, and similar otherwise; polarity turns higher/lower into better/worse.
 *
 * <p>Example: 95% [12, 15] and 99.8% [11, 16] against 10, lower is better → worse at both
 * levels, category "worse (99.8%)".
 *
 * @param first       the outcome at the first (usual) level, e.g. 95%
 * @param second      the outcome at the second (stricter) level, e.g. 99.8%
 * @param firstLevel  the first level
 * @param secondLevel the second level
 */
public record BenchmarkComparison(Significance first, Significance second,
                                  ConfidenceLevel firstLevel, ConfidenceLevel secondLevel) {

    /** Compares one interval with the benchmark. A NaN limit or benchmark gives NOT_COMPARED. */
    public static Significance compare(Interval interval, double benchmark, Polarity polarity) {
        if (!interval.isDefined() || Double.isNaN(benchmark)) {
            return Significance.NOT_COMPARED;
        }
        if (interval.lower() > benchmark) {
            return switch (polarity) {
                case HIGHER_IS_BETTER -> Significance.BETTER;
                case LOWER_IS_BETTER -> Significance.WORSE;
                case NONE -> Significance.HIGHER;
            };
        }
        if (interval.upper() < benchmark) {
            return switch (polarity) {
                case HIGHER_IS_BETTER -> Significance.WORSE;
                case LOWER_IS_BETTER -> Significance.BETTER;
                case NONE -> Significance.LOWER;
            };
        }
        return Significance.SIMILAR;
    }

    /** Compares at two levels taken from {@code intervals}. */
    public static BenchmarkComparison compare(LevelledIntervals intervals, ConfidenceLevel firstLevel,
                                              ConfidenceLevel secondLevel, double benchmark, Polarity polarity) {
        return new BenchmarkComparison(compare(intervals.at(firstLevel), benchmark, polarity),
                compare(intervals.at(secondLevel), benchmark, polarity), firstLevel, secondLevel);
    }

    /** Compares at 95% and 99.8%, the Fingertips pair. */
    public static BenchmarkComparison compare(Interval at95, Interval at998, double benchmark, Polarity polarity) {
        return new BenchmarkComparison(compare(at95, benchmark, polarity), compare(at998, benchmark, polarity),
                ConfidenceLevel.P95, ConfidenceLevel.P99_8);
    }

    /**
     * A five-way category: "better (99.8%)" / "worse (99.8%)" etc. when significant at the second
     * level, "better (95%)" when only at the first, else "similar" or "not compared".
     */
    public String category() {
        if (second.isSignificant()) {
            return second.label() + " (" + percent(secondLevel) + ")";
        }
        if (first.isSignificant()) {
            return first.label() + " (" + percent(firstLevel) + ")";
        }
        return first.label();
    }

    private static String percent(ConfidenceLevel level) {
        return level.label().replace('_', '.') + "%";
    }
}
