package se.indikator.runtime.plan;

import se.indikator.runtime.ast.Expr;

/** An expression as source text for plans and notes. */
final class PlanText {
    private PlanText() {
    }

    static String of(Expr e) {
        return e.span().text();
    }
}
