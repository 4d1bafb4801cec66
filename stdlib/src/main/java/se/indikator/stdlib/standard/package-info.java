/**
 * Standard populations (ESP2013, ESP1976, WHO 2000–2025, ICSS) as immutable weighted bands.
 */
package se.indikator.stdlib.standard;
