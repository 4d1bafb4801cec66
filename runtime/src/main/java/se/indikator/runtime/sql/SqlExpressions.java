package se.indikator.runtime.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.indikator.runtime.ast.ConditionVisitor;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.ExprVisitor;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.NumberVisitor;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.check.ExprTypes;
import se.indikator.runtime.check.InValues;
import se.indikator.runtime.check.TextCall;
import se.indikator.runtime.check.TextOperands;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.ColumnType;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.FunctionDef;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.ValueType;

/**
 * Compiles checked conditions and numbers into the portable SQL subset with the language's two-valued logic: a
 * condition is never NULL — every comparison is wrapped in {@code COALESCE(…, FALSE)}, so a comparison with a
 * missing value is false and {@code not} flips it, exactly as the in-memory compiler does. Numbers are computed
 * in the floating type (dates as days since 1970-01-01, a division by zero missing), text columns arrive with
 * the empty string already missing, and a function of one text column is evaluated here, once per distinct
 * value, and sent as the list of values where it holds.
 */
public final class SqlExpressions {
    private final Dataset schema;
    private final Catalog catalog;
    private final Functions functions;
    private final Dialect dialect;
    private final TextValues textValues;

    public SqlExpressions(Dataset schema, Catalog catalog, Functions functions, Dialect dialect, TextValues textValues) {
        this.schema = schema;
        this.catalog = catalog;
        this.functions = functions;
        this.dialect = dialect;
        this.textValues = textValues;
    }

    /** The dialect the expressions are written in. */
    public Dialect dialect() {
        return dialect;
    }

    /** A condition as a boolean SQL expression that is never NULL. */
    public String condition(Expr e) {
        return e.accept(conditions);
    }

    /**
     * A condition where an unknown result counts as false ({@code WHERE}, {@code CASE WHEN}): the same rows hold as
     * for {@link #condition}, without the outermost {@code COALESCE} of a comparison, which an engine would evaluate
     * for nothing on every row. {@code and} and {@code or} keep this form (a conjunction or disjunction is true in
     * SQL's three-valued logic exactly when it is in the language's two-valued logic); {@code not} does not.
     */
    public String test(Expr e) {
        if (e instanceof Expr.Logical l) {
            List<String> parts = l.operands().stream().map(this::test).toList();
            return "(" + String.join(l.op() == Expr.LogicalOp.AND ? " AND " : " OR ", parts) + ")";
        }
        String c = condition(e);
        if (c.startsWith(NEVER_OPEN) && c.endsWith(NEVER_CLOSE) && closesAtEnd(c, NEVER_OPEN.length() - 1)) {
            return "(" + c.substring(NEVER_OPEN.length(), c.length() - NEVER_CLOSE.length()) + ")";
        }
        return c;
    }

    /** Whether the parenthesis at {@code open} closes at the end of {@code sql} (quoted text and names skipped). */
    private boolean closesAtEnd(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`') {
                for (i++; i < sql.length() && sql.charAt(i) != ch; i++) {
                    if (ch == '\'' && dialect.backslashEscapes() && sql.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i == sql.length() - 1;
            }
        }
        return false;
    }

    private static final String NEVER_OPEN = "COALESCE(";
    private static final String NEVER_CLOSE = ", FALSE)";

    /** A column as written in SQL. */
    public String column(String name) {
        return dialect.identifier(name);
    }

    /** The type of a column in the data. */
    public ColumnType columnType(String name) {
        return schema.column(name).map(Column::type)
                .orElseThrow(() -> new IllegalStateException("unchecked column " + name));
    }

    private static String never(String sql) {
        return NEVER_OPEN + sql + NEVER_CLOSE;
    }

    private final ExprVisitor<String> conditions = new ConditionVisitor<>() {
        @Override
        public String visitBoolLit(Expr.BoolLit b) {
            return b.value() ? "TRUE" : "FALSE";
        }

        @Override
        public String visitColumnRef(Expr.ColumnRef c) {
            return never(column(c.name()));
        }

        @Override
        public String visitCall(Expr.Call c) {
            return callCondition(c);
        }

        @Override
        public String visitNot(Expr.Not n) {
            return "(NOT " + condition(n.operand()) + ")";
        }

        @Override
        public String visitLogical(Expr.Logical l) {
            List<String> parts = l.operands().stream().map(SqlExpressions.this::condition).toList();
            return "(" + String.join(l.op() == Expr.LogicalOp.AND ? " AND " : " OR ", parts) + ")";
        }

        @Override
        public String visitBinary(Expr.Binary b) {
            return comparison(b);
        }

        @Override
        public String visitBetween(Expr.Between b) {
            String s = number(b.subject());
            String inside = s + " >= " + number(b.low()) + " AND " + s + " <= " + number(b.high());
            return b.negated() ? "(" + s + " IS NOT NULL AND NOT " + never(inside) + ")" : never(inside);
        }

        @Override
        public String visitIn(Expr.In in) {
            return inList(in);
        }

        @Override
        public String visitIsMissing(Expr.IsMissing m) {
            String c = Exprs.columnName(m.subject());
            String tested;
            if (c != null) {
                tested = column(c);
            } else if (typeOf(m.subject()) == ValueType.TEXT) {
                return m.negated() ? "TRUE" : "FALSE";
            } else {
                tested = number(m.subject());
            }
            return "(" + tested + (m.negated() ? " IS NOT NULL)" : " IS NULL)");
        }
    };

    private ValueType typeOf(Expr e) {
        return ExprTypes.of(e, schema, functions);
    }

    private static String operator(Expr.BinaryOp op) {
        return switch (op) {
            case EQ -> " = ";
            case NEQ -> " <> ";
            case LT -> " < ";
            case LE -> " <= ";
            case GT -> " > ";
            case GE -> " >= ";
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    private String comparison(Expr.Binary b) {
        ValueType lt = typeOf(b.left());
        if (lt == ValueType.TEXT) {
            return textComparison(b);
        }
        if (lt == ValueType.BOOLEAN) {
            return "(" + condition(b.left()) + operator(b.op()) + condition(b.right()) + ")";
        }
        Expr.StringLit date = lt == ValueType.DATE ? Exprs.asString(b.right()) : null;
        String right = date != null ? dialect.number(LocalDate.parse(date.value()).toEpochDay()) : number(b.right());
        return never(number(b.left()) + operator(b.op()) + right);
    }

    private String textComparison(Expr.Binary b) {
        TextOperands operands = TextOperands.of(b);
        String lc = operands.leftColumn();
        String rc = operands.rightColumn();
        Expr.StringLit ls = operands.leftText();
        Expr.StringLit rs = operands.rightText();
        String op = operator(b.op());
        if (lc != null && rs != null) {
            return never(column(lc) + op + dialect.text(rs.value()));
        }
        if (lc != null && rc != null) {
            return never(column(lc) + op + column(rc));
        }
        if (ls != null && rs != null) {
            return ls.value().equals(rs.value()) == (b.op() == Expr.BinaryOp.EQ) ? "TRUE" : "FALSE";
        }
        throw new NotPortable("a comparison of computed text (" + Unparser.expr(b) + ")");
    }

    private String inList(Expr.In in) {
        String c = Exprs.columnName(in.subject());
        if (c != null && columnType(c) == ColumnType.TEXT) {
            return membership(column(c), InValues.texts(in, catalog).stream().map(dialect::text).toList(), in.negated());
        }
        List<String> numbers = java.util.Arrays.stream(InValues.numbers(in, catalog)).mapToObj(dialect::number).toList();
        return membership(number(in.subject()), numbers, in.negated());
    }

    /** Whether a value is one of the literals (or, negated, present and not one of them); never NULL. */
    private static String membership(String subject, List<String> literals, boolean negated) {
        if (literals.isEmpty()) {
            return negated ? "(" + subject + " IS NOT NULL)" : "FALSE";
        }
        return never(subject + (negated ? " NOT IN (" : " IN (") + String.join(", ", literals) + ")");
    }

    /** A number (a date as its days since 1970-01-01); NULL where the value is missing. */
    public String number(Expr e) {
        return e.accept(numbers);
    }

    private final ExprVisitor<String> numbers = new NumberVisitor<>() {
        @Override
        public String visitNumberLit(Expr.NumberLit n) {
            return dialect.number(n.value());
        }

        @Override
        public String visitColumnRef(Expr.ColumnRef c) {
            return numericColumn(c.name());
        }

        @Override
        public String visitCall(Expr.Call c) {
            return callNumber(c);
        }

        @Override
        public String visitNegate(Expr.Negate n) {
            return "(-" + dialect.floating(number(n.operand())) + ")";
        }

        @Override
        public String visitBinary(Expr.Binary b) {
            String l = dialect.floating(number(b.left()));
            String r = dialect.floating(number(b.right()));
            return switch (b.op()) {
                case ADD -> "(" + l + " + " + r + ")";
                case SUB -> "(" + l + " - " + r + ")";
                case MUL -> "(" + l + " * " + r + ")";
                case DIV -> "(" + l + " / NULLIF(" + r + ", 0))";
                default -> throw new IllegalStateException("not a number: " + b);
            };
        }
    };

    /** A column as a number: integers and decimals as they are, a date as days since 1970, a boolean as 1 or 0. */
    public String numericColumn(String name) {
        String c = column(name);
        return switch (columnType(name)) {
            case INTEGER, DECIMAL -> c;
            case DATE -> dialect.epochDays(c);
            case BOOLEAN -> "(CASE WHEN " + c + " THEN 1 WHEN NOT " + c + " THEN 0 END)";
            case TEXT -> throw new IllegalStateException("not numeric: " + name);
        };
    }

    private String callCondition(Expr.Call c) {
        FunctionDef f = functions.get(c.name()).orElseThrow();
        String single = singleTextColumnArg(c);
        if (single == null) {
            throw new NotPortable("the function call " + Unparser.expr(c) + ", which reads more than one text column");
        }
        List<String> holds = new ArrayList<>();
        for (String v : new TreeSet<>(textValues.of(single))) {
            if (Boolean.TRUE.equals(f.implementation().apply(TextCall.args(c, v)))) {
                holds.add(dialect.text(v));
            }
        }
        return membership(column(single), holds, false);
    }

    private String callNumber(Expr.Call c) {
        FunctionDef f = functions.get(c.name()).orElseThrow();
        String dateColumn = c.name().equals("year") ? Exprs.columnName(c.args().get(0)) : null;
        if (dateColumn != null && columnType(dateColumn) == ColumnType.DATE) {
            return "EXTRACT(YEAR FROM " + column(dateColumn) + ")";
        }
        if (builtin(f, "abs")) {
            return "ABS(" + dialect.floating(number(c.args().get(0))) + ")";
        }
        if (builtin(f, "round")) { // Java's rounding: halves up, towards positive infinity
            return "FLOOR(" + dialect.floating(number(c.args().get(0))) + " + 0.5)";
        }
        if (c.name().equals("days_between")) {
            return "(" + dialect.floating(number(c.args().get(1))) + " - " + dialect.floating(number(c.args().get(0))) + ")";
        }
        String single = singleTextColumnArg(c);
        if (single == null) {
            throw new NotPortable("the function call " + Unparser.expr(c) + ", which reads more than one text column");
        }
        StringBuilder sql = new StringBuilder("(CASE");
        boolean any = false;
        for (String v : new TreeSet<>(textValues.of(single))) {
            Object out = f.implementation().apply(TextCall.args(c, v));
            if (out instanceof Number n && !Double.isNaN(n.doubleValue())) {
                sql.append(" WHEN ").append(column(single)).append(" = ").append(dialect.text(v)).append(" THEN ")
                        .append(dialect.floating(dialect.number(n.doubleValue())));
                any = true;
            }
        }
        return any ? sql.append(" END)").toString() : dialect.floating("NULL");
    }

    private static final Functions BUILTIN = new Functions();

    /** Whether {@code f} is the language's own function of this name (not a Java function given the name). */
    private static boolean builtin(FunctionDef f, String name) {
        FunctionDef own = BUILTIN.get(name).orElseThrow();
        return f.name().equals(name) && f.description().equals(own.description()) && f.parameters().equals(own.parameters());
    }

    /** The text column when it is the call's only argument that is not a literal, else null. */
    private String singleTextColumnArg(Expr.Call c) {
        return TextCall.column(c, ref -> columnType(ref) == ColumnType.TEXT);
    }
}
