package se.indikator.runtime.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.check.ColumnsUsed;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;

/**
 * The one rule that says what a group of a result is compared with: the same indicator for the whole
 * country, for the same period and the same population. The reference drops what selects a unit of
 * comparison — breakdowns declared with {@code unit} and the conditions of {@code where} that read a
 * unit's columns — and keeps everything else: the other breakdowns (kön, åldersgrupp, year …) and the
 * other conditions ({@code year == 2023}, {@code age >= 65}).
 *
 * <p>Examples: {@code by region, kön} compares each region's women with the country's women;
 * {@code by region where year == 2023} compares with the country in 2023; {@code by kön where region ==
 * "Skåne"} compares Skåne's women with the country's women, and Skåne as a whole with the country.
 * With no unit in the statement ({@code by utbildning, kön}) the first breakdown not held fixed is the one
 * compared: a group's reference is all of its categories together, with the same values of the others
 * (all education levels of the same sex).
 *
 * @param breakdowns the statement's breakdowns, in order
 * @param units whether each breakdown is a unit of comparison
 * @param kept the positions of the breakdowns the reference keeps (its own breakdowns, in order)
 * @param unitConditions the conjuncts of {@code where} that select units (left out of the reference)
 * @param otherConditions the other conjuncts of {@code where} (kept in the reference)
 * @param mixed conjuncts that read a unit's columns and other columns at once (an error for the checker)
 */
public record ReferenceRule(List<BreakdownDef> breakdowns, List<Boolean> units, List<Integer> kept,
        List<Expr> unitConditions, List<Expr> otherConditions, List<Expr> mixed) {

    public ReferenceRule {
        breakdowns = List.copyOf(breakdowns);
        units = List.copyOf(units);
        kept = List.copyOf(kept);
        unitConditions = List.copyOf(unitConditions);
        otherConditions = List.copyOf(otherConditions);
        mixed = List.copyOf(mixed);
    }

    /**
     * The rule for a statement's breakdowns and condition.
     *
     * @param isUnit whether a breakdown (by name) is a unit of comparison
     * @param unitColumns the columns that select units
     * @param fixed breakdowns never dropped (the time of a trend)
     */
    public static ReferenceRule of(List<BreakdownDef> by, Predicate<String> isUnit, Set<String> unitColumns, Expr where,
            Set<String> fixed) {
        List<Boolean> units = new ArrayList<>();
        by.forEach(b -> units.add(isUnit.test(b.name())));
        List<Expr> unitConds = new ArrayList<>();
        List<Expr> other = new ArrayList<>();
        List<Expr> mixed = new ArrayList<>();
        for (Expr c : conjuncts(where)) {
            Set<String> cols = ColumnsUsed.of(c).keySet();
            long unitCols = cols.stream().filter(unitColumns::contains).count();
            if (unitCols == 0) {
                other.add(c);
            } else if (unitCols == cols.size()) {
                unitConds.add(c);
            } else {
                mixed.add(c);
                other.add(c);
            }
        }
        List<Integer> kept = new ArrayList<>();
        boolean anyUnit = units.contains(true) || !unitConds.isEmpty();
        int dropped = -1;
        if (!anyUnit) {
            for (int i = 0; i < by.size(); i++) {
                if (!fixed.contains(by.get(i).name())) {
                    dropped = i;
                    break;
                }
            }
        }
        for (int i = 0; i < by.size(); i++) {
            if (!units.get(i) && i != dropped) {
                kept.add(i);
            }
        }
        return new ReferenceRule(by, units, kept, unitConds, other, mixed);
    }

    /** The conjuncts of a condition: {@code a and (b and c)} gives a, b, c; none for no condition. */
    public static List<Expr> conjuncts(Expr where) {
        List<Expr> out = new ArrayList<>();
        if (where == null) {
            return out;
        }
        List<Expr> top = se.indikator.runtime.ast.Exprs.conjuncts(where);
        if (top.size() == 1) {
            out.add(top.get(0));
        } else {
            top.forEach(o -> out.addAll(conjuncts(o)));
        }
        return out;
    }

    /** Whether the statement names a unit of comparison (in {@code by} or in {@code where}). */
    public boolean hasUnit() {
        return units.contains(true) || !unitConditions.isEmpty();
    }

    /** Whether {@code where} selects units, so that the result's total is not the country's. */
    public boolean restricted() {
        return !unitConditions.isEmpty();
    }

    /** Whether the result is its own reference (nothing is dropped): no row is compared. */
    public boolean selfReferenced() {
        return kept.size() == breakdowns.size() && !restricted();
    }

    /** The breakdowns of the reference, in the statement's order. */
    public List<BreakdownDef> referenceBreakdowns() {
        return kept.stream().map(breakdowns::get).toList();
    }

    /** The condition of the reference: the statement's conjuncts that do not select units, or null. */
    public Expr referenceWhere() {
        if (otherConditions.isEmpty()) {
            return null;
        }
        if (otherConditions.size() == 1) {
            return otherConditions.get(0);
        }
        return new Expr.Logical(Expr.LogicalOp.AND, otherConditions, Span.NONE);
    }

    /** Whether the reference is the result's own total (no pass of its own is needed). */
    public boolean referenceIsTotal() {
        return kept.isEmpty() && !restricted();
    }

    /** The position of the breakdown compared when the statement names no unit, or -1. */
    public int comparedWithoutUnit() {
        if (hasUnit()) {
            return -1;
        }
        for (int i = 0; i < breakdowns.size(); i++) {
            if (!kept.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The reference group of a group, from the category index of each breakdown: the mixed-radix index over the
     * kept breakdowns' categories ({@code sizes} are the numbers of categories of all breakdowns).
     */
    public int referenceGroup(int[] parts, List<Integer> sizes) {
        int g = 0;
        for (int k : kept) {
            g = g * sizes.get(k) + parts[k];
        }
        return g;
    }

    /**
     * The units the condition selects, in words, e.g. "Skåne" for {@code region == "Skåne"} or "Skåne, Halland"
     * for {@code region in ("Skåne", "Halland")}; null when the condition selects no unit.
     */
    public String selectionLabel() {
        if (unitConditions.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Expr c : unitConditions) {
            if (c instanceof Expr.Binary b && b.op() == Expr.BinaryOp.EQ && b.left() instanceof Expr.ColumnRef
                    && ConditionWords.literal(b.right()) != null) {
                parts.add(ConditionWords.literal(b.right()));
            } else if (c instanceof Expr.In in && !in.negated() && in.listName() == null
                    && in.values().stream().allMatch(v -> ConditionWords.literal(v) != null)) {
                parts.add(String.join(", ", in.values().stream().map(ConditionWords::literal).toList()));
            } else {
                parts.add(se.indikator.runtime.ast.Unparser.expr(c));
            }
        }
        return String.join(", ", parts);
    }

    /** The name of the column that shows the selected units: the unit columns the condition reads, or null. */
    public String selectionColumn() {
        if (unitConditions.isEmpty()) {
            return null;
        }
        java.util.Set<String> cols = new java.util.LinkedHashSet<>();
        unitConditions.forEach(c -> cols.addAll(ColumnsUsed.of(c).keySet()));
        return String.join("_", cols);
    }

    /**
     * The reference in words for a table's note, e.g. "compared with the whole country, year 2023, same kön"
     * or "jämfört med riket, year 2023, samma kön".
     */
    public String describe(boolean swedish) {
        StringBuilder sb = new StringBuilder();
        int compared = comparedWithoutUnit();
        if (compared >= 0) {
            String name = breakdowns.get(compared).name();
            sb.append(swedish ? "jämfört med alla grupper av " + name + " tillsammans (ingen jämförelseenhet)"
                    : "compared with all groups of " + name + " together (no unit of comparison)");
        } else {
            sb.append(swedish ? "jämfört med riket" : "compared with the whole country");
        }
        for (Expr c : otherConditions) {
            sb.append(", ").append(ConditionWords.of(c));
        }
        if (!kept.isEmpty()) {
            sb.append(swedish ? ", samma " : ", same ")
                    .append(String.join(swedish ? " och " : " and ", referenceBreakdowns().stream().map(BreakdownDef::name).toList()));
        }
        return sb.toString();
    }
}
