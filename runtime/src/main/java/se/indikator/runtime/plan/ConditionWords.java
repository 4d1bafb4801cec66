package se.indikator.runtime.plan;

import se.indikator.runtime.ast.Expr;

/**
 * A condition as a reader meets it in a note: {@code year == 2023} as "year 2023", {@code age between 65
 * and 79} as "age 65–79", anything else as written.
 */
final class ConditionWords {
    private ConditionWords() {
    }

    static String of(Expr c) {
        if (c instanceof Expr.Binary b && b.op() == Expr.BinaryOp.EQ && b.left() instanceof Expr.ColumnRef col
                && literal(b.right()) != null) {
            return col.name() + " " + literal(b.right());
        }
        if (c instanceof Expr.Between b && !b.negated() && b.subject() instanceof Expr.ColumnRef col
                && literal(b.low()) != null && literal(b.high()) != null) {
            return col.name() + " " + literal(b.low()) + "–" + literal(b.high());
        }
        return se.indikator.runtime.ast.Unparser.expr(c);
    }

    /** A literal's text as a label (strings without quotes), or null for other expressions. */
    static String literal(Expr e) {
        if (e instanceof Expr.StringLit s) {
            return s.value();
        }
        if (e instanceof Expr.NumberLit n) {
            return n.text();
        }
        if (e instanceof Expr.BoolLit b) {
            return Boolean.toString(b.value());
        }
        return null;
    }
}
