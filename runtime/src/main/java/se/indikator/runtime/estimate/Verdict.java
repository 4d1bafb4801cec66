package se.indikator.runtime.estimate;

import se.indikator.runtime.ast.Polarity;

/**
 * The overall verdict of one group, combining its comparison with its reference, whether it meets the
 * target and its recent trend.
 *
 * <p>The status comes first: with a target, {@code good} when it is met and the group is not
 * significantly worse than its reference, {@code poor} when it is missed and the group is not
 * significantly better, {@code mixed} when the two disagree; without a target, {@code good},
 * {@code poor} or {@code average} from the interval alone. A significant trend against the status is
 * added ({@code good, worsening}, {@code poor, improving}, {@code average, improving}, …). Indicators
 * with polarity {@code none} are {@code not judged}; a group without a value is {@code not assessed}.
 */
public record Verdict(Status status, Change change) {

    /** The status part of a verdict. */
    public enum Status {
        GOOD("good"), POOR("poor"), MIXED("mixed"), AVERAGE("average"), NOT_JUDGED("not judged"),
        NOT_ASSESSED("not assessed"), TREND_ONLY("");

        private final String word;

        Status(String word) {
            this.word = word;
        }
    }

    /** A significant trend: improving or worsening by polarity, or none. */
    public enum Change {
        NONE, IMPROVING, WORSENING;

        /** The change of a trend's short label ("improving", "worsening", anything else none). */
        public static Change of(String trend) {
            return "improving".equals(trend) ? IMPROVING : "worsening".equals(trend) ? WORSENING : NONE;
        }
    }

    /**
     * @param vs the comparison with the reference (null when not compared)
     * @param targetMet whether the target is met (null without a target)
     * @param trend the recent trend
     * @param hasValue whether the group has a value shown
     */
    public static Verdict of(Comparison vs, Boolean targetMet, Change trend, Polarity polarity, boolean hasValue) {
        if (!hasValue) {
            return new Verdict(Status.NOT_ASSESSED, Change.NONE);
        }
        if (polarity == Polarity.NONE) {
            return new Verdict(Status.NOT_JUDGED, Change.NONE);
        }
        boolean better = vs == Comparison.BETTER;
        boolean worse = vs == Comparison.WORSE;
        Status status;
        if (Boolean.TRUE.equals(targetMet)) {
            status = worse ? Status.MIXED : Status.GOOD;
        } else if (Boolean.FALSE.equals(targetMet)) {
            status = better ? Status.MIXED : Status.POOR;
        } else if (better) {
            status = Status.GOOD;
        } else if (worse) {
            status = Status.POOR;
        } else if (vs == Comparison.SIMILAR) {
            status = Status.AVERAGE;
        } else {
            status = null;
        }
        if (status == null) {
            return trend == Change.NONE ? new Verdict(Status.NOT_ASSESSED, Change.NONE) : new Verdict(Status.TREND_ONLY, trend);
        }
        if (trend == Change.WORSENING && status != Status.POOR) {
            return new Verdict(status, Change.WORSENING);
        }
        if (trend == Change.IMPROVING && status != Status.GOOD) {
            return new Verdict(status, Change.IMPROVING);
        }
        return new Verdict(status, Change.NONE);
    }

    /** The verdict in words, e.g. {@code good}, {@code poor, improving}, {@code improving}. */
    public String word() {
        String c = change == Change.IMPROVING ? "improving" : change == Change.WORSENING ? "worsening" : "";
        if (status == Status.TREND_ONLY) {
            return c;
        }
        return c.isEmpty() ? status.word : status.word + ", " + c;
    }
}
