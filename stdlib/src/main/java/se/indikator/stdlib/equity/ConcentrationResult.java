package se.indikator.stdlib.equity;

/**
 * The concentration index of grouped data from {@link ConcentrationIndex#compute} (Kakwani,
 * Wagstaff &amp; van Doorslaer 1997), with its absolute (generalised) form and, for a bounded
 * variable, the Erreygers (2009) and Wagstaff (2005) normalisations.
 *
 * @param relative the relative concentration index C = 2·cov_w(y, r)/μ; negative when the
 *                 variable is concentrated in the low-ranked groups
 * @param absolute the absolute (generalised) index μ·C
 * @param mean the population-weighted mean μ
 * @param erreygers 4μ/(max − min)·C, or NaN when no bounds were given
 * @param wagstaff (max − min)·μ·C/((max − μ)(μ − min)), which is C/(1 − μ) for a 0–1 variable,
 *                 or NaN when no bounds were given
 */
public record ConcentrationResult(double relative, double absolute, double mean, double erreygers, double wagstaff) {
}
