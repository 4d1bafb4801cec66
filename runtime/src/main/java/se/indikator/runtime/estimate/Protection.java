package se.indikator.runtime.estimate;

import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.SuppressRule;

/**
 * What a primary rule protects in one row: a count — the numerator, the denominator, or the complement
 * (denominator − numerator) of a proportion — and its protection interval: how wide the range of values
 * consistent with everything published must stay. For a rule "below N" (fewer than N) the interval is N:
 * an attacker must not be able to narrow the count to fewer than N + 1 possible values, i.e. not even to
 * the range the rule protects (0 … N − 1); for "≤ N" it is N + 1; for any other rule 1 (never one value).
 */
public record Protection(Quantity quantity, double interval, String rule) {

    /** The count a rule protects. */
    public enum Quantity {
        NUMERATOR, DENOMINATOR, COMPLEMENT
    }

    /** The protection a suppression rule gives the quantity it triggered on. */
    public static Protection of(Quantity q, SuppressRule r) {
        return new Protection(q, interval(r.comparator(), r.threshold()), r.describe());
    }

    /** The protection of the session's {@code set suppress below N}. */
    public static Protection below(Quantity q, double n, String rule) {
        return new Protection(q, interval(Expr.BinaryOp.LT, n), rule);
    }

    private static double interval(Expr.BinaryOp comparator, double threshold) {
        return switch (comparator) {
            case LT -> Math.max(1, Math.ceil(threshold));
            case LE -> Math.max(1, Math.floor(threshold) + 1);
            default -> 1;
        };
    }
}
