package se.indikator.stdlib.ci;

/**
 * Which interval method was applied to a Poisson count: the exact chi-square limits or Byar's
 * approximation (Breslow and Day 1987). PHE uses exact below 10 events and Byar from 10.
 */
public enum PoissonMethod {
    /** Exact limits from chi-square quantiles (Garwood 1936). */
    EXACT("Exact"),
    /** Byar's approximation to the exact limits. */
    BYAR("Byars"),
    /** No method was applied because the count was missing (NaN); PHE prints NA. */
    NONE("NA");

    private final String label;

    PoissonMethod(String label) {
        this.label = label;
    }

    /** The name PHE prints in its method column: "Exact", "Byars" or "NA". */
    public String label() {
        return label;
    }
}
