package se.indikator.runtime.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an expression as source text with only the parentheses the grammar needs to read it back
 * as the same tree. The grammar's levels, loosest first: {@code or}, {@code and}, {@code not}, the
 * predicates (a comparison, {@code between}, {@code in}, {@code is missing}; none of them chains),
 * {@code + -}, {@code * /}, unary minus, and the primaries (literals, columns, calls). The binary
 * operators group to the left, so a right operand at the same level keeps its parentheses:
 * {@code a - (b - c)}; an {@code or} inside an {@code or} (and an {@code and} inside an {@code and})
 * keeps them too, since it is a tree of its own.
 */
final class ExprUnparser implements ExprVisitor<String> {
    static final ExprUnparser INSTANCE = new ExprUnparser();

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int PREDICATE = 4;
    private static final int ADDITIVE = 5;
    private static final int MULTIPLICATIVE = 6;
    private static final int UNARY = 7;
    private static final int PRIMARY = 8;

    private ExprUnparser() {
    }

    /** The whole expression, as in a {@code where} clause. */
    String write(Expr e) {
        return write(e, OR);
    }

    /** {@code e} where the grammar expects at least {@code level}; in parentheses when it binds more loosely. */
    private String write(Expr e, int level) {
        String text = e.accept(this);
        return e.accept(LEVEL) < level ? "(" + text + ")" : text;
    }

    @Override
    public String visitNumberLit(Expr.NumberLit e) {
        if (e.text() != null) {
            return e.text();
        }
        return e.percent() ? Numbers.percent(e.value()) + "%" : Numbers.plain(e.value());
    }

    @Override
    public String visitStringLit(Expr.StringLit e) {
        return Unparser.quote(e.value());
    }

    @Override
    public String visitBoolLit(Expr.BoolLit e) {
        return e.value() ? "true" : "false";
    }

    @Override
    public String visitColumnRef(Expr.ColumnRef e) {
        return Identifiers.written(e.name());
    }

    @Override
    public String visitCall(Expr.Call e) {
        return Identifiers.written(e.name()) + "(" + e.args().stream().map(a -> write(a, OR)).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String visitNot(Expr.Not e) {
        return "not " + write(e.operand(), NOT);
    }

    @Override
    public String visitNegate(Expr.Negate e) {
        return "-" + write(e.operand(), UNARY);
    }

    @Override
    public String visitLogical(Expr.Logical e) {
        boolean and = e.op() == Expr.LogicalOp.AND;
        int operandLevel = and ? NOT : AND;
        return e.operands().stream().map(o -> write(o, operandLevel)).collect(Collectors.joining(and ? " and " : " or "));
    }

    @Override
    public String visitBinary(Expr.Binary e) {
        int left;
        int right;
        switch (e.op()) {
            case ADD, SUB -> {
                left = ADDITIVE;
                right = MULTIPLICATIVE;
            }
            case MUL, DIV -> {
                left = MULTIPLICATIVE;
                right = UNARY;
            }
            default -> {
                left = ADDITIVE;
                right = ADDITIVE;
            }
        }
        return write(e.left(), left) + " " + e.op().symbol + " " + write(e.right(), right);
    }

    @Override
    public String visitBetween(Expr.Between e) {
        return write(e.subject(), ADDITIVE) + (e.negated() ? " not between " : " between ") + write(e.low(), ADDITIVE)
                + " and " + write(e.high(), ADDITIVE);
    }

    @Override
    public String visitIn(Expr.In e) {
        String target = e.listName() != null ? e.listName() : "(" + literals(e.values()) + ")";
        return write(e.subject(), ADDITIVE) + (e.negated() ? " not in " : " in ") + target;
    }

    @Override
    public String visitIsMissing(Expr.IsMissing e) {
        return write(e.subject(), ADDITIVE) + (e.negated() ? " is not missing" : " is missing");
    }

    /** Literals separated by commas, as in {@code in (…)} and {@code list}. */
    String literals(List<Expr> values) {
        return values.stream().map(v -> v.accept(this)).collect(Collectors.joining(", "));
    }

    /** How tightly each kind of expression binds: the grammar rule it is written at. */
    private static final ExprVisitor<Integer> LEVEL = new ExprVisitor<>() {
        @Override
        public Integer visitNumberLit(Expr.NumberLit e) {
            boolean negative = e.text() != null ? e.text().startsWith("-") : e.value() < 0;
            return negative ? UNARY : PRIMARY;
        }

        @Override
        public Integer visitStringLit(Expr.StringLit e) {
            return PRIMARY;
        }

        @Override
        public Integer visitBoolLit(Expr.BoolLit e) {
            return PRIMARY;
        }

        @Override
        public Integer visitColumnRef(Expr.ColumnRef e) {
            return PRIMARY;
        }

        @Override
        public Integer visitCall(Expr.Call e) {
            return PRIMARY;
        }

        @Override
        public Integer visitNot(Expr.Not e) {
            return NOT;
        }

        @Override
        public Integer visitNegate(Expr.Negate e) {
            return UNARY;
        }

        @Override
        public Integer visitLogical(Expr.Logical e) {
            return e.op() == Expr.LogicalOp.AND ? AND : OR;
        }

        @Override
        public Integer visitBinary(Expr.Binary e) {
            return switch (e.op()) {
                case ADD, SUB -> ADDITIVE;
                case MUL, DIV -> MULTIPLICATIVE;
                default -> PREDICATE;
            };
        }

        @Override
        public Integer visitBetween(Expr.Between e) {
            return PREDICATE;
        }

        @Override
        public Integer visitIn(Expr.In e) {
            return PREDICATE;
        }

        @Override
        public Integer visitIsMissing(Expr.IsMissing e) {
            return PREDICATE;
        }
    };
}
