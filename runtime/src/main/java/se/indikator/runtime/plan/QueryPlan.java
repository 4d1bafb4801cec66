package se.indikator.runtime.plan;

import java.util.List;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.CiMethod;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The logical plan of one indicator result ({@code show}, {@code export}): the scans with their
 * filters and aggregates, the join of numerator and denominator on the breakdown keys, the
 * statistic and the disclosure rules, and the plan of its national reference ({@code reference}: the
 * same indicator by the breakdowns and conditions that {@code rule} keeps; null when the reference is
 * the result's own total, or when this plan is itself a reference). Immutable and printable ({@code :plan}).
 */
public record QueryPlan(IndicatorDef indicator, List<BreakdownDef> breakdowns, Expr where, List<Pass> passes,
        Statistic statistic, Suppression suppression, ReferenceRule rule, QueryPlan reference) {

    public QueryPlan {
        breakdowns = List.copyOf(breakdowns);
        passes = List.copyOf(passes);
    }

    /** One scan of a data source that aggregates by the breakdown keys (and strata). */
    public record Pass(Role role, String source, int rows, List<Expr> filters, Expr flag, String valueColumn,
            boolean sum, List<String> keys, List<String> strata, String weightColumn) {
        public Pass {
            filters = List.copyOf(filters);
            keys = List.copyOf(keys);
            strata = List.copyOf(strata);
        }

        /** An unweighted pass. */
        public Pass(Role role, String source, int rows, List<Expr> filters, Expr flag, String valueColumn, boolean sum,
                List<String> keys, List<String> strata) {
            this(role, source, rows, filters, flag, valueColumn, sum, keys, strata, null);
        }
    }

    /** What a pass supplies: both parts (cohort shape), the numerator or the denominator. */
    public enum Role {
        COHORT, NUMERATOR, DENOMINATOR
    }

    /** The statistic computed per group from the aggregates. */
    public record Statistic(String measure, CiMethod method, List<Double> levels, String standardisation) {
        public Statistic {
            levels = List.copyOf(levels);
        }
    }

    /** The disclosure rules in force: the indicator's own, the session default, and secondary suppression. */
    public record Suppression(List<String> rules, double defaultBelow, boolean secondary) {
        public Suppression {
            rules = List.copyOf(rules);
        }
    }
}
