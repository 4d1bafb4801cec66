package se.indikator.runtime.ast;

/**
 * One method per kind of {@link Expr}, called by {@link Expr#accept}: a computation over expressions
 * written as a visitor handles every kind, and adding a kind of expression does not compile until
 * every visitor handles it too.
 *
 * @param <R> what the visitor computes from an expression
 */
public interface ExprVisitor<R> {
    R visitNumberLit(Expr.NumberLit e);

    R visitStringLit(Expr.StringLit e);

    R visitBoolLit(Expr.BoolLit e);

    R visitColumnRef(Expr.ColumnRef e);

    R visitCall(Expr.Call e);

    R visitNot(Expr.Not e);

    R visitNegate(Expr.Negate e);

    R visitLogical(Expr.Logical e);

    R visitBinary(Expr.Binary e);

    R visitBetween(Expr.Between e);

    R visitIn(Expr.In e);

    R visitIsMissing(Expr.IsMissing e);
}
