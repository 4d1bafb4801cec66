package se.indikator.runtime.check;

import java.util.LinkedHashMap;
import java.util.Map;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.BreakdownExprVisitor;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
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
        b.accept(new BreakdownExprVisitor<Void>() {
            @Override
            public Void visitBand(BreakdownExpr.Band band) {
                out.put(band.column(), band.columnSpan());
                return null;
            }

            @Override
            public Void visitCase(BreakdownExpr.Case c) {
                if (c.subject() != null) {
                    collect(c.subject(), out);
                }
                for (BreakdownExpr.When w : c.whens()) {
                    w.conditions().forEach(x -> collect(x, out));
                }
                return null;
            }

            @Override
            public Void visitColumnValues(BreakdownExpr.ColumnValues c) {
                out.put(c.column(), c.span());
                return null;
            }

            @Override
            public Void visitRolling(BreakdownExpr.Rolling r) {
                out.put(r.column(), r.columnSpan());
                return null;
            }
        });
        return out;
    }

    static void collect(Expr e, Map<String, Span> out) {
        if (e == null) {
            return;
        }
        Exprs.walk(e, x -> {
            String column = Exprs.columnName(x);
            if (column != null) {
                out.putIfAbsent(column, x.span());
            }
        });
    }
}
