/**
 * Health-equity statistics: slope and relative index of inequality (PHE's {@code phe_sii}),
 * concentration indices, extreme-group comparisons and attributable fractions, trend tests and
 * annual percent change, and funnel-plot control limits with overdispersion adjustments.
 */
package se.indikator.stdlib.equity;
