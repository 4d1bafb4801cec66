package se.indikator.runtime.plan;

import java.util.List;
import java.util.stream.Collectors;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;

/**
 * Prints a plan as an indented tree, one operator a line, e.g.
 * <pre>
 * suppress numerator &lt; 10; default numerator &lt; 5; secondary
 *   statistic percent, wilson, levels 95%, 99.8%
 *     aggregate count(*), count(*) where tear_degree >= 3 by born
 *       filter parity == 1 and delivery == "vaginal"
 *         scan births (1 204 rows)
 * </pre>
 * followed by the reference the groups are compared with and, when it needs passes of its own, its plan.
 */
public final class PlanPrinter {
    private PlanPrinter() {
    }

    public static String print(QueryPlan p) {
        StringBuilder sb = new StringBuilder();
        String keys = p.breakdowns().stream().map(BreakdownDef::name).collect(Collectors.joining(", "));
        sb.append("result ").append(p.indicator().name()).append(keys.isEmpty() ? "" : " by " + keys).append('\n');
        QueryPlan.Suppression s = p.suppression();
        String rules = String.join("; ", s.rules());
        sb.append("  suppress ").append(rules.isEmpty() ? "" : rules + "; ")
                .append(s.defaultBelow() > 0 ? "default numerator < " + Numbers.plain(s.defaultBelow()) : "no default rule")
                .append(s.secondary() ? "; secondary" : "").append('\n');
        QueryPlan.Statistic st = p.statistic();
        sb.append("    statistic ").append(st.measure()).append(", ").append(st.method().keyword).append(", levels ")
                .append(st.levels().stream().map(l -> Numbers.plain(l * 100) + "%").collect(Collectors.joining(", ")))
                .append(st.standardisation() == null ? "" : ", " + st.standardisation()).append('\n');
        String indent = "      ";
        if (p.passes().size() > 1) {
            sb.append(indent).append("join numerator, denominator on ").append(keys.isEmpty() ? "(national)" : keys)
                    .append('\n');
            indent += "  ";
        }
        for (QueryPlan.Pass pass : p.passes()) {
            pass(sb, pass, indent);
        }
        ReferenceRule rule = p.rule();
        if (rule != null) {
            if (rule.selfReferenced()) {
                sb.append("reference: none (every row is the whole population's own value)\n");
            } else if (p.reference() == null) {
                sb.append("reference: the total of this result (").append(rule.describe(false)).append(")\n");
            } else {
                sb.append("reference: ").append(rule.describe(false)).append('\n');
                for (String line : print(p.reference()).split("\n")) {
                    sb.append("  ").append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void pass(StringBuilder sb, QueryPlan.Pass pass, String indent) {
        String agg = switch (pass.role()) {
            case COHORT -> "count(*)" + (pass.flag() != null ? ", count(*) where " + Unparser.expr(pass.flag()) : "")
                    + (pass.valueColumn() != null ? ", sum(" + pass.valueColumn() + "), sum(" + pass.valueColumn() + "²)" : "");
            case NUMERATOR, DENOMINATOR -> pass.role().name().toLowerCase(java.util.Locale.ROOT) + " = "
                    + (pass.sum() ? "sum(" + pass.valueColumn() + ")" : "count(*)");
        };
        List<String> by = new java.util.ArrayList<>(pass.keys());
        sb.append(indent).append("aggregate ").append(agg);
        if (!by.isEmpty()) {
            sb.append(" by ").append(String.join(", ", by));
        }
        if (!pass.strata().isEmpty()) {
            sb.append(" × strata ").append(String.join(" × ", pass.strata()));
        }
        sb.append('\n');
        String inner = indent + "  ";
        if (!pass.filters().isEmpty()) {
            sb.append(inner).append("filter ").append(allOf(pass.filters())).append('\n');
            inner += "  ";
        }
        sb.append(inner).append("scan ").append(pass.source()).append(" (").append(pass.rows()).append(" rows)\n");
    }

    /** The filters as one condition: their conditions joined by {@code and}, each in parentheses only if it needs them. */
    private static String allOf(List<Expr> filters) {
        List<Expr> conditions = filters.stream().flatMap(f -> Exprs.conjuncts(f).stream()).toList();
        return Unparser.expr(conditions.size() == 1 ? conditions.get(0)
                : new Expr.Logical(Expr.LogicalOp.AND, conditions, Span.NONE));
    }
}
