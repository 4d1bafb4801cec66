package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * An expression as written, e.g. {@code age between 35 and 79 and amenable(cause)}; conditions in
 * {@code where}, {@code cohort}, {@code numerator} and {@code case} are expressions.
 */
public sealed interface Expr {
    Span span();

    /** Calls the method of {@code v} for this kind of expression and returns its result. */
    <R> R accept(ExprVisitor<R> v);

    /** A number, possibly written as a percentage: {@code 90%} is 0.9 with {@code percent} true. */
    record NumberLit(double value, boolean percent, String text, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitNumberLit(this);
        }
    }

    /** A quoted string, e.g. {@code "vaginal"}. */
    record StringLit(String value, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitStringLit(this);
        }
    }

    /** {@code true} or {@code false}. */
    record BoolLit(boolean value, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitBoolLit(this);
        }
    }

    /** A column of the data in scope, e.g. {@code age}. */
    record ColumnRef(String name, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitColumnRef(this);
        }
    }

    /** A call of a built-in or user (Java cell) function, e.g. {@code amenable(cause)}. */
    record Call(String name, Span nameSpan, List<Expr> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitCall(this);
        }
    }

    /** {@code not X}. */
    record Not(Expr operand, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitNot(this);
        }
    }

    /** {@code -X}. */
    record Negate(Expr operand, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitNegate(this);
        }
    }

    /** {@code A and B}, {@code A or B}. */
    record Logical(LogicalOp op, List<Expr> operands, Span span) implements Expr {
        public Logical {
            operands = List.copyOf(operands);
        }

        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitLogical(this);
        }
    }

    /** {@code A op B} for comparisons ({@code == != < <= > >=}) and arithmetic ({@code + - * /}). */
    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitBinary(this);
        }
    }

    /** {@code X [not] between LOW and HIGH}, both ends included. */
    record Between(Expr subject, Expr low, Expr high, boolean negated, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitBetween(this);
        }
    }

    /** {@code X [not] in ("SE", "NO")} or {@code X in nordic} (a declared or built-in list). */
    record In(Expr subject, List<Expr> values, String listName, Span listSpan, boolean negated, Span span)
            implements Expr {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitIn(this);
        }
    }

    /** {@code X is [not] missing}. */
    record IsMissing(Expr subject, boolean negated, Span span) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> v) {
            return v.visitIsMissing(this);
        }
    }

    /** The operators of {@link Logical}. */
    enum LogicalOp {
        AND, OR
    }

    /** The operators of {@link Binary}, with their spelling. */
    enum BinaryOp {
        EQ("=="), NEQ("!="), LT("<"), LE("<="), GT(">"), GE(">="), ADD("+"), SUB("-"), MUL("*"), DIV("/");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public boolean isComparison() {
            return ordinal() <= GE.ordinal();
        }
    }
}
