/**
 * Statistical methods and reference data for health-care indicators: confidence intervals,
 * standardisation, standard populations and comparisons. A plain Java library; it knows nothing
 * of the indikator language and can be used from any Java program or a JShell cell.
 */
package se.indikator.stdlib;
