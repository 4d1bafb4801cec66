/**
 * Synthetic register data for teaching and testing: a deterministic generator of Swedish-style
 * person, death, birth, waiting-time, diabetes, drug, cancer, bed and primary-care tables with
 * built-in inequities that a good equity analysis should find. None of it is real data.
 */
package se.indikator.stdlib.synth;
