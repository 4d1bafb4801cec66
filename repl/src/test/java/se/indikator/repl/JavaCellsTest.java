package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java cells through JShell in the same JVM, run under the test runner: a static method defined in
 * a cell is used in a {@code where}, session tables are reachable as Tablesaw tables, a compile error
 * is a positioned message and an exception in a cell is reported while the session goes on.
 */
class JavaCellsTest {
    @TempDir
    Path dir;

    @Test
    void aJavaFunctionFiltersRowsAndErrorsArePositioned() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "id;cause;region\n1;I21.9;A\n2;C34.1;A\n3;I63.4;B\n4;X70;B\n5;I25.1;B\n");
        ReplSession repl = new ReplSession(dir);
        repl.eval("set suppress none\nset columns all\ndata d = read \"d.csv\"");
        String cell = repl.eval("java {\n  static boolean cardio(String code) { return code.startsWith(\"I2\") || code.startsWith(\"I6\"); }\n"
                + "  System.out.println(\"rows: \" + SessionTables.table(\"d\").rowCount());\n}");
        assertTrue(cell.contains("rows: 5"), cell);
        String shown = repl.eval("indicator c \"Cardio\" { cohort d where cardio(cause)\n numerator region == \"B\"\n measure count }\nshow c");
        // cardio causes: I21.9 (A), I63.4 and I25.1 (B) → 2 in region B
        assertTrue(shown.matches("(?s).*\\n\\s+2\\s+2\\s.*"), shown);
        String err = repl.eval("java {\n  int broken(String s) { return s.lenght(); }\n}");
        assertTrue(err.contains("<4>:2:") && err.contains("error[E151]: Java: cannot find symbol"), err);
        String thrown = repl.eval("java { Object o = null; o.toString(); }");
        assertTrue(thrown.contains("error[E151]: Java: the cell threw"), thrown);
        assertTrue(repl.eval("show c").contains("exact"), "the session goes on after errors");
    }

    @Test
    void aCellHandsATableBackAsDataAndReadsThePublishedResults() {
        ReplSession repl = new ReplSession(dir);
        repl.eval("set suppress below 5");
        String made = repl.eval("""
                java {
                    var t = Table.create("besok").addColumns(
                        StringColumn.create("region", "01", "01", "03", "03", "05"),
                        IntColumn.create("antal", 120, 80, 200, 150, 3),
                        IntColumn.create("inom", 100, 70, 150, 140, 2));
                    SessionTables.define("besok", t);
                }
                indicator andel { numerator sum(inom) from besok
                 denominator sum(antal) from besok
                 measure proportion }
                show andel by region
                """);
        assertTrue(made.contains("0,8286"), made);
        String back = repl.eval("""
                java {
                    var r = SessionTables.result("andel");
                    System.out.println(r.rowCount() + " rows; 05: " + r.where(r.stringColumn("region").isEqualTo("05"))
                        .doubleColumn("value").get(0));
                }
                """);
        // region 05 has fewer than 5: the published table has it blank, and so does the cell's copy
        assertTrue(back.contains("4 rows; 05: null"), back);
        String bad = repl.eval("""
                java {
                    SessionTables.define("times", Table.create("t").addColumns(
                        TimeColumn.create("klockan", java.time.LocalTime.NOON)));
                }
                """);
        assertTrue(bad.contains("error[E151]") && bad.contains("column 'klockan' is of type LOCAL_TIME"), bad);
    }
}
