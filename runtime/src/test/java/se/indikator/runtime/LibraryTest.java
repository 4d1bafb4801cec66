package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;
import se.indikator.stdlib.synth.Generator;

/**
 * The equity-indicator library over freshly generated synthetic registers: every indicator is
 * computed by region and by each reporting group without an error, the catalogue lists them with
 * version and status, and the built-in effects point the right way.
 */
class LibraryTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void registers() {
        Generator.generate(40_000, 7, dir, msg -> { });
    }

    private static RunResult run(String script) {
        Session s = new Session(dir);
        RunResult r = s.run(new SourceFile("library.ind", script));
        assertFalse(r.hasErrors(), DiagnosticPrinter.formatAll(r.diagnostics()));
        return r;
    }

    /** A session with the library in use and nothing published yet. */
    private static Session fresh() {
        Session s = new Session(dir);
        RunResult use = s.run(new SourceFile("use.ind", "use stdlib.jamlik from \".\"\n"));
        assertFalse(use.hasErrors(), DiagnosticPrinter.formatAll(use.diagnostics()));
        return s;
    }

    private static List<ResultTable> tables(RunResult r) {
        return r.statements().stream().flatMap(s -> s.outputs().stream())
                .filter(o -> o instanceof Output.Table).map(o -> ((Output.Table) o).table()).toList();
    }

    @Test
    void everyIndicatorByRegionAndReportingGroup() {
        List<String> indicators = List.of("op90", "amenable", "survival5", "suicide", "inactivity", "tears", "apgar", "overcrowding",
                "wrong_ward", "sedatives", "avoid");
        StringBuilder script = new StringBuilder("use stdlib.jamlik from \".\"\n");
        for (String i : indicators) {
            script.append("show ").append(i).append(" by region\n");
        }
        script.append("show op90 by kön\nshow amenable by utbildning, kön\nshow suicide by kön\n")
                .append("show inactivity by utbildning\nshow tears by moderns_födelseland\nshow apgar by moderns_födelseland\n")
                .append("show sedatives by åldersgrupp\nshow avoid by födelseland\nshow timely by födelseland\n");
        List<ResultTable> t = tables(run(script.toString()));
        assertEquals(indicators.size() + 9, t.size());
        for (ResultTable table : t.subList(0, indicators.size())) {
            assertEquals(22, table.rows().size(), table.title() + ": the national row and 21 regions");
            assertTrue(table.cell(0, "value") instanceof Double, table.title() + " has a national value");
        }
    }

    @Test
    void catalogueListsVersionAndStatusAndExportsJson() throws IOException {
        RunResult r = run("use stdlib.jamlik from \".\"\ncatalogue\ncatalogue to \"catalogue.json\"\n");
        ResultTable cat = tables(r).get(0);
        assertEquals(13, cat.rows().size());
        assertEquals("1", cat.cell(0, "version"));
        assertEquals("active", cat.cell(0, "status"));
        assertEquals("under review", cat.cell(11, "status"));
        assertEquals("survival5", cat.cell(2, "name"));
        String json = Files.readString(dir.resolve("catalogue.json"));
        assertTrue(json.startsWith("{\n  \"title\": "), json);
        assertTrue(json.contains("\"records\": [\n    {\"name\": \"op90\", \"title\": \"Operation inom 90 dagar i specialiserad vård\""), json);
    }

    @Test
    void outsideEuMothersHaveMoreTearsThanMothersBornInSweden() {
        ResultTable t = tables(run("set suppress none\nuse stdlib.jamlik from \".\"\nshow tears by moderns_födelseland\n")).get(0);
        double sweden = Double.NaN;
        double outside = Double.NaN;
        for (int row = 0; row < t.rows().size(); row++) {
            if ("Sverige".equals(t.cell(row, "moderns_födelseland"))) {
                sweden = (Double) t.cell(row, "value");
            } else if ("Utanför EU".equals(t.cell(row, "moderns_födelseland"))) {
                outside = (Double) t.cell(row, "value");
            }
        }
        assertTrue(outside > sweden, "outside EU " + outside + " vs Sweden " + sweden);
    }

    @Test
    void batchedShowsGiveTheSameTablesAsSeparateOnes() {
        Session s = new Session(dir);
        RunResult use = s.run(new SourceFile("use.ind", "use stdlib.jamlik from \".\"\n"));
        assertFalse(use.hasErrors(), DiagnosticPrinter.formatAll(use.diagnostics()));
        List<String> indicators = List.of("op90", "amenable", "survival5", "suicide", "inactivity", "tears", "apgar",
                "overcrowding", "wrong_ward", "sedatives", "avoid", "timely");
        String batch = "show " + String.join(", ", indicators) + " by region\n"
                + "set confidence 90%\n"
                + "show amenable, suicide by kön where region != \"Gotland\"\n"
                + "#' prose between two shows\n"
                + "show amenable by utbildning, kön\n"
                + "set suppress none\n"
                + "show sedatives, avoid by åldersgrupp\n";
        List<String> together = tables(s.run(new SourceFile("batch.ind", batch))).stream()
                .map(se.indikator.runtime.result.TextTable::render).toList();
        // the same statements one run at a time, in the same order, in one session (whose disclosure ledger
        // links the tables it publishes, as the batch's does)
        Session seq = fresh();
        List<String> alone = new java.util.ArrayList<>();
        for (String i : indicators) {
            alone.addAll(tables(seq.run(new SourceFile("one.ind", "set confidence 95%, 99.8%\nset suppress below 5\n"
                    + "show " + i + " by region\n"))).stream().map(se.indikator.runtime.result.TextTable::render).toList());
        }
        for (String one : List.of("set confidence 90%\nshow amenable by kön where region != \"Gotland\"",
                "set confidence 90%\nshow suicide by kön where region != \"Gotland\"",
                "set confidence 90%\nshow amenable by utbildning, kön",
                "set confidence 90%\nset suppress none\nshow sedatives by åldersgrupp",
                "set confidence 90%\nset suppress none\nshow avoid by åldersgrupp")) {
            alone.addAll(tables(seq.run(new SourceFile("one.ind", one + "\n"))).stream()
                    .map(se.indikator.runtime.result.TextTable::render).toList());
        }
        assertEquals(indicators.size() + 5, together.size());
        assertEquals(alone, together);
    }
}
