package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.ExprVisitor;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.FunctionDef;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.ValueType;

/**
 * Checks an expression against the columns of one data source: every column exists (with a
 * did-you-mean hint when not), functions and lists are known, and types fit, e.g. text compared with
 * text. Returns the expression's type, or empty when an error was reported.
 */
public final class ExprChecker {
    private final Catalog catalog;
    private final Functions functions;
    private final Diagnostics diagnostics;

    public ExprChecker(Catalog catalog, Functions functions, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.functions = functions;
        this.diagnostics = diagnostics;
    }

    /** Checks a condition: it must be true/false. */
    public boolean checkCondition(Expr e, Dataset data) {
        Optional<ValueType> t = check(e, data);
        if (t.isPresent() && t.get() != ValueType.BOOLEAN) {
            diagnostics.error("E202", e.span(), "this condition is " + t.get().word() + ", not true/false",
                    "compare it, e.g. '" + e.span().text() + " == …'");
            return false;
        }
        return t.isPresent();
    }

    public Optional<ValueType> check(Expr e, Dataset data) {
        return e.accept(new Checking(data));
    }

    /** The type of each kind of expression against one data source, reporting what does not fit. */
    private final class Checking implements ExprVisitor<Optional<ValueType>> {
        private final Dataset data;

        Checking(Dataset data) {
            this.data = data;
        }

        @Override
        public Optional<ValueType> visitNumberLit(Expr.NumberLit e) {
            return Optional.of(ValueType.NUMBER);
        }

        @Override
        public Optional<ValueType> visitStringLit(Expr.StringLit e) {
            return Optional.of(ValueType.TEXT);
        }

        @Override
        public Optional<ValueType> visitBoolLit(Expr.BoolLit e) {
            return Optional.of(ValueType.BOOLEAN);
        }

        @Override
        public Optional<ValueType> visitColumnRef(Expr.ColumnRef c) {
            return column(c, data);
        }

        @Override
        public Optional<ValueType> visitCall(Expr.Call c) {
            return call(c, data);
        }

        @Override
        public Optional<ValueType> visitNot(Expr.Not n) {
            return checkCondition(n.operand(), data) ? Optional.of(ValueType.BOOLEAN) : Optional.empty();
        }

        @Override
        public Optional<ValueType> visitNegate(Expr.Negate n) {
            return expect(n.operand(), data, ValueType.NUMBER, "'-'");
        }

        @Override
        public Optional<ValueType> visitLogical(Expr.Logical l) {
            boolean ok = true;
            for (Expr op : l.operands()) {
                ok &= checkCondition(op, data);
            }
            return ok ? Optional.of(ValueType.BOOLEAN) : Optional.empty();
        }

        @Override
        public Optional<ValueType> visitBinary(Expr.Binary b) {
            return binary(b, data);
        }

        @Override
        public Optional<ValueType> visitBetween(Expr.Between b) {
            Optional<ValueType> s = check(b.subject(), data);
            Optional<ValueType> lo = check(b.low(), data);
            Optional<ValueType> hi = check(b.high(), data);
            if (s.isEmpty() || lo.isEmpty() || hi.isEmpty()) {
                return Optional.empty();
            }
            if (s.get() != ValueType.NUMBER && s.get() != ValueType.DATE) {
                diagnostics.error("E202", b.subject().span(), "'between' needs a number, but '"
                        + b.subject().span().text() + "' is " + s.get().word(), "use 'in (…)' for text values");
                return Optional.empty();
            }
            if (lo.get() != ValueType.NUMBER || hi.get() != ValueType.NUMBER) {
                diagnostics.error("E202", b.low().span().to(b.high().span()), "the ends of 'between' must be numbers",
                        "write e.g. 'age between 35 and 79'");
                return Optional.empty();
            }
            return Optional.of(ValueType.BOOLEAN);
        }

        @Override
        public Optional<ValueType> visitIn(Expr.In in) {
            return in(in, data);
        }

        @Override
        public Optional<ValueType> visitIsMissing(Expr.IsMissing m) {
            return check(m.subject(), data).map(t -> ValueType.BOOLEAN);
        }
    }

    private Optional<ValueType> column(Expr.ColumnRef c, Dataset data) {
        Optional<Column> col = data.column(c.name());
        if (col.isEmpty()) {
            diagnostics.error("E201", c.span(), "unknown column '" + c.name() + "' in data '" + data.name() + "'",
                    Suggest.hint(c.name(), data.columnNames(), "column"));
            return Optional.empty();
        }
        return Optional.of(ValueType.of(col.get().type()));
    }

    private Optional<ValueType> expect(Expr e, Dataset data, ValueType wanted, String where) {
        Optional<ValueType> t = check(e, data);
        if (t.isPresent() && t.get() != wanted) {
            diagnostics.error("E202", e.span(), where + " needs " + wanted.word() + ", but '" + e.span().text()
                    + "' is " + t.get().word(), null);
            return Optional.empty();
        }
        return t;
    }

    private Optional<ValueType> call(Expr.Call c, Dataset data) {
        Optional<FunctionDef> f = functions.get(c.name());
        if (f.isEmpty()) {
            for (Expr a : c.args()) {
                check(a, data);
            }
            diagnostics.error("E203", c.nameSpan(), "unknown function '" + c.name() + "'",
                    Suggest.hint(c.name(), functions.all().keySet(), "function"));
            return Optional.empty();
        }
        FunctionDef def = f.get();
        if (def.parameters().size() != c.args().size()) {
            diagnostics.error("E204", c.span(), "'" + c.name() + "' takes " + def.parameters().size() + " argument"
                    + (def.parameters().size() == 1 ? "" : "s") + ", not " + c.args().size(), "signature: " + def.signature());
            return Optional.empty();
        }
        boolean ok = true;
        for (int i = 0; i < c.args().size(); i++) {
            Optional<ValueType> t = check(c.args().get(i), data);
            if (t.isEmpty()) {
                ok = false;
            } else if (t.get() != def.parameters().get(i)) {
                diagnostics.error("E202", c.args().get(i).span(), "argument " + (i + 1) + " of '" + c.name() + "' must be "
                        + def.parameters().get(i).word() + ", but '" + c.args().get(i).span().text() + "' is "
                        + t.get().word(), "signature: " + def.signature());
                ok = false;
            }
        }
        Expr.StringLit s = ok && c.name().equals("icd") ? Exprs.asString(c.args().get(1)) : null;
        if (s != null) {
            Optional<String> problem = Functions.validateIcd(s.value());
            if (problem.isPresent()) {
                diagnostics.error("E206", s.span(), problem.get(), "write ranges like \"I20-I25, I60-I69, K35\"");
                ok = false;
            }
        }
        return ok ? Optional.of(def.result()) : Optional.empty();
    }

    private Optional<ValueType> binary(Expr.Binary b, Dataset data) {
        Optional<ValueType> l = check(b.left(), data);
        Optional<ValueType> r = check(b.right(), data);
        if (l.isEmpty() || r.isEmpty()) {
            return Optional.empty();
        }
        if (!b.op().isComparison()) {
            if (l.get() != ValueType.NUMBER && !(l.get() == ValueType.DATE && b.op() == Expr.BinaryOp.SUB)) {
                diagnostics.error("E202", b.left().span(), "'" + b.op().symbol + "' needs numbers, but '"
                        + b.left().span().text() + "' is " + l.get().word(), null);
                return Optional.empty();
            }
            if (r.get() != ValueType.NUMBER && r.get() != l.get()) {
                diagnostics.error("E202", b.right().span(), "'" + b.op().symbol + "' needs numbers, but '"
                        + b.right().span().text() + "' is " + r.get().word(), null);
                return Optional.empty();
            }
            return Optional.of(ValueType.NUMBER);
        }
        ValueType lt = l.get();
        ValueType rt = r.get();
        Expr.StringLit s = lt == ValueType.DATE && rt == ValueType.TEXT ? Exprs.asString(b.right()) : null;
        if (s != null) {
            if (!s.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                diagnostics.error("E202", s.span(), "'" + s.value() + "' is not a date", "write dates as \"2024-01-31\"");
                return Optional.empty();
            }
            return Optional.of(ValueType.BOOLEAN);
        }
        if (lt != rt) {
            String hint = lt == ValueType.TEXT && rt == ValueType.NUMBER
                    ? "text values are quoted: " + b.left().span().text() + " " + b.op().symbol + " \"" + b.right().span().text() + "\""
                    : lt == ValueType.NUMBER && rt == ValueType.TEXT ? "'" + b.left().span().text() + "' holds numbers; compare it with a number" : null;
            diagnostics.error("E202", b.span(), "cannot compare " + lt.word() + " ('" + b.left().span().text() + "') with "
                    + rt.word() + " ('" + b.right().span().text() + "')", hint);
            return Optional.empty();
        }
        if ((lt == ValueType.TEXT || lt == ValueType.BOOLEAN) && b.op() != Expr.BinaryOp.EQ && b.op() != Expr.BinaryOp.NEQ) {
            diagnostics.error("E202", b.span(), "'" + b.op().symbol + "' does not apply to " + lt.word(), "use == or !=");
            return Optional.empty();
        }
        return Optional.of(ValueType.BOOLEAN);
    }

    private Optional<ValueType> in(Expr.In in, Dataset data) {
        Optional<ValueType> s = check(in.subject(), data);
        List<Expr> values = new ArrayList<>(in.values());
        if (in.listName() != null) {
            Optional<List<String>> list = catalog.list(in.listName());
            if (list.isEmpty()) {
                List<String> known = new ArrayList<>(catalog.userLists().keySet());
                known.addAll(se.indikator.runtime.model.CodeLists.names());
                diagnostics.error("E205", in.listSpan(), "unknown list '" + in.listName() + "'",
                        Suggest.hint(in.listName(), known, "list"));
                return Optional.empty();
            }
            return s.map(t -> {
                if (t != ValueType.TEXT && t != ValueType.NUMBER) {
                    diagnostics.error("E202", in.subject().span(), "'in' needs text or numbers", null);
                }
                return ValueType.BOOLEAN;
            });
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (Expr v : values) {
            Optional<ValueType> vt = check(v, data);
            if (vt.isPresent() && vt.get() != s.get()) {
                diagnostics.error("E202", v.span(), "'" + in.subject().span().text() + "' is " + s.get().word()
                        + " but " + v.span().text() + " is " + vt.get().word(),
                        s.get() == ValueType.TEXT ? "quote the values: \"" + v.span().text() + "\"" : null);
                return Optional.empty();
            }
        }
        return Optional.of(ValueType.BOOLEAN);
    }
}
