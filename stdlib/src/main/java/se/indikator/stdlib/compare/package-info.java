/**
 * Comparisons between groups: differences and ratios with intervals, heterogeneity tests,
 * p-values, comparisons with a benchmark and multiplicity adjustment.
 */
package se.indikator.stdlib.compare;
