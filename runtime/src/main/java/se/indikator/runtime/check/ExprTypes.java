package se.indikator.runtime.check;

import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.ExprVisitor;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.FunctionDef;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.ValueType;

/** The type of a checked expression's value, from its kind and, for a column, the column's type in the data. */
public final class ExprTypes {
    private ExprTypes() {
    }

    public static ValueType of(Expr e, Dataset data, Functions functions) {
        return e.accept(new ExprVisitor<>() {
            @Override
            public ValueType visitNumberLit(Expr.NumberLit e) {
                return ValueType.NUMBER;
            }

            @Override
            public ValueType visitStringLit(Expr.StringLit e) {
                return ValueType.TEXT;
            }

            @Override
            public ValueType visitBoolLit(Expr.BoolLit e) {
                return ValueType.BOOLEAN;
            }

            @Override
            public ValueType visitColumnRef(Expr.ColumnRef c) {
                return ValueType.of(data.column(c.name()).orElseThrow(() -> new IllegalStateException("unchecked column " + c.name())).type());
            }

            @Override
            public ValueType visitCall(Expr.Call c) {
                return functions.get(c.name()).map(FunctionDef::result).orElse(ValueType.NUMBER);
            }

            @Override
            public ValueType visitNot(Expr.Not e) {
                return ValueType.BOOLEAN;
            }

            @Override
            public ValueType visitNegate(Expr.Negate e) {
                return ValueType.NUMBER;
            }

            @Override
            public ValueType visitLogical(Expr.Logical e) {
                return ValueType.BOOLEAN;
            }

            @Override
            public ValueType visitBinary(Expr.Binary b) {
                return b.op().isComparison() ? ValueType.BOOLEAN : ValueType.NUMBER;
            }

            @Override
            public ValueType visitBetween(Expr.Between e) {
                return ValueType.BOOLEAN;
            }

            @Override
            public ValueType visitIn(Expr.In e) {
                return ValueType.BOOLEAN;
            }

            @Override
            public ValueType visitIsMissing(Expr.IsMissing e) {
                return ValueType.BOOLEAN;
            }
        });
    }
}
