package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;

/**
 * The compiled row functions of one data source in a batch, shared by equal definitions so that the
 * kernel can share their work (and identical passes are made once).
 */
final class CompiledSource {
    final Dataset data;
    final ExprCompiler exprs;
    final KeyCompiler keys;
    final java.util.Map<Object, RowKey> keyCache = new java.util.HashMap<>();
    final java.util.Map<Object, RowPredicate> filterCache = new java.util.HashMap<>();
    final java.util.Map<Object, RowPredicate> conditionCache = new java.util.HashMap<>();
    final java.util.Map<String, RowNumber> valueCache = new java.util.HashMap<>();

    CompiledSource(Dataset data, Catalog catalog, Functions functions) {
        this.data = data;
        this.exprs = new ExprCompiler(data, catalog, functions);
        this.keys = new KeyCompiler(data, exprs);
    }

    /** The combined key of breakdowns with their categories; null without breakdowns. */
    RowKey key(List<BreakdownDef> defs, List<List<String>> categories) {
        if (defs.isEmpty()) {
            return null;
        }
        List<Object> id = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            id.add(defs.get(i).definition());
            id.add(categories.get(i));
        }
        return keyCache.computeIfAbsent(id, k -> {
            List<RowKey> parts = new ArrayList<>();
            for (int i = 0; i < defs.size(); i++) {
                parts.add(keys.compile(defs.get(i), categories.get(i)));
            }
            return GroupKey.combine(parts, categories.stream().map(List::size).toList());
        });
    }

    /** The conjunction of the filters (all rows when there are none). */
    RowPredicate filter(List<Expr> filters) {
        if (filters.size() == 1) {
            return condition(filters.get(0));
        }
        return filterCache.computeIfAbsent(filters, k -> {
            List<RowPredicate> parts = new ArrayList<>();
            filters.forEach(f -> parts.add(condition(f)));
            if (parts.isEmpty()) {
                return RowPredicate.ALL;
            }
            Blocks.Predicate block = Blocks.logical(true, parts);
            if (block != null) {
                return block;
            }
            RowPredicate filter = parts.get(0);
            for (int i = 1; i < parts.size(); i++) {
                RowPredicate prev = filter;
                RowPredicate next = parts.get(i);
                filter = row -> prev.test(row) && next.test(row);
            }
            return filter;
        });
    }

    RowPredicate flag(Expr flag) {
        return flag == null ? null : condition(flag);
    }

    /** A condition, compiled once for all the conditions written alike. */
    private RowPredicate condition(Expr e) {
        return conditionCache.computeIfAbsent(e, k -> exprs.predicate(e));
    }

    RowNumber value(String column) {
        return column == null ? null
                : valueCache.computeIfAbsent(column, c -> exprs.number(new Expr.ColumnRef(c, Span.NONE)));
    }
}
