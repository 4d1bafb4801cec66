package se.indikator.runtime.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.parse.Parser;

/** Trees written alike are equal wherever they stand; trees written differently are not. */
class TreeEqualityTest {
    private static Expr ageAtLeast(double n, Span at) {
        return new Expr.Binary(Expr.BinaryOp.GE, new Expr.ColumnRef("age", at),
                new Expr.NumberLit(n, false, Double.toString(n), at), at);
    }

    @Test
    void spansDoNotMatterValuesDo() {
        SourceFile f = new SourceFile("a.ind", "x\ny\n");
        Span one = new Span(f, 1, 1, 1, 2);
        Span two = new Span(f, 2, 1, 2, 2);
        assertEquals(ageAtLeast(25, one), ageAtLeast(25, two));
        assertEquals(ageAtLeast(25, one).hashCode(), ageAtLeast(25, two).hashCode());
        assertNotEquals(ageAtLeast(25, one), ageAtLeast(26, one));
        assertNotEquals(ageAtLeast(25, one), new Expr.Binary(Expr.BinaryOp.GT,
                new Expr.ColumnRef("age", one), new Expr.NumberLit(25, false, "25.0", one), one));
        assertEquals(List.of(ageAtLeast(1, one), new Expr.ColumnRef("died", one)),
                List.of(ageAtLeast(1, two), new Expr.ColumnRef("died", two)));
        assertTrue(one.samePlace(new Span(f, 1, 1, 1, 2)));
        assertFalse(one.samePlace(two));
    }

    @Test
    void statementsParsedInDifferentPlacesAreEqual() {
        String stmt = "show amenable by region, kön where year == 2023 and age between 35 and 79";
        Program a = Parser.parse(new SourceFile("a.ind", stmt + "\n")).program();
        Program b = Parser.parse(new SourceFile("b.ind", "\n\n   " + stmt + "\n")).program();
        assertEquals(a.statements(), b.statements());
        Program c = Parser.parse(new SourceFile("c.ind", stmt.replace("2023", "2022") + "\n")).program();
        assertNotEquals(a.statements(), c.statements());
    }
}
