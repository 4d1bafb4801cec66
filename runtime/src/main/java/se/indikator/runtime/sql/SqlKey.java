package se.indikator.runtime.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.BreakdownExprVisitor;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.data.ColumnType;
import se.indikator.runtime.model.BreakdownDef;

/**
 * One breakdown of a pass as an SQL key column and the way back to its category index. Bands and cases are a
 * {@code CASE} of comparisons that returns the index itself (-1 for none; a band's edges are the smallest values
 * the in-memory kernel puts in each band, so no engine ever divides); a plain column returns its values, which
 * are mapped to their categories here, as the in-memory key maps its dictionary.
 */
public record SqlKey(String sql, boolean indexed, boolean text, Map<String, Integer> index, int unmapped) {

    public SqlKey {
        index = Map.copyOf(index);
    }

    /** The key of a breakdown with these categories, in the expressions' dialect. */
    public static SqlKey of(BreakdownDef b, List<String> categories, SqlExpressions exprs) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
        int unmapped = b.keepsUnmapped() && index.containsKey(BreakdownDef.UNMAPPED) ? index.get(BreakdownDef.UNMAPPED) : -1;
        int declared = categories.size() - (unmapped >= 0 ? 1 : 0);
        return b.definition().accept(new BreakdownExprVisitor<SqlKey>() {
            @Override
            public SqlKey visitBand(BreakdownExpr.Band band) {
                return new SqlKey(band(band, declared, exprs), true, false, index, unmapped);
            }

            @Override
            public SqlKey visitCase(BreakdownExpr.Case cs) {
                return new SqlKey(caseKey(cs, index, exprs), true, false, index, unmapped);
            }

            @Override
            public SqlKey visitColumnValues(BreakdownExpr.ColumnValues c) {
                boolean text = exprs.columnType(c.column()) == ColumnType.TEXT;
                String sql = text ? exprs.column(c.column()) : exprs.numericColumn(c.column());
                return new SqlKey(sql, false, text, index, unmapped);
            }

            @Override
            public SqlKey visitRolling(BreakdownExpr.Rolling r) {
                throw new IllegalStateException("rolling windows are keyed by their single periods");
            }
        });
    }

    /** The number of categories. */
    public int size() {
        return index.size();
    }

    /**
     * The category index of a value the engine returned for this key: the index itself for a computed key, the
     * category holding the value for a plain column (text as it is, numbers as the language writes them); rows
     * in no category go to the residual category where the breakdown keeps one, else -1.
     */
    public int categoryOf(Object value) {
        int k;
        if (value == null) {
            k = -1;
        } else if (indexed) {
            k = ((Number) value).intValue();
        } else if (text) {
            k = index.getOrDefault(value.toString(), -1);
        } else {
            k = index.getOrDefault(Numbers.plain(((Number) value).doubleValue()), -1);
        }
        return k < 0 ? unmapped : k;
    }

    /**
     * A band as the index of the band a value falls in, by a binary search of comparisons with the bands' lower edges
     * (a handful of comparisons per row, whatever the number of bands); a missing value fails every comparison and
     * falls through to -1, as a value below the first edge does.
     */
    private static String band(BreakdownExpr.Band band, int count, SqlExpressions exprs) {
        String v = exprs.numericColumn(band.column());
        Dialect d = exprs.dialect();
        int last = count - 1;
        if (wholeSteps(band, last, exprs)) {
            long from = (long) band.from();
            String offset = from == 0 ? v : "(" + v + (from > 0 ? " - " + from : " + " + -from) + ")";
            return "(CASE WHEN " + v + " >= " + d.number(band.to()) + " THEN " + last + " WHEN " + v + " >= " + from
                    + " THEN " + d.wholeQuotient(offset, (long) band.step()) + " ELSE -1 END)";
        }
        String[] edges = new String[count]; // edges[k]: the smallest value in band k or above
        for (int k = 1; k < last; k++) {
            edges[k] = d.number(edge(band, k));
        }
        edges[last] = d.number(band.to());
        if (last > 0) { // with a single band, the kernel puts nothing below its upper edge in it
            edges[0] = d.number(band.from());
        }
        return search(v, edges, -1, last);
    }

    /**
     * Whether a band of a whole-number column has whole edges and steps that end at its upper edge: then a value
     * from the first edge up to the last has the band {@code (value - from) / step}, a whole quotient of a number that
     * is not negative, which every engine computes alike (with its own operator).
     */
    private static boolean wholeSteps(BreakdownExpr.Band band, int last, SqlExpressions exprs) {
        double from = band.from();
        double step = band.step();
        return last > 0 && exprs.columnType(band.column()) == ColumnType.INTEGER && from == Math.rint(from)
                && step == Math.rint(step) && step >= 1 && Math.abs(from) < 1e9 && step < 1e9
                && from + last * step == band.to();
    }

    /** The index among {@code lo..hi} of the highest edge the value reaches, knowing it reaches {@code lo}'s (-1: none). */
    private static String search(String v, String[] edges, int lo, int hi) {
        if (lo == hi) {
            return Integer.toString(lo);
        }
        int mid = (lo + hi + 1) / 2;
        return "(CASE WHEN " + v + " >= " + edges[mid] + " THEN " + search(v, edges, mid, hi) + " ELSE "
                + search(v, edges, lo, mid - 1) + " END)";
    }

    /**
     * The smallest number that the in-memory kernel puts in band {@code k} or above ({@code floor((v - from) / step)
     * >= k}): {@code from + k·step}, moved by the few units in the last place that rounding needs.
     */
    static double edge(BreakdownExpr.Band band, int k) {
        double from = band.from();
        double step = band.step();
        double t = from + k * step;
        for (int i = 0; i < 64 && Math.floor((t - from) / step) < k; i++) {
            t = Math.nextUp(t);
        }
        for (int i = 0; i < 64 && Math.floor((Math.nextDown(t) - from) / step) >= k; i++) {
            t = Math.nextDown(t);
        }
        return t;
    }

    /** A case as the index of the first arm that holds (the otherwise category, or -1, when none does). */
    private static String caseKey(BreakdownExpr.Case cs, Map<String, Integer> index, SqlExpressions exprs) {
        StringBuilder sql = new StringBuilder("(CASE");
        for (BreakdownExpr.When w : cs.whens()) {
            int result = w.result().missing() ? -1 : index.get(w.result().text());
            Expr cond;
            if (w.whenMissing()) {
                cond = new Expr.IsMissing(cs.subject(), false, w.span());
            } else {
                List<Expr> arms = new ArrayList<>();
                for (Expr x : w.conditions()) {
                    arms.add(cs.subject() == null ? x : new Expr.Binary(Expr.BinaryOp.EQ, cs.subject(), x, x.span()));
                }
                cond = arms.size() == 1 ? arms.get(0) : new Expr.Logical(Expr.LogicalOp.OR, arms, w.span());
            }
            sql.append(" WHEN ").append(exprs.test(cond)).append(" THEN ").append(result);
        }
        int otherwise = cs.otherwise() == null || cs.otherwise().missing() ? -1 : index.get(cs.otherwise().text());
        return sql.append(" ELSE ").append(otherwise).append(" END)").toString();
    }
}
