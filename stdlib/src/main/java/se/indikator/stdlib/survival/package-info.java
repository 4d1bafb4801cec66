/**
 * Relative and net survival of a cancer cohort against a population life table: the Pohar Perme
 * estimator (Pohar Perme, Stare &amp; Estève 2012), Ederer II (Ederer &amp; Heise 1959), Ederer I
 * (Ederer, Axtell &amp; Cutler 1961) and Hakulinen (Hakulinen 1982), computed as the R package
 * relsurv 2.2-9 ({@code rs.surv}) computes them, and their age standardisation (ICSS weights).
 */
package se.indikator.stdlib.survival;
