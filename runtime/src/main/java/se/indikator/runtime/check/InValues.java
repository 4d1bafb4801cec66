package se.indikator.runtime.check;

import java.util.List;
import java.util.TreeSet;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.model.Catalog;

/**
 * The values an {@code in} compares with — its literals, or the named list's — as text (for a text column) and
 * as numbers (for a number, where a text code that is not a number can never be equal), in ascending order.
 */
public final class InValues {
    private InValues() {
    }

    /** The values as written: numbers as {@code Double}, text as {@code String}. */
    public static List<Object> of(Expr.In in, Catalog catalog) {
        if (in.listName() != null) {
            return catalog.list(in.listName()).orElseThrow().stream().map(v -> (Object) v).toList();
        }
        return in.values().stream().map(Exprs::literalValue).toList();
    }

    /** The values as text, distinct and sorted. */
    public static TreeSet<String> texts(Expr.In in, Catalog catalog) {
        TreeSet<String> out = new TreeSet<>();
        of(in, catalog).forEach(v -> out.add(String.valueOf(v)));
        return out;
    }

    /** The values that are numbers, distinct and sorted. */
    public static double[] numbers(Expr.In in, Catalog catalog) {
        TreeSet<Double> out = new TreeSet<>();
        for (Object v : of(in, catalog)) {
            if (v instanceof Double d) {
                out.add(d);
            } else {
                try {
                    out.add(Double.parseDouble(String.valueOf(v)));
                } catch (NumberFormatException ignored) {
                    // a text code can never equal a number
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
