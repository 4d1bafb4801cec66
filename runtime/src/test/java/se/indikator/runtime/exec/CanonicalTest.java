package se.indikator.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/** Conditions written alike in different places are one condition for a batch; different ones are not. */
class CanonicalTest {
    private static Expr ageAtLeast(double n, Span at) {
        return new Expr.Binary(Expr.BinaryOp.GE, new Expr.ColumnRef("age", at),
                new Expr.NumberLit(n, false, Double.toString(n), at), at);
    }

    @Test
    void spansDoNotMatterValuesDo() {
        SourceFile f = new SourceFile("a.ind", "x\ny\n");
        Span one = new Span(f, 1, 1, 1, 2);
        Span two = new Span(f, 2, 1, 2, 2);
        assertEquals(Canonical.of(ageAtLeast(25, one)), Canonical.of(ageAtLeast(25, two)));
        assertNotEquals(Canonical.of(ageAtLeast(25, one)), Canonical.of(ageAtLeast(26, one)));
        assertNotEquals(Canonical.of(ageAtLeast(25, one)), Canonical.of(new Expr.Binary(Expr.BinaryOp.GT,
                new Expr.ColumnRef("age", one), new Expr.NumberLit(25, false, "25.0", one), one)));
        assertEquals(Canonical.of(List.of(ageAtLeast(1, one), new Expr.ColumnRef("died", one))),
                Canonical.of(List.of(ageAtLeast(1, two), new Expr.ColumnRef("died", two))));
        assertNotEquals(Canonical.of(List.of(ageAtLeast(1, one))),
                Canonical.of(List.of(ageAtLeast(1, one), new Expr.ColumnRef("died", one))));
    }
}
