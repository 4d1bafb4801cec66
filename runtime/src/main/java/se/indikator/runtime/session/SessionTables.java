package se.indikator.runtime.session;

import java.util.Optional;

/**
 * Java cells reach the session's data through this: {@code SessionTables.table("deaths")} gives a
 * Tablesaw copy of the data named {@code deaths} in the session that is running the cell.
 */
public final class SessionTables {
    private static volatile Session current;

    private SessionTables() {
    }

    static void current(Session s) {
        current = s;
    }

    /** A Tablesaw copy of the named data; throws IllegalArgumentException when there is none. */
    public static tech.tablesaw.api.Table table(String name) {
        Session s = current;
        Optional<se.indikator.runtime.data.Dataset> d = s == null ? Optional.empty() : s.catalog().data(name);
        return d.orElseThrow(() -> new IllegalArgumentException("no data named '" + name + "' in the session")).toTable();
    }
}
