package se.indikator.runtime.result;

/**
 * The overall verdict of one group in one column, combining where its interval lies against the
 * national value ({@code better}, {@code worse}, {@code similar}, oriented by polarity), whether it
 * meets the target, and its recent trend ({@code improving}, {@code worsening}, {@code no significant change}).
 *
 * <p>The status comes first: with a target, {@code good} when it is met and the group is not
 * significantly worse than the country, {@code poor} when it is missed and the group is not
 * significantly better, {@code mixed} when the two disagree; without a target, {@code good},
 * {@code poor} or {@code average} from the interval alone. A significant trend against the status is
 * added ({@code good, worsening}, {@code poor, improving}, {@code average, improving}, …). Indicators
 * with polarity {@code none} are {@code not judged}; a group without a value is {@code not assessed}.
 */
public final class Verdict {
    private Verdict() {
    }

    /**
     * @param vsNational {@code better}, {@code worse}, {@code similar}, or null when not compared
     * @param targetMet {@code yes}, {@code no}, or null when the indicator has no target
     * @param trend {@code improving}, {@code worsening}, {@code no significant change}, or null when unknown
     * @param polarity {@code higher}, {@code lower} or {@code none}
     * @param hasValue whether the group has a value shown
     */
    public static String of(String vsNational, String targetMet, String trend, String polarity, boolean hasValue) {
        if (!hasValue) {
            return "not assessed";
        }
        if ("none".equals(polarity)) {
            return "not judged";
        }
        boolean better = "better".equals(vsNational);
        boolean worse = "worse".equals(vsNational);
        String status;
        if ("yes".equals(targetMet)) {
            status = worse ? "mixed" : "good";
        } else if ("no".equals(targetMet)) {
            status = better ? "mixed" : "poor";
        } else if (better) {
            status = "good";
        } else if (worse) {
            status = "poor";
        } else if (vsNational == null || !"similar".equals(vsNational)) {
            status = null;
        } else {
            status = "average";
        }
        boolean improving = "improving".equals(trend);
        boolean worsening = "worsening".equals(trend);
        if (status == null) {
            return improving ? "improving" : worsening ? "worsening" : "not assessed";
        }
        if (worsening && !status.equals("poor")) {
            return status + ", worsening";
        }
        if (improving && !status.equals("good")) {
            return status + ", improving";
        }
        return status;
    }
}
