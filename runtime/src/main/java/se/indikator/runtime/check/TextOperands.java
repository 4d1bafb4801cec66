package se.indikator.runtime.check;

import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;

/**
 * The two sides of a comparison of text, a column first when one side is a column and the other a literal
 * ({@code "man" == sex} is {@code sex == "man"}): each side's column name or literal, null where it is not one.
 */
public record TextOperands(String leftColumn, String rightColumn, Expr.StringLit leftText, Expr.StringLit rightText) {

    /** The operands of {@code b}, a column moved to the left of a literal. */
    public static TextOperands of(Expr.Binary b) {
        Expr l = b.left();
        Expr r = b.right();
        if (Exprs.asString(l) != null && Exprs.columnName(r) != null) {
            Expr t = l;
            l = r;
            r = t;
        }
        return new TextOperands(Exprs.columnName(l), Exprs.columnName(r), Exprs.asString(l), Exprs.asString(r));
    }
}
