package se.indikator.runtime.disclosure;

import se.indikator.runtime.estimate.Protection;

/**
 * A count the ledger knows of: the numerator, the denominator or the complement of a row's scope in one
 * table, its true value, and — when it was published — that it was. Published counts are the linear
 * relations an attacker has; protected counts are what they must not pin down.
 */
record Count(LedgerTable table, RowScope scope, Protection.Quantity quantity, double value) {
}
