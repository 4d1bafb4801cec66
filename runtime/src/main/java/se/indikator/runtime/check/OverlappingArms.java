package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.diag.Diagnostics;

/**
 * The arms of a {@code case} that would claim the same rows for different categories — the value {@code 2022} in
 * both "2020–2022" and "2022", or {@code year >= 2020 and year <= 2022} beside {@code year >= 2022} — which the
 * first arm would silently win: an error (E313) naming both arms. A later range that holds an earlier one whole
 * ({@code when age < 25 … when age < 45}) takes what is left, as such cascades mean, and is not an error. Arms
 * are compared when their conditions are
 * values of the subject, or ranges of one numeric column (comparisons with numbers, {@code between}, joined by
 * {@code and}); other conditions are not compared.
 */
final class OverlappingArms {
    private OverlappingArms() {
    }

    /** A range of one column's values, each end open or closed (infinite ends are open). */
    private record Range(String column, double low, boolean lowIn, double high, boolean highIn) {
        boolean meets(Range o) {
            if (!column.equals(o.column)) {
                return false;
            }
            boolean belowHigh = low < o.high || (low == o.high && lowIn && o.highIn);
            boolean aboveLow = high > o.low || (high == o.low && highIn && o.lowIn);
            return belowHigh && aboveLow;
        }

        /** Whether every value of {@code o} is in this range (a later arm that holds an earlier one takes the rest). */
        boolean holds(Range o) {
            boolean lowOk = low < o.low || (low == o.low && (lowIn || !o.lowIn));
            boolean highOk = high > o.high || (high == o.high && (highIn || !o.highIn));
            return column.equals(o.column) && lowOk && highOk;
        }
    }

    /** Reports overlapping arms of {@code c}; returns whether there were none. */
    static boolean check(BreakdownExpr.Case c, Diagnostics d) {
        List<BreakdownExpr.When> arms = c.whens().stream().filter(w -> !w.whenMissing()).toList();
        boolean ok = true;
        if (c.subject() != null) {
            Map<String, BreakdownExpr.When> seen = new LinkedHashMap<>();
            for (BreakdownExpr.When w : arms) {
                for (Expr value : w.conditions()) {
                    Optional<String> key = literal(value);
                    if (key.isEmpty()) {
                        continue;
                    }
                    BreakdownExpr.When first = seen.putIfAbsent(key.get(), w);
                    if (first != null && first != w && !same(first, w)) {
                        d.error("E313", value.span(), "the value " + Unparser.expr(value) + " is in two categories, "
                                        + label(first) + " and " + label(w), "a row takes the first arm that matches, so it "
                                        + "would never be " + label(w) + ": give each value one category");
                        ok = false;
                    }
                }
            }
            return ok;
        }
        List<Range> ranges = new ArrayList<>();
        List<BreakdownExpr.When> owners = new ArrayList<>();
        for (BreakdownExpr.When w : arms) {
            if (w.conditions().size() != 1) {
                continue;
            }
            Optional<Range> r = range(w.conditions().get(0));
            if (r.isEmpty()) {
                continue;
            }
            for (int i = 0; i < ranges.size(); i++) {
                // "when age < 25 … when age < 45": a later arm that holds an earlier one takes what is left, as meant
                if (ranges.get(i).meets(r.get()) && !r.get().holds(ranges.get(i)) && !same(owners.get(i), w)) {
                    d.error("E313", w.conditions().get(0).span(), "this arm claims rows the arm for "
                                    + label(owners.get(i)) + " already takes (" + Unparser.expr(owners.get(i).conditions().get(0))
                                    + ")", "a row takes the first arm that matches, so these rows would never be "
                                    + label(w) + ": make the ranges of " + r.get().column() + " meet without overlapping");
                    ok = false;
                    break;
                }
            }
            ranges.add(r.get());
            owners.add(w);
        }
        return ok;
    }

    private static boolean same(BreakdownExpr.When a, BreakdownExpr.When b) {
        return a.result().missing() == b.result().missing()
                && (a.result().missing() || a.result().text().equals(b.result().text()));
    }

    private static String label(BreakdownExpr.When w) {
        return w.result().missing() ? "missing" : "\"" + w.result().text() + "\"";
    }

    private static Optional<String> literal(Expr e) {
        if (e instanceof Expr.NumberLit n) {
            return Optional.of("n:" + n.value());
        }
        if (e instanceof Expr.StringLit s) {
            return Optional.of("s:" + s.value());
        }
        return Optional.empty();
    }

    /** The range a condition selects, when it is comparisons of one column with numbers joined by {@code and}. */
    private static Optional<Range> range(Expr e) {
        if (e instanceof Expr.Logical l && l.op() == Expr.LogicalOp.AND) {
            Range r = null;
            for (Expr part : l.operands()) {
                Optional<Range> p = range(part);
                if (p.isEmpty() || (r != null && !r.column().equals(p.get().column()))) {
                    return Optional.empty();
                }
                r = r == null ? p.get() : intersect(r, p.get());
            }
            return Optional.ofNullable(r);
        }
        if (e instanceof Expr.Between b && !b.negated() && b.subject() instanceof Expr.ColumnRef c
                && b.low() instanceof Expr.NumberLit lo && b.high() instanceof Expr.NumberLit hi) {
            return Optional.of(new Range(c.name(), lo.value(), true, hi.value(), true));
        }
        if (e instanceof Expr.Binary b) {
            boolean flipped = b.right() instanceof Expr.ColumnRef && b.left() instanceof Expr.NumberLit;
            Expr col = flipped ? b.right() : b.left();
            Expr num = flipped ? b.left() : b.right();
            if (!(col instanceof Expr.ColumnRef c) || !(num instanceof Expr.NumberLit n)) {
                return Optional.empty();
            }
            double v = n.value();
            Expr.BinaryOp op = flipped ? mirror(b.op()) : b.op();
            double inf = Double.POSITIVE_INFINITY;
            return switch (op) {
                case EQ -> Optional.of(new Range(c.name(), v, true, v, true));
                case LT -> Optional.of(new Range(c.name(), -inf, false, v, false));
                case LE -> Optional.of(new Range(c.name(), -inf, false, v, true));
                case GT -> Optional.of(new Range(c.name(), v, false, inf, false));
                case GE -> Optional.of(new Range(c.name(), v, true, inf, false));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static Expr.BinaryOp mirror(Expr.BinaryOp op) {
        return switch (op) {
            case LT -> Expr.BinaryOp.GT;
            case LE -> Expr.BinaryOp.GE;
            case GT -> Expr.BinaryOp.LT;
            case GE -> Expr.BinaryOp.LE;
            default -> op;
        };
    }

    private static Range intersect(Range a, Range b) {
        double low = Math.max(a.low(), b.low());
        boolean lowIn = a.low() == b.low() ? a.lowIn() && b.lowIn() : (a.low() > b.low() ? a.lowIn() : b.lowIn());
        double high = Math.min(a.high(), b.high());
        boolean highIn = a.high() == b.high() ? a.highIn() && b.highIn() : (a.high() < b.high() ? a.highIn() : b.highIn());
        return new Range(a.column(), low, lowIn, high, highIn);
    }
}
