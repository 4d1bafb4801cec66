/**
 * Estimates from weighted survey data (e.g. Nationell patientenkät): the weighted sums of a cohort
 * ({@link se.indikator.stdlib.survey.WeightedSums}), the Korn–Graubard interval of a weighted
 * proportion and the linearised variance of a weighted mean, for a design with one stage, no strata
 * and sampling weights (R's {@code svydesign(ids = ~1, weights = ~w)}).
 */
package se.indikator.stdlib.survey;
