package se.indikator.runtime.exec;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import se.indikator.runtime.ast.ConditionVisitor;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.ExprVisitor;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.NumberVisitor;
import se.indikator.runtime.check.ExprTypes;
import se.indikator.runtime.check.InValues;
import se.indikator.runtime.check.TextCall;
import se.indikator.runtime.check.TextOperands;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.ColumnType;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.FunctionDef;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.ValueType;

/**
 * Compiles checked expressions into primitive row functions over one data source's columns. Text
 * comparisons become dictionary-code comparisons and functions of a text column are evaluated once
 * per distinct value, so the per-row work is an array lookup. Missing values make comparisons false
 * (use {@code is missing} to select them).
 */
public final class ExprCompiler {
    private final Dataset data;
    private final Catalog catalog;
    private final Functions functions;

    public ExprCompiler(Dataset data, Catalog catalog, Functions functions) {
        this.data = data;
        this.catalog = catalog;
        this.functions = functions;
    }

    public RowPredicate predicate(Expr e) {
        if (e == null) {
            return RowPredicate.ALL;
        }
        return e.accept(predicates);
    }

    /** Each kind of condition compiled to a row test: a block form where there is one, else a lambda. */
    private final ExprVisitor<RowPredicate> predicates = new ConditionVisitor<>() {
        @Override
        public RowPredicate visitBoolLit(Expr.BoolLit b) {
            return b.value() ? RowPredicate.ALL : row -> false;
        }

        @Override
        public RowPredicate visitColumnRef(Expr.ColumnRef c) {
            IntColumn col = (IntColumn) column(c.name());
            return orRow(Blocks.intTest(col, v -> v == 1, false), row -> col.get(row) == 1);
        }

        @Override
        public RowPredicate visitCall(Expr.Call c) {
            return callPredicate(c);
        }

        @Override
        public RowPredicate visitNot(Expr.Not n) {
            RowPredicate p = predicate(n.operand());
            if (p instanceof Blocks.Predicate bp) {
                return Blocks.not(bp);
            }
            return row -> !p.test(row);
        }

        @Override
        public RowPredicate visitLogical(Expr.Logical l) {
            return logical(l);
        }

        @Override
        public RowPredicate visitBinary(Expr.Binary b) {
            return comparison(b);
        }

        @Override
        public RowPredicate visitBetween(Expr.Between b) {
            return between(b);
        }

        @Override
        public RowPredicate visitIn(Expr.In in) {
            return in(in);
        }

        @Override
        public RowPredicate visitIsMissing(Expr.IsMissing m) {
            return isMissing(m);
        }
    };

    private RowPredicate logical(Expr.Logical l) {
        RowPredicate[] ps = l.operands().stream().map(this::predicate).toArray(RowPredicate[]::new);
        Blocks.Predicate block = Blocks.logical(l.op() == Expr.LogicalOp.AND, List.of(ps));
        if (block != null) {
            return block;
        }
        if (l.op() == Expr.LogicalOp.AND) {
            if (ps.length == 2) {
                RowPredicate a = ps[0];
                RowPredicate b = ps[1];
                return row -> a.test(row) && b.test(row);
            }
            return row -> {
                for (RowPredicate p : ps) {
                    if (!p.test(row)) {
                        return false;
                    }
                }
                return true;
            };
        }
        return row -> {
            for (RowPredicate p : ps) {
                if (p.test(row)) {
                    return true;
                }
            }
            return false;
        };
    }

    private RowPredicate between(Expr.Between b) {
        RowNumber s = number(b.subject());
        RowNumber lo = number(b.low());
        RowNumber hi = number(b.high());
        Expr.NumberLit l = Exprs.asNumber(b.low());
        Expr.NumberLit h = Exprs.asNumber(b.high());
        if (l != null && h != null) {
            double low = l.value();
            double high = h.value();
            String c = Exprs.columnName(b.subject());
            if (c != null && column(c) instanceof IntColumn ic) {
                boolean negated = b.negated();
                Blocks.Predicate block = Blocks.intTest(ic, v -> negated != (v >= low && v <= high), false);
                if (block != null) {
                    return block;
                }
                RowPredicate p = row -> {
                    int v = ic.get(row);
                    return v != IntColumn.MISSING && v >= low && v <= high;
                };
                return b.negated() ? row -> ic.get(row) != IntColumn.MISSING && !p.test(row) : p;
            }
            RowPredicate p = row -> {
                double v = s.get(row);
                return v >= low && v <= high;
            };
            return b.negated() ? row -> !Double.isNaN(s.get(row)) && !p.test(row) : p;
        }
        RowPredicate p = row -> {
            double v = s.get(row);
            return v >= lo.get(row) && v <= hi.get(row);
        };
        return b.negated() ? row -> !Double.isNaN(s.get(row)) && !p.test(row) : p;
    }

    private RowPredicate isMissing(Expr.IsMissing m) {
        RowPredicate missing;
        String c = Exprs.columnName(m.subject());
        if (c != null) {
            Column col = column(c);
            boolean negated = m.negated();
            if (col instanceof IntColumn ic) {
                Blocks.Predicate block = Blocks.intTest(ic, v -> negated, !negated);
                if (block != null) {
                    return block;
                }
            } else if (col instanceof TextColumn tc) {
                boolean[] all = new boolean[tc.dictionarySize()];
                java.util.Arrays.fill(all, negated);
                return Blocks.codeTest(tc, all, !negated);
            }
            missing = col::isMissing;
        } else if (typeOf(m.subject()) == ValueType.TEXT) {
            missing = row -> false;
        } else {
            RowNumber n = number(m.subject());
            missing = row -> Double.isNaN(n.get(row));
        }
        RowPredicate mp = missing;
        return m.negated() ? row -> !mp.test(row) : mp;
    }

    private Column column(String name) {
        return data.column(name).orElseThrow(() -> new IllegalStateException("unchecked column " + name));
    }

    ValueType typeOf(Expr e) {
        return ExprTypes.of(e, data, functions);
    }

    private RowPredicate comparison(Expr.Binary b) {
        ValueType lt = typeOf(b.left());
        if (lt == ValueType.TEXT) {
            return textComparison(b);
        }
        if (lt == ValueType.BOOLEAN) {
            RowPredicate l = predicate(b.left());
            RowPredicate r = predicate(b.right());
            return b.op() == Expr.BinaryOp.EQ ? row -> l.test(row) == r.test(row) : row -> l.test(row) != r.test(row);
        }
        RowNumber l = number(b.left());
        Expr.StringLit date = lt == ValueType.DATE ? Exprs.asString(b.right()) : null;
        RowNumber r = date != null ? constant(LocalDate.parse(date.value()).toEpochDay()) : number(b.right());
        Expr.NumberLit lit = Exprs.asNumber(b.right());
        String c = Exprs.columnName(b.left());
        if (lit != null && c != null && column(c) instanceof IntColumn ic) {
            double k = lit.value();
            IntPredicate onValue = switch (b.op()) {
                case EQ -> v -> v == k;
                case NEQ -> v -> v != k;
                case LT -> v -> v < k;
                case LE -> v -> v <= k;
                case GT -> v -> v > k;
                case GE -> v -> v >= k;
                default -> throw new IllegalStateException();
            };
            Blocks.Predicate block = Blocks.intTest(ic, onValue, false);
            if (block != null) {
                return block;
            }
            return switch (b.op()) {
                case EQ -> row -> { int v = ic.get(row); return v != IntColumn.MISSING && v == k; };
                case NEQ -> row -> { int v = ic.get(row); return v != IntColumn.MISSING && v != k; };
                case LT -> row -> { int v = ic.get(row); return v != IntColumn.MISSING && v < k; };
                case LE -> row -> { int v = ic.get(row); return v != IntColumn.MISSING && v <= k; };
                case GT -> row -> { int v = ic.get(row); return v != IntColumn.MISSING && v > k; };
                case GE -> row -> { int v = ic.get(row); return v != IntColumn.MISSING && v >= k; };
                default -> throw new IllegalStateException();
            };
        }
        return switch (b.op()) {
            case EQ -> row -> l.get(row) == r.get(row);
            case NEQ -> row -> {
                double x = l.get(row);
                double y = r.get(row);
                return !Double.isNaN(x) && !Double.isNaN(y) && x != y;
            };
            case LT -> row -> l.get(row) < r.get(row);
            case LE -> row -> l.get(row) <= r.get(row);
            case GT -> row -> l.get(row) > r.get(row);
            case GE -> row -> l.get(row) >= r.get(row);
            default -> throw new IllegalStateException();
        };
    }

    /** The block form when there is one, else the row form. */
    private static RowPredicate orRow(Blocks.Predicate block, RowPredicate row) {
        return block != null ? block : row;
    }

    private static RowNumber constant(double v) {
        return row -> v;
    }

    private RowPredicate textComparison(Expr.Binary b) {
        boolean eq = b.op() == Expr.BinaryOp.EQ;
        TextOperands operands = TextOperands.of(b);
        String lc = operands.leftColumn();
        String rc = operands.rightColumn();
        Expr.StringLit ls = operands.leftText();
        Expr.StringLit rs = operands.rightText();
        if (lc != null && rs != null) {
            TextColumn col = (TextColumn) column(lc);
            int code = col.codeOf(rs.value());
            boolean[] byCode = new boolean[col.dictionarySize()];
            for (int k = 0; k < byCode.length; k++) {
                byCode[k] = (k == code) == eq;
            }
            return Blocks.codeTest(col, byCode, false);
        }
        if (lc != null && rc != null) {
            TextColumn ca = (TextColumn) column(lc);
            TextColumn cb = (TextColumn) column(rc);
            return row -> {
                int x = ca.code(row);
                int y = cb.code(row);
                if (x < 0 || y < 0) {
                    return false;
                }
                return ca.label(x).equals(cb.label(y)) == eq;
            };
        }
        if (ls != null && rs != null) {
            boolean v = ls.value().equals(rs.value()) == eq;
            return row -> v;
        }
        throw new IllegalStateException("text comparison of computed values is not supported: " + b);
    }

    private RowPredicate in(Expr.In in) {
        String c = Exprs.columnName(in.subject());
        if (c != null && column(c) instanceof TextColumn col) {
            boolean[] hit = new boolean[col.dictionarySize()];
            Set<String> set = InValues.texts(in, catalog);
            for (int k = 0; k < hit.length; k++) {
                hit[k] = set.contains(col.label(k)) != in.negated();
            }
            return Blocks.codeTest(col, hit, false);
        }
        RowNumber n = number(in.subject());
        double[] arr = InValues.numbers(in, catalog);
        if (in.negated()) {
            return row -> {
                double v = n.get(row);
                return !Double.isNaN(v) && java.util.Arrays.binarySearch(arr, v) < 0;
            };
        }
        return row -> java.util.Arrays.binarySearch(arr, n.get(row)) >= 0;
    }

    /** Compiles a numeric (or date, as epoch day) expression. */
    public RowNumber number(Expr e) {
        return e.accept(numbers);
    }

    /** Each kind of numeric expression compiled to a row function; conditions and text are not numbers. */
    private final ExprVisitor<RowNumber> numbers = new NumberVisitor<>() {
        @Override
        public RowNumber visitNumberLit(Expr.NumberLit n) {
            return constant(n.value());
        }

        @Override
        public RowNumber visitColumnRef(Expr.ColumnRef c) {
            Column col = column(c.name());
            if (col instanceof IntColumn ic) {
                return Blocks.intNumber(ic);
            }
            if (col instanceof DoubleColumn dc) {
                return Blocks.doubleNumber(dc);
            }
            throw new IllegalStateException("not numeric: " + c.name());
        }

        @Override
        public RowNumber visitCall(Expr.Call c) {
            return callNumber(c);
        }

        @Override
        public RowNumber visitNegate(Expr.Negate n) {
            RowNumber x = number(n.operand());
            return row -> -x.get(row);
        }

        @Override
        public RowNumber visitBinary(Expr.Binary b) {
            if (b.op().isComparison()) {
                throw new IllegalStateException("not a number: " + b);
            }
            RowNumber l = number(b.left());
            RowNumber r = number(b.right());
            return switch (b.op()) {
                case ADD -> row -> l.get(row) + r.get(row);
                case SUB -> row -> l.get(row) - r.get(row);
                case MUL -> row -> l.get(row) * r.get(row);
                case DIV -> row -> {
                    double d = r.get(row);
                    return d == 0 ? Double.NaN : l.get(row) / d;
                };
                default -> throw new IllegalStateException();
            };
        }
    };

    private RowPredicate callPredicate(Expr.Call c) {
        FunctionDef f = functions.get(c.name()).orElseThrow();
        TextColumn single = singleTextColumnArg(c);
        if (single != null) {
            boolean[] table = new boolean[single.dictionarySize()];
            for (int k = 0; k < table.length; k++) {
                table[k] = Boolean.TRUE.equals(f.implementation().apply(TextCall.args(c, single.label(k))));
            }
            return Blocks.codeTest(single, table, false);
        }
        RowArgs a = rowArgs(c, f);
        return row -> Boolean.TRUE.equals(f.implementation().apply(a.at(row)));
    }

    private RowNumber callNumber(Expr.Call c) {
        FunctionDef f = functions.get(c.name()).orElseThrow();
        String dateColumn = c.name().equals("year") ? Exprs.columnName(c.args().get(0)) : null;
        if (dateColumn != null && column(dateColumn) instanceof IntColumn ic && ic.type() == ColumnType.DATE) {
            return row -> {
                int v = ic.get(row);
                return v == IntColumn.MISSING ? Double.NaN : LocalDate.ofEpochDay(v).getYear();
            };
        }
        if (c.name().equals("days_between")) {
            RowNumber a = number(c.args().get(0));
            RowNumber b = number(c.args().get(1));
            return row -> b.get(row) - a.get(row);
        }
        TextColumn single = singleTextColumnArg(c);
        if (single != null) {
            double[] table = new double[single.dictionarySize()];
            for (int k = 0; k < table.length; k++) {
                Object v = f.implementation().apply(TextCall.args(c, single.label(k)));
                table[k] = v instanceof Number n ? n.doubleValue() : Double.NaN;
            }
            return row -> {
                int code = single.code(row);
                return code >= 0 ? table[code] : Double.NaN;
            };
        }
        RowArgs a = rowArgs(c, f);
        return row -> {
            Object v = f.implementation().apply(a.at(row));
            return v instanceof Number n ? n.doubleValue() : Double.NaN;
        };
    }

    /** The text column when it is the only argument of a call that is not a literal, else null. */
    private TextColumn singleTextColumnArg(Expr.Call c) {
        String name = TextCall.column(c, ref -> column(ref) instanceof TextColumn);
        return name == null ? null : (TextColumn) column(name);
    }

    /** Per-row boxed arguments, for calls that cannot be evaluated on a dictionary. */
    private interface RowArgs {
        Object[] at(int row);
    }

    private RowArgs rowArgs(Expr.Call c, FunctionDef f) {
        int n = c.args().size();
        java.util.function.IntFunction<?>[] getters = new java.util.function.IntFunction<?>[n];
        for (int i = 0; i < n; i++) {
            Expr a = c.args().get(i);
            ValueType t = f.parameters().get(i);
            if (t == ValueType.TEXT) {
                Expr.StringLit s = Exprs.asString(a);
                if (s != null) {
                    getters[i] = row -> s.value();
                } else {
                    TextColumn col = (TextColumn) column(Exprs.columnName(a));
                    getters[i] = row -> {
                        int code = col.code(row);
                        return code < 0 ? null : col.label(code);
                    };
                }
            } else if (t == ValueType.BOOLEAN) {
                RowPredicate p = predicate(a);
                getters[i] = p::test;
            } else {
                RowNumber num = number(a);
                getters[i] = row -> {
                    double v = num.get(row);
                    return Double.isNaN(v) ? null : v;
                };
            }
        }
        return row -> {
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = getters[i].apply(row);
            }
            return out;
        };
    }
}
