/**
 * Direct and indirect standardisation of rates and proportions, with PHE's conventions.
 */
package se.indikator.stdlib.standardise;
