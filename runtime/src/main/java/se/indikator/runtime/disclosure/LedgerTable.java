package se.indikator.runtime.disclosure;

import java.util.Set;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.diag.Span;

/**
 * A published table in the ledger: its number in the run, the statement that published it, its name in reports,
 * the indicator whose results it holds and the conditions of that indicator's cohort (left out when its rows are
 * described).
 */
record LedgerTable(int id, Span at, String label, String indicator, Set<Expr> cohort) {

    LedgerTable {
        cohort = Set.copyOf(cohort);
    }

    /** Where it was published, for a report: {@code line 7 (show amenable by region)}. */
    String where() {
        return at.isKnown() ? "line " + at.line() + " (" + label + ")" : label;
    }
}
