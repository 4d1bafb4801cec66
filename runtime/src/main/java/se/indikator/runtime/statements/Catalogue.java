package se.indikator.runtime.statements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.result.CatalogueTable;
import se.indikator.runtime.result.JsonWriter;
import se.indikator.runtime.result.ResultTable;

/** {@code catalogue [to "FILE"]}: the indicators declared so far with their metadata, as a table, CSV or JSON. */
final class Catalogue {
    private Catalogue() {
    }

    static Optional<Work> check(Stmt.Catalogue s, Context c) {
        ResultTable t = CatalogueTable.of(List.copyOf(c.catalog().indicators().values()), c.settings().swedish());
        return Optional.of((results, out) -> {
            if (s.path() == null) {
                out.records(t);
                return;
            }
            out.write(t, s.path(), s.span());
        });
    }
}
