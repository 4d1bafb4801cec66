package se.indikator.runtime.sql;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.plan.QueryPlan;

/**
 * One pass as one {@code GROUP BY} query that returns, per combination of its key columns, what the in-memory
 * kernel accumulates per cell: the rows the filter keeps ({@code n}), those with their value and weight present
 * ({@code kept}), the flagged ones, the sum and sum of squares of the value, the negative values and, for a
 * weighted pass, the five weighted sums. The keys, flag, value and weight are computed in a subquery under the
 * filter, and the outer query groups and orders by their names (never by ordinals, never {@code GROUP BY ALL}).
 */
public record PassSql(String sql, List<SqlKey> groupKeys, List<SqlKey> strataKeys, boolean valued, boolean weighted) {

    public PassSql {
        groupKeys = List.copyOf(groupKeys);
        strataKeys = List.copyOf(strataKeys);
    }

    /** The aggregates each row of the result carries after its key columns, in order. */
    public static final List<String> COUNTS = List.of("n", "kept", "flagged", "total", "squares", "negative");

    /** The weighted sums a weighted pass's rows carry after {@link #COUNTS}: Σw, Σw², Σw·y, Σw²·y, Σw²·y². */
    public static final List<String> WEIGHTED = List.of("sw", "sw2", "swy", "sw2y", "sw2y2");

    /**
     * The query of a pass over {@code relation} (a table, a view or a table function, as the engine names it),
     * its group keys and stratum keys compiled for the categories the run lists.
     */
    public static PassSql of(QueryPlan.Pass pass, String relation, List<SqlKey> groupKeys, List<SqlKey> strataKeys,
            SqlExpressions exprs) {
        Dialect d = exprs.dialect();
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
        boolean valued = pass.valueColumn() != null;
        boolean weighted = pass.weightColumn() != null;
        inner.add(pass.flag() == null ? "0 AS f" : "(CASE WHEN " + exprs.condition(pass.flag()) + " THEN 1 ELSE 0 END) AS f");
        if (valued) {
            inner.add(d.floating(exprs.numericColumn(pass.valueColumn())) + " AS v");
        }
        if (weighted) {
            inner.add(d.floating(exprs.numericColumn(pass.weightColumn())) + " AS w");
        }
        List<String> present = new ArrayList<>();
        if (valued) {
            present.add("v IS NOT NULL");
        }
        if (weighted) {
            present.add("w IS NOT NULL");
        }
        String ok = present.isEmpty() ? "TRUE" : String.join(" AND ", present);
        String v = valued ? "v" : "1";
        String y = valued ? "v" : "f";
        List<String> outer = new ArrayList<>(keyNames);
        outer.add("COUNT(*) AS n");
        outer.add("SUM(CASE WHEN " + ok + " THEN 1 ELSE 0 END) AS kept");
        outer.add("SUM(CASE WHEN " + ok + " THEN f ELSE 0 END) AS flagged");
        outer.add("SUM(CASE WHEN " + ok + " THEN " + v + " END) AS total");
        outer.add("SUM(CASE WHEN " + ok + " THEN " + v + " * " + v + " END) AS squares");
        outer.add(valued ? "SUM(CASE WHEN v < 0 THEN 1 ELSE 0 END) AS negative" : "0 AS negative");
        if (weighted) {
            outer.add("SUM(CASE WHEN " + ok + " THEN w END) AS sw");
            outer.add("SUM(CASE WHEN " + ok + " THEN w * w END) AS sw2");
            outer.add("SUM(CASE WHEN " + ok + " THEN w * " + y + " END) AS swy");
            outer.add("SUM(CASE WHEN " + ok + " THEN w * w * " + y + " END) AS sw2y");
            outer.add("SUM(CASE WHEN " + ok + " THEN w * w * " + y + " * " + y + " END) AS sw2y2");
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", outer)).append("\nFROM (SELECT ")
                .append(String.join(", ", inner)).append("\n  FROM ").append(relation).append(" AS t");
        List<Expr> filters = pass.filters();
        if (!filters.isEmpty()) {
            List<String> conds = filters.stream().map(exprs::condition).toList();
            sql.append("\n  WHERE ").append(String.join("\n    AND ", conds));
        }
        sql.append(") AS q");
        if (!keyNames.isEmpty()) {
            sql.append("\nGROUP BY ").append(String.join(", ", keyNames)).append("\nORDER BY ")
                    .append(String.join(", ", keyNames));
        }
        return new PassSql(sql.toString(), groupKeys, strataKeys, valued, weighted);
    }
}
