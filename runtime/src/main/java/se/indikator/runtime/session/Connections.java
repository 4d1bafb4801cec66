package se.indikator.runtime.session;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.Engine;
import se.indikator.runtime.data.EngineRelation;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Catalog;

/**
 * The databases a session's scripts connect to ({@code connection NAME = jdbc "URL" …}) and the tables they leave
 * there ({@code data NAME = table "…" from NAME}). A password is only ever read from the environment variable
 * the script names; a connection that cannot be opened is an error at its statement (E601), and a table that
 * cannot be read an error at its name (E602). A connection declared again replaces, and closes, the earlier one.
 */
final class Connections {
    private final Map<String, Engine> open = new HashMap<>();
    private final java.util.Set<String> failed = new java.util.HashSet<>();
    private final Function<String, String> environment;

    Connections(Function<String, String> environment) {
        this.environment = environment;
    }

    /** The dialect of a JDBC URL, or null for a database whose SQL is not known. */
    static String dialect(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        if (url.startsWith("jdbc:duckdb:")) {
            return "duckdb";
        }
        return null;
    }

    void connect(Stmt.Connection c, Diagnostics d) {
        String name = c.name().text();
        close(name);
        failed.add(name); // until it is open
        String dialect = dialect(c.url());
        if (dialect == null) {
            d.error("E601", c.urlSpan(), "indikator does not know the SQL of the database at " + c.url(),
                    "connect to PostgreSQL (jdbc:postgresql://host/database) or DuckDB (jdbc:duckdb:file.duckdb)");
            return;
        }
        Properties props = new Properties();
        if (c.user() != null) {
            props.setProperty("user", c.user());
        }
        if (c.passwordVariable() != null) {
            String password = environment.apply(c.passwordVariable());
            if (password == null) {
                d.error("E601", c.passwordSpan(), "the environment variable " + c.passwordVariable()
                        + " that holds the password is not set", "set it before starting indikator; a password is never "
                        + "written in a script");
                return;
            }
            props.setProperty("password", password);
        }
        try {
            Connection jdbc = DriverManager.getConnection(c.url(), props);
            open.put(name, new Engine(name, dialect, jdbc));
            failed.remove(name);
        } catch (SQLException e) {
            d.error("E601", c.span(), "the connection '" + name + "' could not be opened: " + firstLine(e.getMessage()),
                    "check the URL, that the database is running and reachable, and the user and password");
        }
    }

    void table(Stmt.Table t, Catalog catalog, Diagnostics d) {
        Engine engine = open.get(t.connection().text());
        if (engine == null && failed.contains(t.connection().text())) {
            d.error("E602", t.connection().span(), "the connection '" + t.connection().text() + "' was not opened, so its "
                    + "tables cannot be read", "correct the connection's error above");
            catalog.putBrokenData(t.name().text(), t.span());
            return;
        }
        if (engine == null) {
            d.error("E602", t.connection().span(), "no connection is named '" + t.connection().text() + "'",
                    Suggest.hint(t.connection().text(), open.keySet(), "connection") + "; declare it with "
                            + "'connection NAME = jdbc \"URL\"' before the data");
            catalog.putBrokenData(t.name().text(), t.span());
            return;
        }
        StringBuilder quoted = new StringBuilder();
        for (String part : t.table().split("\\.", -1)) {
            quoted.append(quoted.length() == 0 ? "" : ".").append(se.indikator.runtime.data.DuckDb.identifier(part));
        }
        Optional<String> problem;
        LoadResult r = null;
        try {
            r = EngineRelation.open(engine, quoted.toString(), t.table(), t.name().text());
            problem = r.problems().isEmpty() ? Optional.empty() : Optional.of(r.problems().get(0).message());
        } catch (SQLException e) {
            problem = Optional.of(firstLine(e.getMessage()));
        }
        if (problem.isPresent() || r.dataset().isEmpty()) {
            d.error("E602", t.tableSpan(), "the table " + t.table() + " of '" + engine.name() + "' cannot be read: "
                    + problem.orElse("it has no columns"), "check the table's name (schema.table) and that the user may read it");
            catalog.putBrokenData(t.name().text(), t.span());
            return;
        }
        catalog.putData(r.dataset().get(), t.span());
    }

    private void close(String name) {
        Engine before = open.remove(name);
        if (before != null) {
            try {
                before.close();
            } catch (SQLException ignored) {
                // the connection is no longer used
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "the driver gave no reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
