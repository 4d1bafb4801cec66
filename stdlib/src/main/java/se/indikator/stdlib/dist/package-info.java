/**
 * Accurate quantile and tail functions of the distributions the interval methods need.
 */
package se.indikator.stdlib.dist;
