package se.indikator.runtime.ast;

/**
 * A visitor of checked conditions: the kinds of expression that are never a condition (numbers, text and a
 * negated number) fail, since the checker lets none of them stand where a condition is expected.
 *
 * @param <R> what the visitor computes from a condition
 */
public abstract class ConditionVisitor<R> implements ExprVisitor<R> {
    private static IllegalStateException notACondition(Expr e) {
        return new IllegalStateException("not a condition: " + e);
    }

    @Override
    public R visitNumberLit(Expr.NumberLit e) {
        throw notACondition(e);
    }

    @Override
    public R visitStringLit(Expr.StringLit e) {
        throw notACondition(e);
    }

    @Override
    public R visitNegate(Expr.Negate e) {
        throw notACondition(e);
    }
}
