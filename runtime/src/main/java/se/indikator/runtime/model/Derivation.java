package se.indikator.runtime.model;

import se.indikator.runtime.ast.Expr;

/**
 * How a derived indicator is computed from two others: the ratio {@code left / right} or the difference
 * {@code left − right} of their results, each for the rows its condition selects (null: all of them) — the
 * women/men ratio of one rate, the change between two periods, an indicator against a reference indicator.
 */
public record Derivation(boolean ratio, IndicatorDef left, Expr leftWhere, IndicatorDef right, Expr rightWhere) {

    /** The derivation as written: {@code ratio of share where sex == 2 to share where sex == 1}. */
    public String describe() {
        return word() + " of " + left.name() + (leftWhere == null ? "" : " where " + se.indikator.runtime.ast.Unparser.expr(leftWhere))
                + (ratio ? " to " : " from ") + right.name()
                + (rightWhere == null ? "" : " where " + se.indikator.runtime.ast.Unparser.expr(rightWhere));
    }

    /** The operation in words: "ratio" or "difference". */
    public String word() {
        return ratio ? "ratio" : "difference";
    }
}
