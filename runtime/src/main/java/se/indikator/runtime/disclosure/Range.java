package se.indikator.runtime.disclosure;

/**
 * The values of a protected count consistent with everything published: from {@code low} to {@code high}
 * ({@code high} infinite when nothing bounds it); {@code proven} is false when the solver could not decide,
 * in which case the range is taken as the true value alone.
 */
record Range(double low, double high, boolean proven) {

    double width() {
        return high - low;
    }

    /** Whether the range is at least {@code interval} wide (a small tolerance for the solver's arithmetic). */
    boolean atLeast(double interval) {
        return proven && width() >= interval - 1e-6;
    }

    static Range exactly(double v) {
        return new Range(v, v, true);
    }
}
