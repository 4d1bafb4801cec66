package se.indikator.runtime.disclosure;

import se.indikator.runtime.diag.Span;

/** A published table in the ledger: its number in the run, the statement that published it, and its name in reports. */
record LedgerTable(int id, Span at, String label) {

    /** Where it was published, for a report: {@code line 7 (show amenable by region)}. */
    String where() {
        return at.isKnown() ? "line " + at.line() + " (" + label + ")" : label;
    }
}
