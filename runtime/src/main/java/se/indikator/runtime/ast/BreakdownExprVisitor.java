package se.indikator.runtime.ast;

/**
 * One method per kind of {@link BreakdownExpr}, called by {@link BreakdownExpr#accept}: adding a kind
 * of breakdown does not compile until every visitor handles it.
 *
 * @param <R> what the visitor computes from a breakdown
 */
public interface BreakdownExprVisitor<R> {
    R visitBand(BreakdownExpr.Band b);

    R visitCase(BreakdownExpr.Case c);

    R visitColumnValues(BreakdownExpr.ColumnValues c);

    R visitRolling(BreakdownExpr.Rolling r);
}
