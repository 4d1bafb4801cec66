package se.indikator.stdlib.equity;

/**
 * One ordered group's events and population at risk, the input of {@link ExtremeGroups} and
 * {@link AttributableFraction} (rates x/n × multiplier, or proportions x/n, as in PHE's
 * {@code phe_rate}/{@code phe_proportion}).
 *
 * @param order the group's position on the social scale (for example deprivation decile 1..10)
 * @param count the number of events, non-negative
 * @param denominator the population or person-time at risk, positive
 */
public record GroupCount(int order, double count, double denominator) {

    /** Validates the count and denominator. */
    public GroupCount {
        if (!(count >= 0) || Double.isInfinite(count)) {
            throw new IllegalArgumentException("group " + order + ": count must be a non-negative number: " + count);
        }
        if (!(denominator > 0) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException("group " + order + ": denominator must be positive: " + denominator);
        }
    }

    /** count / denominator. */
    public double rate() {
        return count / denominator;
    }
}
