package se.indikator.runtime.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.parse.Parser;

/** The outline of a syntax tree: kinds, plain fields on the node's line, nodes below it, no spans. */
class TreeDumpTest {
    private static String dump(String script) {
        List<Stmt> statements = Parser.parse(new SourceFile("t.ind", script)).program().statements();
        return statements.stream().map(s -> TreeDump.of(s)).collect(Collectors.joining());
    }

    @Test
    void expressionsNestWithTheirFieldNames() {
        assertEquals("""
                Show indicators=[op90, amenable] by=[region]
                  where: Logical op=AND
                    operands[0]: Binary op=EQ
                      left: ColumnRef name="kön"
                      right: StringLit value="K\\"v"
                    operands[1]: Not
                      operand: Between negated=false
                        subject: ColumnRef name="age"
                        low: NumberLit value=35 percent=false text="35"
                        high: NumberLit value=-7.5 percent=false text="-7.5"
                """, dump("show op90, amenable by region where kön == \"K\\\"v\" and not age between 35 and -7.5"));
    }

    @Test
    void clausesListsAndMapsAreNumberedOrKeyed() {
        assertEquals("""
                Indicator name=s title="S"
                  clauses[0]: Cohort source=cancer
                  clauses[1]: Survival
                    items[death]: Binary op=EQ
                      left: ColumnRef name="status"
                      right: NumberLit value=1 percent=false text="1"
                    items[entry]: ColumnRef name="d"
                  clauses[2]: Ci method=wilson levels=[0.95, 0.998]
                  clauses[3]: Suppress none=false
                    rules[0]: SuppressRule subject=NUMERATOR comparator=LT threshold=10
                    rules[1]: SuppressRule subject=DENOMINATOR comparator=LT threshold=30
                Data name=d path="d.csv" options={decimal=",", separator=";"} missingMarkers=["NA", ""] renames=[]
                Breakdown name=k
                  definition: Case
                    whens[0]: When whenMissing=false
                      conditions[0]: In values=[] listName="nordic" negated=true
                        subject: ColumnRef name="x"
                      result: Label text="N" missing=false
                    otherwise: Label missing=true
                """, dump("""
                indicator s "S" {
                  cohort cancer
                  survival entry d, death status == 1
                  ci wilson 95%, 99.8%
                  suppress when numerator < 10 or denominator < 30
                }
                data d = read "d.csv" separator ";" decimal "," missing "NA", ""
                breakdown k = case when x not in nordic then "N" else missing
                """));
    }

    @Test
    void nullFieldsAndPlacesAreLeftOut() {
        Span somewhere = new Span(new SourceFile("s.ind", "x\n"), 1, 1, 1, 2);
        Stmt.JavaCell cell = new Stmt.JavaCell("\r\n  int x = 1;\t\n", somewhere, somewhere);
        assertEquals("JavaCell code=\"\\r\\n  int x = 1;\\t\\n\"\n", TreeDump.of(cell));
        assertEquals("Catalogue\n", TreeDump.of(new Stmt.Catalogue(null, null, somewhere)));
        assertEquals("Program\n  statements[0]: Catalogue path=\"c.json\"\n",
                TreeDump.of(new Program(somewhere.source(), List.of(new Stmt.Catalogue("c.json", null, somewhere)))));
        assertThrows(IllegalArgumentException.class, () -> TreeDump.of(new Name("x", somewhere)));
        assertThrows(IllegalArgumentException.class, () -> TreeDump.of("show x"));
    }
}
