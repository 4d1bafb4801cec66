package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;

class NotebookDocumentTest {

    @Test
    void splitsProseAndCodeInSourceOrder() throws Exception {
        Fixtures.Run run = Fixtures.run("regioner.ind");
        assertFalse(run.result().hasErrors(), run.result().diagnostics().toString());
        NotebookDocument doc = run.document();
        assertEquals("Återinläggningar per region", doc.title());
        assertEquals(List.of(new DataSource("vård", "data/regioner.csv")), doc.dataSources());
        assertEquals(Fixtures.DATE, doc.runDate());
        List<NotebookCell> cells = doc.cells();
        assertEquals(4, cells.size(), cells.toString());
        NotebookCell.Markdown intro = assertInstanceOf(NotebookCell.Markdown.class, cells.get(0));
        assertTrue(intro.markdown().startsWith("# Återinläggningar per region\nAndelen"), intro.markdown());
        assertEquals(1, intro.firstLine());
        assertEquals(2, intro.lastLine());
        NotebookCell.Code decl = assertInstanceOf(NotebookCell.Code.class, cells.get(1));
        assertTrue(decl.source().startsWith("set language sv\n# Data: syntetiska siffror\ndata vård"), decl.source());
        assertTrue(decl.source().endsWith("measure     percent\n}"), decl.source());
        assertEquals(4, decl.firstLine());
        assertTrue(decl.outputs().isEmpty(), decl.outputs().toString());
        NotebookCell.Markdown result = assertInstanceOf(NotebookCell.Markdown.class, cells.get(2));
        assertEquals("## Resultat\n- en rad per region\n- riket överst", result.markdown());
        NotebookCell.Code show = assertInstanceOf(NotebookCell.Code.class, cells.get(3));
        assertEquals("show återinl by region", show.source());
        assertEquals(1, show.outputs().size());
        assertInstanceOf(Output.Table.class, show.outputs().get(0));
    }

    @Test
    void diagnosticsStandAfterTheStatementTheyAreAbout() throws Exception {
        Fixtures.Run run = Fixtures.run("fel.ind");
        assertTrue(run.result().hasErrors());
        NotebookDocument doc = run.document();
        assertEquals("Ett skript med fel", doc.title());
        NotebookCell.Code decl = (NotebookCell.Code) doc.cells().get(1);
        assertTrue(decl.source().contains("sum(fal)"));
        assertEquals(1, decl.outputs().size(), decl.outputs().toString());
        Output.Message m = assertInstanceOf(Output.Message.class, decl.outputs().get(0));
        assertEquals(6, m.diagnostic().span().line());
        assertTrue(m.diagnostic().message().contains("fal"), m.diagnostic().message());
        NotebookCell.Code show = (NotebookCell.Code) doc.cells().get(3);
        assertTrue(show.outputs().isEmpty(), "nothing is computed when there are errors");
        assertEquals(run.result().diagnostics().size(), doc.diagnostics().size());
    }

    @Test
    void diagnosticsWithoutAPlaceGoLastAndProseRunsSplitByBlankLinesJoin() {
        String text = "#' Första stycket.\n\n#' Andra stycket.\nset language sv\nshow nothing\n";
        Fixtures.Run run = Fixtures.run("x/kort.ind", text);
        NotebookDocument doc = run.document();
        assertEquals("kort.ind", doc.title());
        NotebookCell.Markdown md = (NotebookCell.Markdown) doc.cells().get(0);
        assertEquals("Första stycket.\n\nAndra stycket.", md.markdown());
        assertEquals(3, md.lastLine());
        NotebookCell.Code code = (NotebookCell.Code) doc.cells().get(1);
        assertEquals("set language sv\nshow nothing", code.source());
        assertEquals(1, code.outputs().size(), "the unknown indicator is reported at its statement");
        assertEquals(2, doc.cells().size());
    }

    @Test
    void aDiagnosticWithNoPlaceInTheScriptGoesToAFinalCell() {
        Fixtures.Run run = Fixtures.run("y.ind", "#' Rubrik\nset language sv\n");
        Diagnostic lost = Diagnostic.warning("W1", Span.NONE, "somewhere else", null);
        RunResult result = new RunResult(List.of(lost), run.result().statements());
        NotebookDocument doc = NotebookDocument.of(run.source(), result, Fixtures.DATE);
        assertEquals(3, doc.cells().size(), doc.cells().toString());
        NotebookCell.Code last = (NotebookCell.Code) doc.cells().get(2);
        assertEquals("", last.source());
        assertEquals(0, last.firstLine());
        assertEquals(List.of(new Output.Message(lost)), last.outputs());
    }

    @Test
    void syntaxErrorsAndProseInsideAStatementStayInTheirCodeCell() {
        String text = String.join("\n", "#' Inledning", "set language sv", "data vård = read \"data/regioner.csv\"",
                "indicator a \"A\" {", "#' inte prosa här", "    numerator   sum(fall) from vård",
                "    denominator sum(personer) from vård", "    measure     percent", "}", "show a by 5 6", "#' Slut", "show a");
        NotebookDocument doc = Fixtures.run("z.ind", text).document();
        List<String> kinds = doc.cells().stream().map(c -> c.getClass().getSimpleName()).toList();
        assertEquals(List.of("Markdown", "Code", "Markdown", "Code"), kinds);
        NotebookCell.Code code = (NotebookCell.Code) doc.cells().get(1);
        assertTrue(code.source().contains("{\n#' inte prosa här\n    numerator"), code.source());
        assertEquals(2, code.firstLine());
        assertEquals(10, code.lastLine());
        assertFalse(code.outputs().isEmpty(), doc.cells().toString());
        Output.Message syntax = assertInstanceOf(Output.Message.class, code.outputs().get(code.outputs().size() - 1));
        assertEquals(10, syntax.diagnostic().span().line(), syntax.toString());
        assertEquals("Slut", ((NotebookCell.Markdown) doc.cells().get(2)).markdown());
    }
}
