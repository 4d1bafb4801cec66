package se.indikator.runtime.estimate;

import java.util.List;

/**
 * Whether a row's value may be published, and why not: shown; hidden by a primary rule (the indicator's
 * {@code suppress when …}, the session's {@code set suppress below N}, or a rule of the method such as
 * Dobson's "fewer than 10 events"); hidden to protect another row (secondary); or not computed at all.
 * {@code countHidden} says whether the numerator is hidden too, {@code denominatorHidden} the denominator;
 * {@code protections} are the counts a primary rule protects in the row, with their protection intervals
 * (what the run's disclosure ledger keeps underivable).
 */
public record Disclosure(Status status, boolean countHidden, boolean denominatorHidden, String reason,
        List<Protection> protections) {

    /** The kinds of disclosure decision. */
    public enum Status {
        SHOWN, PRIMARY, SECONDARY, NOT_COMPUTED
    }

    public static final Disclosure SHOWN = new Disclosure(Status.SHOWN, false, false, null, List.of());

    public Disclosure {
        protections = List.copyOf(protections);
    }

    /** A decision that protects nothing by itself (shown, secondary or not computed). */
    public Disclosure(Status status, boolean countHidden, boolean denominatorHidden, String reason) {
        this(status, countHidden, denominatorHidden, reason, List.of());
    }

    /** A row hidden to protect another one (secondary suppression), its counts hidden as asked. */
    public static Disclosure secondary(boolean denominator) {
        return new Disclosure(Status.SECONDARY, true, denominator, "suppressed: secondary, protects a small group");
    }

    /** Whether the value (and with it its interval, comparison and method) is hidden. */
    public boolean valueHidden() {
        return status != Status.SHOWN;
    }

    /** The same decision with the numerator hidden as well. */
    public Disclosure withCountHidden() {
        return new Disclosure(status, true, denominatorHidden, reason, protections);
    }

    /** The same decision with the denominator hidden as well. */
    public Disclosure withDenominatorHidden() {
        return new Disclosure(status, countHidden, true, reason, protections);
    }
}
