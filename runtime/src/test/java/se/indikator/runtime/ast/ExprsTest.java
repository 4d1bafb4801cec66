package se.indikator.runtime.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.parse.Parser;

/** The traversal and shape questions of {@link Exprs}. */
class ExprsTest {
    private static Expr condition(String text) {
        Stmt.Show show = (Stmt.Show) Parser.parse(new SourceFile("e.ind", "show x where " + text)).program()
                .statements().get(0);
        return show.where();
    }

    private static List<String> written(List<Expr> es) {
        return es.stream().map(Unparser::expr).toList();
    }

    @Test
    void childrenInWrittenOrder() {
        assertEquals(List.of(), Exprs.children(condition("age")));
        assertEquals(List.of(), Exprs.children(condition("\"x\"")));
        assertEquals(List.of(), Exprs.children(condition("90%")));
        assertEquals(List.of(), Exprs.children(condition("true")));
        assertEquals(List.of("a", "b + 1"), written(Exprs.children(condition("f(a, b + 1)"))));
        assertEquals(List.of("a or b"), written(Exprs.children(condition("not (a or b)"))));
        assertEquals(List.of("a"), written(Exprs.children(condition("-a"))));
        assertEquals(List.of("a", "b", "c"), written(Exprs.children(condition("a and b and c"))));
        assertEquals(List.of("a * 2", "b"), written(Exprs.children(condition("a * 2 >= b"))));
        assertEquals(List.of("age", "35", "79"), written(Exprs.children(condition("age not between 35 and 79"))));
        assertEquals(List.of("land", "\"SE\"", "\"NO\""), written(Exprs.children(condition("land in (\"SE\", \"NO\")"))));
        assertEquals(List.of("land"), written(Exprs.children(condition("land in nordic"))));
        assertEquals(List.of("x"), written(Exprs.children(condition("x is not missing"))));
    }

    @Test
    void walkIsPreOrder() {
        List<String> seen = new ArrayList<>();
        Exprs.walk(condition("f(a) > 1 or not b is missing"), e -> seen.add(Unparser.expr(e)));
        assertEquals(List.of("f(a) > 1 or not b is missing", "f(a) > 1", "f(a)", "a", "1", "not b is missing",
                "b is missing", "b"), seen);
    }

    @Test
    void shapes() {
        assertEquals("kön", Exprs.columnName(condition("kön")));
        assertNull(Exprs.columnName(condition("f(kön)")));
        Expr n = condition("-12.5%");
        assertSame(n, Exprs.asNumber(n));
        assertNull(Exprs.asNumber(condition("\"12\"")));
        Expr s = condition("\"Skåne\"");
        assertSame(s, Exprs.asString(s));
        assertNull(Exprs.asString(condition("skåne")));
        assertEquals(-0.125, Exprs.literalValue(n));
        assertEquals("Skåne", Exprs.literalValue(s));
        assertEquals(Boolean.FALSE, Exprs.literalValue(condition("false")));
        assertNull(Exprs.literalValue(condition("-a")));
        assertTrue(Exprs.isLiteral(condition("true")));
        assertFalse(Exprs.isLiteral(condition("a")));
        assertEquals(List.of("a", "b or c", "not d"), written(Exprs.conjuncts(condition("a and (b or c) and not d"))));
        assertEquals(List.of("a or b"), written(Exprs.conjuncts(condition("a or b"))));
    }
}
