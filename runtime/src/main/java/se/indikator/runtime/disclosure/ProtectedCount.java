package se.indikator.runtime.disclosure;

import se.indikator.runtime.estimate.Protection;

/**
 * A count a primary rule protects, in the table that first protected it, with its protection and the width
 * its range must keep: the protection interval, or — when the row's own published counts bound it more
 * narrowly (a numerator of 2 in a row whose denominator of 4 is shown lies in 0 … 4 whatever else is
 * published) — the whole of that range.
 */
record ProtectedCount(Count count, Protection protection, double required) {

    /** The count in words for a report. */
    String describe(boolean swedish) {
        String q = Family.word(count.quantity());
        return count.table().indicator() + ", " + count.scope().describe(swedish, count.table().cohort()) + ": " + q + " (protected by '" + protection.rule() + "')";
    }
}
