package se.indikator.runtime.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The common questions asked of an expression, answered with {@link ExprVisitor}s: its direct
 * sub-expressions and a pre-order walk over all of them, and its shape — a column, a literal, the
 * conditions of an {@code and}.
 */
public final class Exprs {
    private Exprs() {
    }

    /** The direct sub-expressions of {@code e}, in the order they are written (empty for a literal or column). */
    public static List<Expr> children(Expr e) {
        return e.accept(CHILDREN);
    }

    /** Calls {@code action} on {@code e} and then on each of its sub-expressions, depth first, in written order. */
    public static void walk(Expr e, Consumer<? super Expr> action) {
        action.accept(e);
        for (Expr child : children(e)) {
            walk(child, action);
        }
    }

    /** The column's name when {@code e} is a column reference, else null. */
    public static String columnName(Expr e) {
        return e.accept(COLUMN_NAME);
    }

    /** {@code e} when it is a number literal, else null. */
    public static Expr.NumberLit asNumber(Expr e) {
        return e.accept(AS_NUMBER);
    }

    /** {@code e} when it is a string literal, else null. */
    public static Expr.StringLit asString(Expr e) {
        return e.accept(AS_STRING);
    }

    /** Whether {@code e} is a literal: a number, a string, true or false. */
    public static boolean isLiteral(Expr e) {
        return literalValue(e) != null;
    }

    /**
     * The value of a literal as Java sees it — a {@link String}, a {@link Double} (a percentage as its
     * fraction) or a {@link Boolean} — or null when {@code e} is not a literal.
     */
    public static Object literalValue(Expr e) {
        return e.accept(LITERAL_VALUE);
    }

    /** Whether {@code e} is {@code X is missing} (not negated). */
    public static boolean isMissingTest(Expr e) {
        return Boolean.TRUE.equals(e.accept(IS_MISSING_TEST));
    }

    private static final ExprVisitor<Boolean> IS_MISSING_TEST = new Shape<>() {
        @Override
        public Boolean visitIsMissing(Expr.IsMissing m) {
            return !m.negated();
        }
    };

    /** The conditions that must all hold: the operands of a top-level {@code and}, else {@code e} alone. */
    public static List<Expr> conjuncts(Expr e) {
        List<Expr> operands = e.accept(AND_OPERANDS);
        return operands != null ? operands : List.of(e);
    }

    private static final ExprVisitor<String> COLUMN_NAME = new Shape<>() {
        @Override
        public String visitColumnRef(Expr.ColumnRef c) {
            return c.name();
        }
    };

    private static final ExprVisitor<Expr.NumberLit> AS_NUMBER = new Shape<>() {
        @Override
        public Expr.NumberLit visitNumberLit(Expr.NumberLit n) {
            return n;
        }
    };

    private static final ExprVisitor<Expr.StringLit> AS_STRING = new Shape<>() {
        @Override
        public Expr.StringLit visitStringLit(Expr.StringLit s) {
            return s;
        }
    };

    /** A full visitor, so that a new kind of expression is considered as a possible literal. */
    private static final ExprVisitor<Object> LITERAL_VALUE = new ExprVisitor<>() {
        @Override
        public Object visitNumberLit(Expr.NumberLit e) {
            return e.value();
        }

        @Override
        public Object visitStringLit(Expr.StringLit e) {
            return e.value();
        }

        @Override
        public Object visitBoolLit(Expr.BoolLit e) {
            return e.value();
        }

        @Override
        public Object visitColumnRef(Expr.ColumnRef e) {
            return null;
        }

        @Override
        public Object visitCall(Expr.Call e) {
            return null;
        }

        @Override
        public Object visitNot(Expr.Not e) {
            return null;
        }

        @Override
        public Object visitNegate(Expr.Negate e) {
            return null;
        }

        @Override
        public Object visitLogical(Expr.Logical e) {
            return null;
        }

        @Override
        public Object visitBinary(Expr.Binary e) {
            return null;
        }

        @Override
        public Object visitBetween(Expr.Between e) {
            return null;
        }

        @Override
        public Object visitIn(Expr.In e) {
            return null;
        }

        @Override
        public Object visitIsMissing(Expr.IsMissing e) {
            return null;
        }
    };

    private static final ExprVisitor<List<Expr>> AND_OPERANDS = new Shape<>() {
        @Override
        public List<Expr> visitLogical(Expr.Logical l) {
            return l.op() == Expr.LogicalOp.AND ? l.operands() : null;
        }
    };

    private static final ExprVisitor<List<Expr>> CHILDREN = new ExprVisitor<>() {
        @Override
        public List<Expr> visitNumberLit(Expr.NumberLit e) {
            return List.of();
        }

        @Override
        public List<Expr> visitStringLit(Expr.StringLit e) {
            return List.of();
        }

        @Override
        public List<Expr> visitBoolLit(Expr.BoolLit e) {
            return List.of();
        }

        @Override
        public List<Expr> visitColumnRef(Expr.ColumnRef e) {
            return List.of();
        }

        @Override
        public List<Expr> visitCall(Expr.Call e) {
            return e.args();
        }

        @Override
        public List<Expr> visitNot(Expr.Not e) {
            return List.of(e.operand());
        }

        @Override
        public List<Expr> visitNegate(Expr.Negate e) {
            return List.of(e.operand());
        }

        @Override
        public List<Expr> visitLogical(Expr.Logical e) {
            return e.operands();
        }

        @Override
        public List<Expr> visitBinary(Expr.Binary e) {
            return List.of(e.left(), e.right());
        }

        @Override
        public List<Expr> visitBetween(Expr.Between e) {
            return List.of(e.subject(), e.low(), e.high());
        }

        @Override
        public List<Expr> visitIn(Expr.In e) {
            List<Expr> out = new ArrayList<>(1 + e.values().size());
            out.add(e.subject());
            out.addAll(e.values());
            return List.copyOf(out);
        }

        @Override
        public List<Expr> visitIsMissing(Expr.IsMissing e) {
            return List.of(e.subject());
        }
    };

    /**
     * A question about one or two kinds of expression: every kind answers null unless overridden. Only
     * for the shape tests above, whose answer for a kind added later is rightly null; a computation
     * over expressions implements {@link ExprVisitor} itself, so that a new kind cannot be forgotten.
     */
    private abstract static class Shape<R> implements ExprVisitor<R> {
        @Override
        public R visitNumberLit(Expr.NumberLit e) {
            return null;
        }

        @Override
        public R visitStringLit(Expr.StringLit e) {
            return null;
        }

        @Override
        public R visitBoolLit(Expr.BoolLit e) {
            return null;
        }

        @Override
        public R visitColumnRef(Expr.ColumnRef e) {
            return null;
        }

        @Override
        public R visitCall(Expr.Call e) {
            return null;
        }

        @Override
        public R visitNot(Expr.Not e) {
            return null;
        }

        @Override
        public R visitNegate(Expr.Negate e) {
            return null;
        }

        @Override
        public R visitLogical(Expr.Logical e) {
            return null;
        }

        @Override
        public R visitBinary(Expr.Binary e) {
            return null;
        }

        @Override
        public R visitBetween(Expr.Between e) {
            return null;
        }

        @Override
        public R visitIn(Expr.In e) {
            return null;
        }

        @Override
        public R visitIsMissing(Expr.IsMissing e) {
            return null;
        }
    }
}
