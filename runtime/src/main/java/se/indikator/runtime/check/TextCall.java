package se.indikator.runtime.check;

import java.util.function.Predicate;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;

/**
 * A function call whose only argument that is not a literal is one text column, so that it can be evaluated once
 * per distinct value of the column ({@code amenable(cause)}, {@code icd(cause, "I20-I25")}).
 */
public final class TextCall {
    private TextCall() {
    }

    /** The text column when it is the call's only argument that is not a literal, else null. */
    public static String column(Expr.Call c, Predicate<String> isTextColumn) {
        String found = null;
        for (Expr a : c.args()) {
            String ref = Exprs.columnName(a);
            if (ref != null && isTextColumn.test(ref)) {
                if (found != null) {
                    return null;
                }
                found = ref;
            } else if (!Exprs.isLiteral(a)) {
                return null;
            }
        }
        return found;
    }

    /** The call's arguments with the column's value in place of the column. */
    public static Object[] args(Expr.Call c, String columnValue) {
        Object[] out = new Object[c.args().size()];
        for (int i = 0; i < out.length; i++) {
            Object literal = Exprs.literalValue(c.args().get(i));
            out[i] = literal != null ? literal : columnValue;
        }
        return out;
    }
}
