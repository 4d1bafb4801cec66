package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * The right-hand side of a {@code breakdown}: how a row is put in a reporting group, e.g.
 * {@code band(age, 0 to 90 step 5)} or {@code case edu when 1 then "Förgymnasial" … else "Uppgift saknas"}.
 */
public sealed interface BreakdownExpr {
    Span span();

    /** Calls the method of {@code v} for this kind of breakdown and returns its result. */
    <R> R accept(BreakdownExprVisitor<R> v);

    /** Age bands: {@code band(age, 0 to 90 step 5)} gives "0-4", …, "85-89", "90+". */
    record Band(String column, Span columnSpan, double from, double to, double step, Span span)
            implements BreakdownExpr {
        @Override
        public <R> R accept(BreakdownExprVisitor<R> v) {
            return v.visitBand(this);
        }
    }

    /** A case expression; with a subject each {@code when} lists values, without one it is a condition. */
    record Case(Expr subject, List<When> whens, Label otherwise, Span span) implements BreakdownExpr {
        public Case {
            whens = List.copyOf(whens);
        }

        @Override
        public <R> R accept(BreakdownExprVisitor<R> v) {
            return v.visitCase(this);
        }
    }

    /** The values of a column as the groups, e.g. {@code breakdown region = region_name}. */
    record ColumnValues(String column, Span span) implements BreakdownExpr {
        @Override
        public <R> R accept(BreakdownExprVisitor<R> v) {
            return v.visitColumnValues(this);
        }
    }

    /**
     * Rolling windows over a column of periods: {@code year rolling 3} pools each run of three consecutive years
     * into one group, "2021–2023"; the windows overlap, so a row counts in each window that holds its year.
     */
    record Rolling(String column, Span columnSpan, double width, Span span) implements BreakdownExpr {
        @Override
        public <R> R accept(BreakdownExprVisitor<R> v) {
            return v.visitRolling(this);
        }
    }

    /** One arm: {@code when X then "label"}; {@code conditions} is empty for {@code when missing}. */
    record When(List<Expr> conditions, boolean whenMissing, Label result, Span span) {
        public When {
            conditions = List.copyOf(conditions);
        }
    }

    /** A category label, or {@code missing} (the row belongs to no group). */
    record Label(String text, boolean missing, Span span) {
    }
}
