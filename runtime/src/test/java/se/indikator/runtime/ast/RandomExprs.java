package se.indikator.runtime.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.indikator.runtime.diag.Span;

/**
 * Random expression trees of every kind, shaped as the parser builds them: {@code and} and {@code or}
 * with two or more operands, literals only in {@code in (…)}, and no minus applied to a number (the
 * parser folds {@code -5} into the number).
 */
final class RandomExprs {
    private static final Span AT = Span.NONE;
    private static final List<String> COLUMNS = List.of("a", "b", "age", "kön", "åldersgrupp", "rate", "year", "count",
            "target", "population", "x_1");
    private static final List<String> FUNCTIONS = List.of("f", "amenable", "icd", "year", "count");
    private static final List<String> STRINGS = List.of("SE", "Skåne", "a \"b\"", "c\\d", "", "1\n2");
    private static final List<Expr.NumberLit> NUMBERS = List.of(
            new Expr.NumberLit(0, false, "0", AT), new Expr.NumberLit(1, false, "1", AT),
            new Expr.NumberLit(2.5, false, "2.5", AT), new Expr.NumberLit(0.9, true, "90%", AT),
            new Expr.NumberLit(1000, false, "1e3", AT), new Expr.NumberLit(1.5, false, "1.50", AT));
    private static final List<Expr.NumberLit> NEGATIVE = List.of(
            new Expr.NumberLit(-3, false, "-3", AT), new Expr.NumberLit(-0.125, true, "-12.5%", AT));

    private RandomExprs() {
    }

    static Expr any(Random r, int depth) {
        if (depth == 0 || r.nextInt(5) == 0) {
            return leaf(r);
        }
        int d = depth - 1;
        return switch (r.nextInt(9)) {
            case 0 -> new Expr.Call(pick(r, FUNCTIONS), AT, list(r, d, r.nextInt(4)), AT);
            case 1 -> new Expr.Not(any(r, d), AT);
            case 2 -> new Expr.Negate(notNumber(r, d), AT);
            case 3 -> new Expr.Logical(r.nextBoolean() ? Expr.LogicalOp.AND : Expr.LogicalOp.OR, list(r, d, 2 + r.nextInt(2)), AT);
            case 4, 5 -> new Expr.Binary(pick(r, List.of(Expr.BinaryOp.values())), any(r, d), any(r, d), AT);
            case 6 -> new Expr.Between(any(r, d), any(r, d), any(r, d), r.nextBoolean(), AT);
            case 7 -> r.nextBoolean()
                    ? new Expr.In(any(r, d), literals(r), null, null, r.nextBoolean(), AT)
                    : new Expr.In(any(r, d), List.of(), "nordic", AT, r.nextBoolean(), AT);
            default -> new Expr.IsMissing(any(r, d), r.nextBoolean(), AT);
        };
    }

    private static Expr leaf(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextInt(4) == 0 ? pick(r, NEGATIVE) : pick(r, NUMBERS);
            case 1 -> new Expr.StringLit(pick(r, STRINGS), AT);
            case 2 -> new Expr.BoolLit(r.nextBoolean(), AT);
            default -> new Expr.ColumnRef(pick(r, COLUMNS), AT);
        };
    }

    private static Expr notNumber(Random r, int depth) {
        Expr e = any(r, depth);
        while (Exprs.asNumber(e) != null) {
            e = any(r, depth);
        }
        return e;
    }

    private static List<Expr> list(Random r, int depth, int n) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(any(r, depth));
        }
        return out;
    }

    private static List<Expr> literals(Random r) {
        List<Expr> out = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(switch (r.nextInt(3)) {
                case 0 -> pick(r, NUMBERS);
                case 1 -> new Expr.StringLit(pick(r, STRINGS), AT);
                default -> new Expr.BoolLit(r.nextBoolean(), AT);
            });
        }
        return out;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
