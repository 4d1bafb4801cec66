package se.indikator.stdlib.equity;

/**
 * One point of a funnel-plot control limit, as in PHE's {@code calculate_funnel_limits}: the
 * limit's value and the denominator (population, expected events or annual population) at which it
 * is drawn.
 *
 * @param denominator the x position: population (proportions), expected events (ratios) or
 *                    population per year (rates)
 * @param limit the control limit on the indicator's scale
 */
public record FunnelPoint(double denominator, double limit) {
}
