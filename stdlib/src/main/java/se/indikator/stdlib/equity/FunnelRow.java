package se.indikator.stdlib.equity;

/**
 * One row of a funnel-plot limit table (PHE's {@code calculate_funnel_limits} output): the axis
 * value and the four control-limit points at 95% (2σ) and 99.8% (3σ).
 *
 * @param axis the row's axis value: population (proportions), observed events (ratios and rates)
 * @param lower2s the 95% lower limit
 * @param upper2s the 95% upper limit
 * @param lower3s the 99.8% lower limit
 * @param upper3s the 99.8% upper limit
 * @param baseline the baseline: the pooled average (proportions, rates) or the ratio scale's null
 *                 value (1, 0 or 100 for ratios)
 */
public record FunnelRow(double axis, FunnelPoint lower2s, FunnelPoint upper2s, FunnelPoint lower3s,
                        FunnelPoint upper3s, double baseline) {
}
