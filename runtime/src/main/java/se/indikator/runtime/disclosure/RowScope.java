package se.indikator.runtime.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.model.BreakdownDef;

/**
 * The rows of microdata one published row counts: those that satisfy every conjunct of its condition and
 * fall in one of the given categories of each of its breakdowns (a breakdown it does not name: any category, or
 * none). A row has one category of a breakdown; a rolling window is the set of the periods it pools, as
 * categories of the column's single periods. Two rows of different tables with equal scopes count the same
 * microdata.
 */
record RowScope(Set<Expr> conjuncts, Map<BreakdownDef, Set<String>> categories) {

    RowScope {
        conjuncts = Set.copyOf(conjuncts);
        categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    }

    /** The same rows that also meet {@code more}. */
    RowScope with(Set<Expr> more) {
        Set<Expr> all = new java.util.LinkedHashSet<>(conjuncts);
        all.addAll(more);
        return new RowScope(all, categories);
    }

    /**
     * The scope in words: {@code region = Skåne, kön = Kvinnor (year == 2023)}, or "all rows"; without the
     * conjuncts in {@code implied} (those of the cohort of the indicator the words are about).
     */
    String describe(boolean swedish, Set<Expr> implied) {
        StringBuilder sb = new StringBuilder();
        categories.forEach((b, labels) -> sb.append(sb.length() == 0 ? "" : ", ").append(b.name())
                .append(labels.size() == 1 ? " = " + labels.iterator().next() : " in (" + String.join(", ", labels) + ")"));
        if (sb.length() == 0) {
            sb.append(swedish ? "riket" : "all rows");
        }
        List<String> conds = conjuncts.stream().filter(c -> !implied.contains(c)).map(Unparser::expr).sorted().toList();
        if (!conds.isEmpty()) {
            sb.append(" (").append(String.join(" and ", conds)).append(")");
        }
        return sb.toString();
    }
}
