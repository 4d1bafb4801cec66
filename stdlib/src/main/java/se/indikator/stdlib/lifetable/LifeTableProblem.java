package se.indikator.stdlib.lifetable;

/**
 * Why age bands cannot make a life table: the kind of problem and the band it concerns (its index in
 * the bands as given, or −1 when it concerns no one band), so that a caller can say it in its own words.
 */
public final class LifeTableProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The kinds of problem. */
    public enum Kind {
        /** No band, or arrays of different lengths. */
        TOO_FEW_BANDS,
        /** Start ages not strictly increasing, or a negative start age. */
        NOT_ASCENDING,
        /** A band with no population (or a negative or missing one). */
        NO_POPULATION,
        /** A band with negative or missing deaths, or more deaths than population. */
        BAD_DEATHS,
        /** The open last band has no deaths, so its death rate cannot close the table. */
        OPEN_BAND_WITHOUT_DEATHS
    }

    private final Kind kind;
    private final int band;

    public LifeTableProblem(Kind kind, int band, String message) {
        super(message);
        this.kind = kind;
        this.band = band;
    }

    /** The kind of problem. */
    public Kind kind() {
        return kind;
    }

    /** The band concerned, or −1. */
    public int band() {
        return band;
    }
}
