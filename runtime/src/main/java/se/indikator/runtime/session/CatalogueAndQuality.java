package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.check.BreakdownChecker;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.exec.QualityBuilder;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.CatalogueTable;
import se.indikator.runtime.result.CsvWriter;
import se.indikator.runtime.result.JsonWriter;
import se.indikator.runtime.result.ResultTable;

/**
 * The statements about what a session holds rather than about an indicator's values:
 * {@code catalogue [to "FILE"]} (the declared indicators with their metadata) and
 * {@code quality DATA [by B]} (how complete each column is).
 */
final class CatalogueAndQuality {
    private final Session session;

    CatalogueAndQuality(Session session) {
        this.session = session;
    }

    Runnable quality(Stmt.Quality q, Diagnostics d, List<Output> out) {
        Catalog catalog = session.catalog();
        Optional<Dataset> data = catalog.data(q.data().text());
        if (data.isEmpty()) {
            if (!catalog.isBroken(q.data().text())) {
                d.error("E101", q.data().span(), "unknown data '" + q.data().text() + "'",
                        Suggest.hint(q.data().text(), catalog.allData().keySet(), "data name"));
            }
            return null;
        }
        List<BreakdownDef> defs = new ArrayList<>();
        BreakdownChecker bc = new BreakdownChecker(catalog, session.functions(), d);
        boolean ok = true;
        for (Name b : q.by()) {
            BreakdownDef def = catalog.breakdown(b.text()).orElse(BreakdownDef.ofColumn(b.text(), b.span()));
            ok &= bc.appliesTo(def, data.get(), b.span());
            defs.add(def);
        }
        if (!ok) {
            return null;
        }
        Settings settings = catalog.settings();
        return () -> out.add(new Output.Table(QualityBuilder.build(catalog, session.functions(), data.get(), defs,
                settings.swedish()), null));
    }

    void catalogue(Stmt.Catalogue c, List<Output> out) {
        Catalog catalog = session.catalog();
        ResultTable t = CatalogueTable.of(List.copyOf(catalog.indicators().values()), catalog.settings().swedish());
        if (c.path() == null) {
            out.add(new Output.Table(t, null));
            return;
        }
        Path file = session.baseDir().resolve(c.path());
        try {
            if (c.path().endsWith(".json")) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, JsonWriter.toJson(t), StandardCharsets.UTF_8);
            } else {
                CsvWriter.write(t, file);
            }
            out.add(new Output.Text("wrote " + t.rows().size() + " indicators to " + c.path()));
        } catch (IOException e) {
            out.add(new Output.Message(Diagnostic.error("E140", c.span(), "cannot write '" + c.path() + "': " + e.getMessage(),
                    "check that the folder can be written")));
        }
    }
}
