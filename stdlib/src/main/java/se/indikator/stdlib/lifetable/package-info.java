/**
 * Abridged period life tables and life expectancy with its confidence interval: Chiang's method II
 * with the conventions of Public Health England's life expectancy calculator.
 */
package se.indikator.stdlib.lifetable;
