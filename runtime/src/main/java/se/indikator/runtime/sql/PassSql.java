package se.indikator.runtime.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.plan.QueryPlan;

/**
 * Passes over one relation as one {@code GROUP BY} query that returns, per combination of its key columns and for
 * each pass, what the in-memory kernel accumulates per cell: the rows its filter keeps ({@code n}), and only where
 * the pass can make them differ from {@code n}: the flagged rows, those with their value and weight present
 * ({@code kept}), the sum and sum of squares of the value, the negative values and, for a weighted pass, the five
 * weighted sums. The keys, and each pass's membership, flag, value and weight, are computed in a subquery that keeps
 * the rows some pass's filter keeps (a filter every pass shares is the subquery's only condition); the outer query
 * groups and orders by the keys' names (never by ordinals, never {@code GROUP BY ALL}). The key columns are those of
 * every pass the query serves: a pass keyed by fewer of them adds the rows of the combinations that agree on its own.
 */
public record PassSql(String sql, List<SqlKey> keys, List<Part> parts) {

    public PassSql {
        keys = List.copyOf(keys);
        parts = List.copyOf(parts);
    }

    /** Every aggregate a pass accumulates, in the order {@link Part#aggregates} picks them from. */
    public static final List<String> AGGREGATES = List.of("n", "kept", "flagged", "total", "squares", "negative",
            "sw", "sw2", "swy", "sw2y", "sw2y2");

    /** One pass compiled: its filter, flag, value and weight in SQL (null where it has none). */
    public record Part(String filter, String flag, String value, String weight) {
        /**
         * The aggregates the query returns for this pass, by their index in {@link #AGGREGATES}: the rows kept,
         * the flagged rows if it has a flag, and the rest only with a value or weight (without them the rows kept
         * with a value are all the rows kept, their sum is their number and none is negative).
         */
        public List<Integer> aggregates() {
            List<Integer> out = new ArrayList<>(List.of(0));
            if (value != null || weight != null) {
                out.add(1);
            }
            if (flag != null) {
                out.add(2);
            }
            if (value != null) {
                out.addAll(List.of(3, 4, 5));
            }
            if (weight != null) {
                out.addAll(List.of(6, 7, 8, 9, 10));
            }
            return out;
        }

        /** The part with the filter every part of its query shares taken out, to be the query's condition. */
        Part unfiltered() {
            return new Part(null, flag, value, weight);
        }
    }

    /** A pass's part of a query, compiled in the expressions' dialect. */
    public static Part part(QueryPlan.Pass pass, SqlExpressions exprs) {
        Dialect d = exprs.dialect();
        List<String> conds = pass.filters().stream().map(exprs::test).toList();
        String filter = conds.isEmpty() ? null : conds.size() == 1 ? conds.get(0) : "(" + String.join(" AND ", conds) + ")";
        return new Part(filter, pass.flag() == null ? null : exprs.test(pass.flag()),
                pass.valueColumn() == null ? null : d.floating(exprs.numericColumn(pass.valueColumn())),
                pass.weightColumn() == null ? null : d.floating(exprs.numericColumn(pass.weightColumn())));
    }

    /** The query of one pass over {@code relation} keyed by its group keys, then its stratum keys. */
    public static PassSql of(QueryPlan.Pass pass, String relation, List<SqlKey> groupKeys, List<SqlKey> strataKeys,
            SqlExpressions exprs) {
        List<SqlKey> keys = new ArrayList<>(groupKeys);
        keys.addAll(strataKeys);
        return of(List.of(part(pass, exprs)), relation, keys);
    }

    /** The column (1-based) where part {@code i}'s aggregates begin in a result row. */
    public int offset(int i) {
        int at = keys.size() + 1;
        for (int k = 0; k < i; k++) {
            at += parts.get(k).aggregates().size();
        }
        return at;
    }

    /**
     * The query of several passes over {@code relation} (a table, a view or a query, as written after {@code FROM}),
     * grouped by the key columns {@code keys} (distinct expressions).
     */
    public static PassSql of(List<Part> parts, String relation, List<SqlKey> keys) {
        return of(parts, relation, keys, null);
    }

    /**
     * The query with its sums in the dialect's exact type ({@link Dialect#exact}; none when {@code exact} is null): for
     * an engine that refused a floating sum out of range, so that such a sum comes back as a number too large for a
     * double, infinite as in memory.
     */
    public static PassSql of(List<Part> parts, String relation, List<SqlKey> keys, Dialect exact) {
        List<String> inner = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            inner.add(keys.get(i).sql() + " AS k" + i);
            keyNames.add("k" + i);
        }
        Set<String> filters = new LinkedHashSet<>();
        boolean everyRow = false;
        for (Part p : parts) {
            if (p.filter() == null) {
                everyRow = true;
            } else {
                filters.add(p.filter());
            }
        }
        String shared = !everyRow && filters.size() == 1 ? filters.iterator().next() : null;
        List<String> outer = new ArrayList<>(keyNames);
        for (int i = 0; i < parts.size(); i++) {
            Part p = shared != null ? parts.get(i).unfiltered() : parts.get(i);
            aggregates(p, i, inner, outer, exact == null ? x -> x : exact::exact);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", outer)).append("\nFROM (SELECT ")
                .append(String.join(", ", inner)).append("\n  FROM ").append(relation).append(" AS t");
        if (!everyRow && !filters.isEmpty()) {
            sql.append("\n  WHERE ").append(String.join("\n    OR ", filters));
        }
        sql.append(") AS q");
        if (!keyNames.isEmpty()) {
            sql.append("\nGROUP BY ").append(String.join(", ", keyNames)).append("\nORDER BY ")
                    .append(String.join(", ", keyNames));
        }
        return new PassSql(sql.toString(), keys, parts);
    }

    /** Part {@code i}'s columns of the subquery and its aggregates, in the order {@link Part#aggregates} gives. */
    private static void aggregates(Part p, int i, List<String> inner, List<String> outer,
            java.util.function.UnaryOperator<String> exact) {
        String m = "m_" + i;
        String f = "f_" + i;
        String v = exact.apply("v_" + i);
        String w = exact.apply("w_" + i);
        List<String> okParts = new ArrayList<>();
        if (p.filter() != null) {
            inner.add("(CASE WHEN " + p.filter() + " THEN 1 ELSE 0 END) AS " + m);
            okParts.add(m + " = 1");
        }
        if (p.flag() != null) {
            inner.add("(CASE WHEN " + p.flag() + " THEN 1 ELSE 0 END) AS " + f);
        }
        if (p.value() != null) {
            inner.add(p.value() + " AS v_" + i);
            okParts.add("v_" + i + " IS NOT NULL");
        }
        if (p.weight() != null) {
            inner.add(p.weight() + " AS w_" + i);
            okParts.add("w_" + i + " IS NOT NULL");
        }
        String ok = String.join(" AND ", okParts);
        for (int a : p.aggregates()) {
            String name = AGGREGATES.get(a) + "_" + i;
            String y = p.value() != null ? v : f;
            String sum = switch (a) {
                case 0 -> p.filter() == null ? "COUNT(*)" : "SUM(" + m + ")";
                case 1 -> "SUM(CASE WHEN " + ok + " THEN 1 ELSE 0 END)";
                case 2 -> ok.isEmpty() ? "SUM(" + f + ")" : "SUM(CASE WHEN " + ok + " THEN " + f + " ELSE 0 END)";
                case 3 -> sumWhere(ok, v);
                case 4 -> sumWhere(ok, v + " * " + v);
                case 5 -> "SUM(CASE WHEN " + (p.filter() != null ? m + " = 1 AND " : "") + "v_" + i + " < 0 THEN 1 ELSE 0 END)";
                case 6 -> sumWhere(ok, w);
                case 7 -> sumWhere(ok, w + " * " + w);
                case 8 -> sumWhere(ok, w + " * " + y);
                case 9 -> sumWhere(ok, w + " * " + w + " * " + y);
                default -> sumWhere(ok, w + " * " + w + " * " + y + " * " + y);
            };
            outer.add(sum + " AS " + name);
        }
    }

    private static String sumWhere(String ok, String x) {
        return "SUM(CASE WHEN " + ok + " THEN " + x + " END)";
    }
}
