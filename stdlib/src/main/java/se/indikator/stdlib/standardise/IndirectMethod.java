package se.indikator.stdlib.standardise;

/**
 * How the limits of an indirectly standardised ratio O/E are computed from the observed count O.
 */
public enum IndirectMethod {
    /** PHE's convention: exact Poisson limits of O below 10 events, Byar's from 10. */
    PHE_DEFAULT,
    /** Exact Poisson limits of O divided by E. */
    EXACT,
    /** Byar's limits of O divided by E. */
    BYAR,
    /** Log-normal: (O/E)·exp(±z/√O). */
    LOG_NORMAL,
    /** Normal, as SAS PROC STDRATE prints per stratum: O/E ± z·√O/E. */
    NORMAL
}
