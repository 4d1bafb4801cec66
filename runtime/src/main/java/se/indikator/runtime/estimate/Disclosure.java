package se.indikator.runtime.estimate;

/**
 * Whether a row's value may be published, and why not: shown; hidden by a primary rule (the indicator's
 * {@code suppress when …}, the session's {@code set suppress below N}, or a rule of the method such as
 * Dobson's "fewer than 10 events"); hidden to protect another row (secondary); or not computed at all.
 * {@code countHidden} says whether the numerator is hidden too, {@code denominatorHidden} the denominator.
 */
public record Disclosure(Status status, boolean countHidden, boolean denominatorHidden, String reason) {

    /** The kinds of disclosure decision. */
    public enum Status {
        SHOWN, PRIMARY, SECONDARY, NOT_COMPUTED
    }

    public static final Disclosure SHOWN = new Disclosure(Status.SHOWN, false, false, null);

    /** Whether the value (and with it its interval, comparison and method) is hidden. */
    public boolean valueHidden() {
        return status != Status.SHOWN;
    }

    /** The same decision with the numerator hidden as well. */
    public Disclosure withCountHidden() {
        return new Disclosure(status, true, denominatorHidden, reason);
    }

    /** The same decision with the denominator hidden as well. */
    public Disclosure withDenominatorHidden() {
        return new Disclosure(status, countHidden, true, reason);
    }
}
