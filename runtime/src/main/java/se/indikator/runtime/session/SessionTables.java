package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Identifiers;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.TablesawImport;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.result.ResultTable;

/**
 * How Java cells and the session exchange Tablesaw tables, both ways: {@code SessionTables.table("deaths")} gives a
 * copy of the data named {@code deaths}; {@code SessionTables.define("besok", table)} declares a table the cell
 * made as data for indicators, checked as a {@code read} is; {@code SessionTables.result("amenable")} and
 * {@code SessionTables.results()} give the tables the session has printed (as published, suppressed cells blank).
 */
public final class SessionTables {
    private static volatile Session current;
    private static volatile Span cell = Span.NONE;

    private SessionTables() {
    }

    static void current(Session s, Span at) {
        current = s;
        cell = at;
    }

    private static Session session() {
        Session s = current;
        if (s == null) {
            throw new IllegalStateException("no indikator session is running this cell");
        }
        return s;
    }

    /** A Tablesaw copy of the named data; throws IllegalArgumentException when there is none. */
    public static tech.tablesaw.api.Table table(String name) {
        Optional<Dataset> d = session().catalog().data(name);
        return d.orElseThrow(() -> new IllegalArgumentException("no data named '" + name + "' in the session")).toTable();
    }

    /**
     * Declares {@code table} as the data {@code name}, for the statements after the cell, as {@code data name = read …}
     * would.
     *
     * @throws IllegalArgumentException when the name cannot be written or a column cannot be taken (named, with why)
     */
    public static void define(String name, tech.tablesaw.api.Table table) {
        if (name == null || !Identifiers.writable(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot be a data name; use letters, digits and _");
        }
        Dataset data = TablesawImport.toDataset(table, name);
        session().defineData(data, cell);
    }

    /** Every table the session has printed so far, oldest first, as Tablesaw tables. */
    public static List<tech.tablesaw.api.Table> results() {
        List<tech.tablesaw.api.Table> out = new ArrayList<>();
        session().published().forEach(t -> out.add(t.toTablesaw()));
        return out;
    }

    /**
     * The latest printed table of {@code indicator} (its title starts with the name), as a Tablesaw table.
     *
     * @throws IllegalArgumentException when no printed table has that name, listing those there are
     */
    public static tech.tablesaw.api.Table result(String indicator) {
        List<ResultTable> all = session().published();
        for (int i = all.size() - 1; i >= 0; i--) {
            String title = all.get(i).title();
            if (title != null && (title.equals(indicator) || title.startsWith(indicator + " "))) {
                return all.get(i).toTablesaw();
            }
        }
        List<String> titles = all.stream().map(ResultTable::title).filter(t -> t != null).distinct().toList();
        throw new IllegalArgumentException("no printed table of '" + indicator + "'"
                + (titles.isEmpty() ? "; nothing has been printed yet" : "; printed: " + String.join(", ", titles)));
    }
}
