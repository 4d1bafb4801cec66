package se.indikator.runtime.ast;

import se.indikator.runtime.diag.Span;

/**
 * An aggregate over a data source's rows: {@code count(*) from deaths where …} or
 * {@code sum(persons) from population where …}.
 */
public record Aggregate(Kind kind, String column, Span columnSpan, String source, Span sourceSpan, Expr where,
        Span span) {

    /** {@code count(*)} counts rows, {@code sum(col)} adds a column (aggregated tables). */
    public enum Kind {
        COUNT, SUM
    }

    public String describe() {
        return (kind == Kind.COUNT ? "count(*)" : "sum(" + Identifiers.written(column) + ")") + " from "
                + Identifiers.written(source);
    }
}
