package se.indikator.runtime.ast;

/**
 * A visitor of checked numeric expressions: the kinds that are never a number (text, true/false and every
 * condition) fail, since the checker lets none of them stand where a number is expected.
 *
 * @param <R> what the visitor computes from a number
 */
public abstract class NumberVisitor<R> implements ExprVisitor<R> {
    private static IllegalStateException notANumber(Expr e) {
        return new IllegalStateException("not a number: " + e);
    }

    @Override
    public R visitStringLit(Expr.StringLit e) {
        throw notANumber(e);
    }

    @Override
    public R visitBoolLit(Expr.BoolLit e) {
        throw notANumber(e);
    }

    @Override
    public R visitNot(Expr.Not e) {
        throw notANumber(e);
    }

    @Override
    public R visitLogical(Expr.Logical e) {
        throw notANumber(e);
    }

    @Override
    public R visitBetween(Expr.Between e) {
        throw notANumber(e);
    }

    @Override
    public R visitIn(Expr.In e) {
        throw notANumber(e);
    }

    @Override
    public R visitIsMissing(Expr.IsMissing e) {
        throw notANumber(e);
    }
}
