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
        repl.eval("set suppress none\ndata d = read \"d.csv\"");
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
}
