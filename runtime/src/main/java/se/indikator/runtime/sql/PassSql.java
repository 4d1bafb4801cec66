package se.indikator.runtime.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.plan.QueryPlan;

/**
 * The passes over one relation with the same keys as one {@code GROUP BY} query that returns, per combination of
 * the key columns and for each pass, what the in-memory kernel accumulates per cell: the rows its filter keeps
 * ({@code n}), those with their value and weight present ({@code kept}), the flagged ones, the sum and sum of
 * squares of the value, the negative values and, for a weighted pass, the five weighted sums. The keys, and each
 * pass's membership, flag, value and weight, are computed in a subquery that keeps the rows some pass's filter
 * keeps; the outer query groups and orders by the keys' names (never by ordinals, never {@code GROUP BY ALL}).
 */
public record PassSql(String sql, List<SqlKey> groupKeys, List<SqlKey> strataKeys, List<Part> parts) {

    public PassSql {
        groupKeys = List.copyOf(groupKeys);
        strataKeys = List.copyOf(strataKeys);
        parts = List.copyOf(parts);
    }

    /** The aggregates of a pass, in order, after the key columns and the earlier passes' aggregates. */
    public static final List<String> COUNTS = List.of("n", "kept", "flagged", "total", "squares", "negative");

    /** The weighted sums a weighted pass has after {@link #COUNTS}: Σw, Σw², Σw·y, Σw²·y, Σw²·y². */
    public static final List<String> WEIGHTED = List.of("sw", "sw2", "swy", "sw2y", "sw2y2");

    /** One pass compiled: its filter, flag, value and weight in SQL (null where it has none). */
    public record Part(String filter, String flag, String value, String weight) {
        /** The number of aggregate columns the pass has in a result row. */
        public int width() {
            return COUNTS.size() + (weight != null ? WEIGHTED.size() : 0);
        }
    }

    /** A pass's part of a query, compiled in the expressions' dialect. */
    public static Part part(QueryPlan.Pass pass, SqlExpressions exprs) {
        Dialect d = exprs.dialect();
        List<String> conds = pass.filters().stream().map(exprs::condition).toList();
        String filter = conds.isEmpty() ? null : conds.size() == 1 ? conds.get(0) : "(" + String.join(" AND ", conds) + ")";
        return new Part(filter, pass.flag() == null ? null : exprs.condition(pass.flag()),
                pass.valueColumn() == null ? null : d.floating(exprs.numericColumn(pass.valueColumn())),
                pass.weightColumn() == null ? null : d.floating(exprs.numericColumn(pass.weightColumn())));
    }

    /** The query of one pass over {@code relation} with its group and stratum keys. */
    public static PassSql of(QueryPlan.Pass pass, String relation, List<SqlKey> groupKeys, List<SqlKey> strataKeys,
            SqlExpressions exprs) {
        return of(List.of(part(pass, exprs)), relation, groupKeys, strataKeys);
    }

    /** The column (1-based) where pass {@code i}'s aggregates begin in a result row. */
    public int offset(int i) {
        int at = groupKeys.size() + strataKeys.size() + 1;
        for (int k = 0; k < i; k++) {
            at += parts.get(k).width();
        }
        return at;
    }

    /**
     * The query of several passes over {@code relation} (a table, a view or a query, as written after
     * {@code FROM}) that share their group and stratum keys.
     */
    public static PassSql of(List<Part> parts, String relation, List<SqlKey> groupKeys, List<SqlKey> strataKeys) {
        List<String> inner = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        for (int i = 0; i < groupKeys.size(); i++) {
            inner.add(groupKeys.get(i).sql() + " AS k" + i);
            keyNames.add("k" + i);
        }
        for (int i = 0; i < strataKeys.size(); i++) {
            inner.add(strataKeys.get(i).sql() + " AS s" + i);
            keyNames.add("s" + i);
        }
        List<String> outer = new ArrayList<>(keyNames);
        Set<String> filters = new LinkedHashSet<>();
        boolean everyRow = false;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String m = "m_" + i;
            String f = "f_" + i;
            String v = "v_" + i;
            String w = "w_" + i;
            inner.add(p.filter() == null ? "1 AS " + m : "(CASE WHEN " + p.filter() + " THEN 1 ELSE 0 END) AS " + m);
            inner.add(p.flag() == null ? "0 AS " + f : "(CASE WHEN " + p.flag() + " THEN 1 ELSE 0 END) AS " + f);
            if (p.value() != null) {
                inner.add(p.value() + " AS " + v);
            }
            if (p.weight() != null) {
                inner.add(p.weight() + " AS " + w);
            }
            if (p.filter() == null) {
                everyRow = true;
            } else {
                filters.add(p.filter());
            }
            String ok = m + " = 1" + (p.value() != null ? " AND " + v + " IS NOT NULL" : "")
                    + (p.weight() != null ? " AND " + w + " IS NOT NULL" : "");
            String x = p.value() != null ? v : "1";
            String y = p.value() != null ? v : f;
            outer.add("SUM(" + m + ") AS n_" + i);
            outer.add("SUM(CASE WHEN " + ok + " THEN 1 ELSE 0 END) AS kept_" + i);
            outer.add("SUM(CASE WHEN " + ok + " THEN " + f + " ELSE 0 END) AS flagged_" + i);
            outer.add("SUM(CASE WHEN " + ok + " THEN " + x + " END) AS total_" + i);
            outer.add("SUM(CASE WHEN " + ok + " THEN " + x + " * " + x + " END) AS squares_" + i);
            outer.add(p.value() != null ? "SUM(CASE WHEN " + m + " = 1 AND " + v + " < 0 THEN 1 ELSE 0 END) AS negative_" + i
                    : "0 AS negative_" + i);
            if (p.weight() != null) {
                outer.add("SUM(CASE WHEN " + ok + " THEN " + w + " END) AS sw_" + i);
                outer.add("SUM(CASE WHEN " + ok + " THEN " + w + " * " + w + " END) AS sw2_" + i);
                outer.add("SUM(CASE WHEN " + ok + " THEN " + w + " * " + y + " END) AS swy_" + i);
                outer.add("SUM(CASE WHEN " + ok + " THEN " + w + " * " + w + " * " + y + " END) AS sw2y_" + i);
                outer.add("SUM(CASE WHEN " + ok + " THEN " + w + " * " + w + " * " + y + " * " + y + " END) AS sw2y2_" + i);
            }
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
        return new PassSql(sql.toString(), groupKeys, strataKeys, parts);
    }
}
