package se.indikator.runtime.ast;

import se.indikator.runtime.diag.Span;

/**
 * One disclosure rule: a row is suppressed when {@code subject comparator threshold} holds, e.g.
 * {@code numerator < 10}.
 */
public record SuppressRule(Subject subject, Expr.BinaryOp comparator, double threshold, Span span) {

    /** What the rule looks at. */
    public enum Subject {
        NUMERATOR, DENOMINATOR
    }

    public boolean triggers(double numerator, double denominator) {
        double v = subject == Subject.NUMERATOR ? numerator : denominator;
        return switch (comparator) {
            case LT -> v < threshold;
            case LE -> v <= threshold;
            case GT -> v > threshold;
            case GE -> v >= threshold;
            case EQ -> v == threshold;
            case NEQ -> v != threshold;
            default -> false;
        };
    }

    /** The rule as written: {@code numerator < 10}. */
    public String describe() {
        return subject.name().toLowerCase(java.util.Locale.ROOT) + " " + comparator.symbol + " "
                + Numbers.plain(threshold);
    }
}
