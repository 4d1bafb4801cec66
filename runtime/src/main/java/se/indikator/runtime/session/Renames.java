package se.indikator.runtime.session;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.ast.Identifiers;
import se.indikator.runtime.ast.Rename;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;

/**
 * The {@code rename "Antal besök" as besok} options of a {@code read}: each header the file has gets the name the
 * script uses; a header the file does not have, a header renamed twice, or a new name that another column already
 * has is a positioned error (E133), and the data are then not declared.
 */
final class Renames {
    private Renames() {
    }

    /** The dataset with its columns renamed, or empty after reporting why it cannot be. */
    static Optional<Dataset> apply(Dataset data, Stmt.Data statement, Diagnostics d) {
        if (statement.renames().isEmpty()) {
            return Optional.of(data);
        }
        Map<String, String> renames = new LinkedHashMap<>();
        boolean ok = true;
        for (Rename r : statement.renames()) {
            if (data.column(r.header()).isEmpty()) {
                String near = Suggest.closest(r.header(), data.columnNames()).map(n -> "did you mean \"" + n + "\"? ").orElse("");
                d.error("E133", r.headerSpan(), "the file has no column \"" + r.header() + "\"",
                        near + "its columns are " + String.join(", ", data.columnNames().stream().map(n -> "\"" + n + "\"").toList()));
                ok = false;
            } else if (renames.containsKey(r.header())) {
                d.error("E133", r.headerSpan(), "the column \"" + r.header() + "\" is renamed twice", "rename each column once");
                ok = false;
            } else {
                renames.put(r.header(), r.name().text());
            }
        }
        Set<String> names = new HashSet<>();
        for (String column : data.columnNames()) {
            String name = renames.getOrDefault(column, column);
            if (!names.add(name)) {
                Rename r = statement.renames().stream().filter(x -> x.name().text().equals(name)).findFirst().orElseThrow();
                d.error("E133", r.name().span(), "two columns would be called '" + name + "'",
                        "choose another name, e.g. " + Identifiers.written(name + "_2"));
                ok = false;
            }
        }
        return ok ? Optional.of(data.withColumnsRenamed(renames)) : Optional.empty();
    }
}
