package se.indikator.runtime.exec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.BreakdownExprVisitor;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.model.BreakdownDef;

/**
 * Compiles a breakdown into a {@link RowKey} for one data source, mapping each row to the index of
 * its category in a given category list: dictionary codes map through a lookup table, bands are
 * arithmetic, and case arms are tested in order.
 */
public final class KeyCompiler {
    private final ExprCompiler exprs;
    private final Dataset data;

    public KeyCompiler(Dataset data, ExprCompiler exprs) {
        this.data = data;
        this.exprs = exprs;
    }

    public RowKey compile(BreakdownDef b, List<String> categories) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
        RowKey key = compileDeclared(b, categories, index);
        Integer unmapped = b.keepsUnmapped() ? index.get(BreakdownDef.UNMAPPED) : null;
        if (unmapped == null) {
            return key;
        }
        int extra = unmapped;
        return row -> {
            int k = key.key(row);
            return k < 0 ? extra : k;
        };
    }

    private RowKey compileDeclared(BreakdownDef b, List<String> categories, Map<String, Integer> index) {
        return b.definition().accept(new BreakdownExprVisitor<RowKey>() {
            @Override
            public RowKey visitBand(BreakdownExpr.Band band) {
                return bandKey(band, categories.size() - (index.containsKey(BreakdownDef.UNMAPPED) ? 1 : 0));
            }

            @Override
            public RowKey visitCase(BreakdownExpr.Case cs) {
                return caseKey(cs, index);
            }

            @Override
            public RowKey visitColumnValues(BreakdownExpr.ColumnValues c) {
                return columnKey(data.column(c.column()).orElseThrow(), index);
            }

            @Override
            public RowKey visitRolling(BreakdownExpr.Rolling r) {
                // a row belongs to several windows: the kernel keys rows by single periods and Pooling adds them up
                throw new IllegalStateException("rolling windows are keyed by their single periods");
            }
        });
    }

    /** The first arm that holds gives the category; literal arms over one column are looked up per value. */
    private RowKey caseKey(BreakdownExpr.Case cs, Map<String, Integer> index) {
        int arms = cs.whens().size();
        RowPredicate[] tests = new RowPredicate[arms];
        int[] result = new int[arms];
        for (int i = 0; i < arms; i++) {
            BreakdownExpr.When w = cs.whens().get(i);
            result[i] = w.result().missing() ? -1 : index.get(w.result().text());
            if (w.whenMissing()) {
                tests[i] = exprs.predicate(new Expr.IsMissing(cs.subject(), false, w.span()));
            } else {
                Expr cond = null;
                for (Expr x : w.conditions()) {
                    Expr one = cs.subject() == null ? x : new Expr.Binary(Expr.BinaryOp.EQ, cs.subject(), x, x.span());
                    cond = cond == null ? one : new Expr.Logical(Expr.LogicalOp.OR, List.of(cond, one), x.span());
                }
                tests[i] = exprs.predicate(cond);
            }
        }
        int otherwise = cs.otherwise() == null || cs.otherwise().missing() ? -1 : index.get(cs.otherwise().text());
        RowKey generic = row -> {
            for (int i = 0; i < arms; i++) {
                if (tests[i].test(row)) {
                    return result[i];
                }
            }
            return otherwise;
        };
        boolean literalArms = cs.whens().stream().flatMap(w -> w.conditions().stream()).allMatch(Exprs::isLiteral);
        String subjectColumn = cs.subject() == null ? null : Exprs.columnName(cs.subject());
        if (literalArms && subjectColumn != null) {
            Column subject = data.column(subjectColumn).orElseThrow();
            if (subject instanceof TextColumn t) {
                return dictionaryKey(t, generic);
            }
            if (subject instanceof IntColumn ic && ic.missingCount() < ic.size() && (long) ic.max() - ic.min() < 100_000) {
                return rangeKey(ic, generic);
            }
        }
        return generic;
    }

    /**
     * For a case over one text column, the arms depend only on the row's code: evaluate them once per
     * distinct value, using the first row that holds it, and look the result up per row.
     */
    private RowKey dictionaryKey(TextColumn t, RowKey generic) {
        int[] byCode = new int[t.dictionarySize()];
        java.util.Arrays.fill(byCode, Integer.MIN_VALUE);
        int missingKey = Integer.MIN_VALUE;
        int remaining = byCode.length + 1;
        for (int r = 0; r < t.size() && remaining > 0; r++) {
            int code = t.code(r);
            if (code < 0) {
                if (missingKey == Integer.MIN_VALUE) {
                    missingKey = generic.key(r);
                    remaining--;
                }
            } else if (byCode[code] == Integer.MIN_VALUE) {
                byCode[code] = generic.key(r);
                remaining--;
            }
        }
        int mk = missingKey == Integer.MIN_VALUE ? -1 : missingKey;
        return Blocks.codeKey(t, byCode, mk);
    }

    /**
     * For a case over one integer column with literal arms: evaluate the arms once per value in the
     * column's range, using the first row that holds it, and look the result up per row.
     */
    private RowKey rangeKey(IntColumn ic, RowKey generic) {
        int min = ic.min();
        int[] byValue = new int[ic.max() - min + 1];
        java.util.Arrays.fill(byValue, Integer.MIN_VALUE);
        int missingKey = Integer.MIN_VALUE;
        int seen = 0;
        int distinctBound = byValue.length + 1;
        for (int r = 0; r < ic.size() && seen < distinctBound; r++) {
            int v = ic.get(r);
            if (v == IntColumn.MISSING) {
                if (missingKey == Integer.MIN_VALUE) {
                    missingKey = generic.key(r);
                    seen++;
                }
            } else if (byValue[v - min] == Integer.MIN_VALUE) {
                byValue[v - min] = generic.key(r);
                seen++;
            }
        }
        int mk = missingKey == Integer.MIN_VALUE ? -1 : missingKey;
        Blocks.Key block = Blocks.intKey(ic, v -> byValue[v - min], mk, Blocks.MAX_TABLE);
        if (block != null) {
            return block;
        }
        return row -> {
            int v = ic.get(row);
            return v == IntColumn.MISSING ? mk : byValue[v - min];
        };
    }

    private RowKey columnKey(Column col, Map<String, Integer> index) {
        if (col instanceof TextColumn t) {
            int[] map = new int[t.dictionarySize()];
            for (int k = 0; k < map.length; k++) {
                map[k] = index.getOrDefault(t.label(k), -1);
            }
            return Blocks.codeKey(t, map, -1);
        }
        if (col instanceof IntColumn ic) {
            if (ic.missingCount() == ic.size()) {
                return row -> -1;
            }
            int min = ic.min();
            int max = ic.max();
            if ((long) max - min < 1_000_000) {
                int[] map = new int[max - min + 1];
                for (int k = 0; k < map.length; k++) {
                    map[k] = index.getOrDefault(Numbers.plain(k + min), -1);
                }
                Blocks.Key block = Blocks.intKey(ic, v -> map[v - min], -1, 1_000_000);
                if (block != null) {
                    return block;
                }
                return row -> {
                    int v = ic.get(row);
                    return v == IntColumn.MISSING ? -1 : map[v - min];
                };
            }
            return row -> {
                int v = ic.get(row);
                return v == IntColumn.MISSING ? -1 : index.getOrDefault(Numbers.plain(v), -1);
            };
        }
        DoubleColumn dc = (DoubleColumn) col;
        return row -> {
            double v = dc.get(row);
            return Double.isNaN(v) ? -1 : index.getOrDefault(Numbers.plain(v), -1);
        };
    }

    private RowKey bandKey(BreakdownExpr.Band band, int count) {
        double from = band.from();
        double to = band.to();
        double step = band.step();
        int last = count - 1;
        Column col = data.column(band.column()).orElseThrow();
        if (col instanceof IntColumn ic && step == Math.rint(step) && from == Math.rint(from) && to == Math.rint(to)) {
            int f = (int) from;
            int t = (int) to;
            int s = (int) step;
            Blocks.Key block = Blocks.intKey(ic, v -> v < f ? -1 : v >= t ? last : Math.min((v - f) / s, last - 1), -1,
                    Blocks.MAX_TABLE);
            if (block != null) {
                return block;
            }
            return row -> {
                int v = ic.get(row);
                if (v == IntColumn.MISSING || v < f) {
                    return -1;
                }
                return v >= t ? last : Math.min((v - f) / s, last - 1);
            };
        }
        RowNumber n = exprs.number(new Expr.ColumnRef(band.column(), band.columnSpan()));
        return row -> {
            double v = n.get(row);
            if (Double.isNaN(v) || v < from) {
                return -1;
            }
            return v >= to ? last : Math.min((int) Math.floor((v - from) / step), last - 1);
        };
    }
}
