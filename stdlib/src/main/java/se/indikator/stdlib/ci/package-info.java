/**
 * Confidence intervals for single estimates: proportions, Poisson counts and rates, and means.
 */
package se.indikator.stdlib.ci;
