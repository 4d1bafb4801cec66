package se.indikator.runtime.ast;

/**
 * One method per kind of {@link Clause}, called by {@link Clause#accept}: adding a kind of clause does
 * not compile until every visitor (e.g. the {@link Unparser}) handles it.
 *
 * @param <R> what the visitor computes from a clause
 */
public interface ClauseVisitor<R> {
    R visitCohort(Clause.Cohort c);

    R visitNumeratorCondition(Clause.NumeratorCondition c);

    R visitNumeratorAggregate(Clause.NumeratorAggregate c);

    R visitDenominatorCondition(Clause.DenominatorCondition c);

    R visitDenominatorAggregate(Clause.DenominatorAggregate c);

    R visitMeasureClause(Clause.MeasureClause c);

    R visitStandardise(Clause.Standardise c);

    R visitCi(Clause.Ci c);

    R visitFrequencies(Clause.Frequencies c);

    R visitSurvival(Clause.Survival c);

    /** A {@code weight COL} clause. */
    R visitWeight(Clause.Weight c);

    R visitDerived(Clause.Derived c);

    R visitPolarityClause(Clause.PolarityClause c);

    R visitTarget(Clause.Target c);

    R visitSuppress(Clause.Suppress c);

    R visitMeta(Clause.Meta c);
}
