package se.indikator.runtime.check;

import java.util.LinkedHashMap;
import java.util.Map;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.diag.Span;

/** Collects the columns an expression or breakdown reads, with the place of their first use. */
public final class ColumnsUsed {
    private ColumnsUsed() {
    }

    public static Map<String, Span> of(Expr e) {
        Map<String, Span> out = new LinkedHashMap<>();
        collect(e, out);
        return out;
    }

    public static Map<String, Span> of(BreakdownExpr b) {
        Map<String, Span> out = new LinkedHashMap<>();
        if (b instanceof BreakdownExpr.Band band) {
            out.put(band.column(), band.columnSpan());
        } else if (b instanceof BreakdownExpr.ColumnValues c) {
            out.put(c.column(), c.span());
        } else if (b instanceof BreakdownExpr.Case c) {
            if (c.subject() != null) {
                collect(c.subject(), out);
            }
            for (BreakdownExpr.When w : c.whens()) {
                w.conditions().forEach(x -> collect(x, out));
            }
        }
        return out;
    }

    static void collect(Expr e, Map<String, Span> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.ColumnRef c) {
            out.putIfAbsent(c.name(), c.span());
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> collect(a, out));
        } else if (e instanceof Expr.Not n) {
            collect(n.operand(), out);
        } else if (e instanceof Expr.Negate n) {
            collect(n.operand(), out);
        } else if (e instanceof Expr.Logical l) {
            l.operands().forEach(a -> collect(a, out));
        } else if (e instanceof Expr.Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else if (e instanceof Expr.Between b) {
            collect(b.subject(), out);
            collect(b.low(), out);
            collect(b.high(), out);
        } else if (e instanceof Expr.In in) {
            collect(in.subject(), out);
        } else if (e instanceof Expr.IsMissing m) {
            collect(m.subject(), out);
        }
    }
}
