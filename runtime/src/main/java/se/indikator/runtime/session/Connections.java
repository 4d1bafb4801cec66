package se.indikator.runtime.session;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.DuckDb;
import se.indikator.runtime.data.Engine;
import se.indikator.runtime.data.EngineModule;
import se.indikator.runtime.data.EngineRelation;
import se.indikator.runtime.data.EngineScan;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Catalog;

/**
 * The databases a session's scripts connect to ({@code connection NAME = jdbc "URL" …}, {@code connection NAME =
 * duckdb "file.duckdb"}), the tables they leave there ({@code data NAME = table "…" from NAME}) and the files
 * they scan ({@code data NAME = scan "…" [on NAME]}), with the memory DuckDB may use ({@code set engine memory}).
 * A password is only ever read from the environment variable the script names; a connection that cannot be opened
 * is an error at its statement (E601; E603 for a DuckDB file), a table that cannot be read an error at its name
 * (E602), files scanned on a connection whose engine does not read files an error at its name (E604), and a size
 * of memory that is not one an error at it (E605); an engine whose module is not on the class path (Spark's) is an
 * error at its connection (E606). A connection declared again replaces, and closes, the earlier
 * one.
 */
final class Connections {
    private final Map<String, Engine> open = new HashMap<>();
    private final java.util.Set<String> failed = new java.util.HashSet<>();
    /** The modules of the open connections to engines that modules bring. */
    private final Map<String, EngineModule> modules = new HashMap<>();
    /** The dialect of each connection declared, opened or not (null when it is not known). */
    private final Map<String, String> dialects = new HashMap<>();
    private final Function<String, String> environment;
    /** The memory DuckDB may use, in bytes; 0 for a share of what the machine has. */
    private long memory;

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

    void connect(Stmt.Connection c, Path base, Diagnostics d) {
        String name = c.name().text();
        close(name);
        failed.add(name); // until it is open
        dialects.put(name, c.kind().equals("jdbc") ? dialect(c.url()) : c.kind());
        if (c.kind().equals("duckdb")) {
            duckdb(c, base, d);
            return;
        }
        if (!c.kind().equals("jdbc")) {
            module(c, d);
            return;
        }
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
            d.error("E601", c.span(), "the connection '" + name + "' could not be opened: " + reason(e),
                    "check the URL, that the database is running and reachable, and the user and password");
        }
    }

    /** A DuckDB database file, opened only for reading, relative to the script's folder {@code base}. */
    private void duckdb(Stmt.Connection c, Path base, Diagnostics d) {
        Path file;
        try {
            file = base.resolve(c.url());
        } catch (InvalidPathException e) {
            d.error("E603", c.urlSpan(), "this is not a file name: " + e.getReason(), "write the DuckDB database file's path "
                    + "relative to the script's folder");
            return;
        }
        if (!Files.isRegularFile(file)) {
            d.error("E603", c.urlSpan(), "there is no DuckDB database file " + c.url(), "write the file's path relative to the "
                    + "script's folder; a database file is only read, never made");
            return;
        }
        try {
            open.put(c.name().text(), new Engine(c.name().text(), "duckdb", DuckDb.openFile(file, memory)));
            failed.remove(c.name().text());
        } catch (SQLException | LinkageError | RuntimeException e) {
            d.error("E603", c.urlSpan(), "the DuckDB database " + c.url() + " could not be opened: " + firstLine(e.getMessage()),
                    "check that it is a database file of DuckDB and that no other program is writing to it");
        }
    }

    /** An engine a module on the class path brings ({@code connection NAME = spark "local[2]"}). */
    private void module(Stmt.Connection c, Diagnostics d) {
        String name = c.name().text();
        Optional<EngineModule> module = EngineModule.find(c.kind());
        if (module.isEmpty()) {
            d.error("E606", c.span(), "the " + Character.toUpperCase(c.kind().charAt(0)) + c.kind().substring(1)
                    + " module is not on the class path, so '" + name + "' cannot be opened",
                    "start indikator with the module's jar and the jars of its engine on the class path (docs/engines.md)");
            return;
        }
        try {
            open.put(name, new Engine(name, module.get().dialect(), module.get().connect(c.url())));
            modules.put(name, module.get());
            failed.remove(name);
        } catch (SQLException | LinkageError | RuntimeException e) {
            d.error("E601", c.span(), "the connection '" + name + "' could not be opened: " + firstLine(e.getMessage()),
                    "check the address: local[N] runs Spark in this process with N threads, spark://host:7077 reaches a "
                            + "cluster's master");
        }
    }

    /** {@code set engine memory "4GB"}: the memory of the DuckDB databases opened after it. */
    void memory(Stmt.SetEngineMemory m, Diagnostics d) {
        long bytes = EngineMemory.bytes(m.size());
        if (bytes < 0) {
            d.error("E605", m.sizeSpan(), "'" + m.size() + "' is not a size of memory", "write a number and its unit, as "
                    + "\"4GB\" or \"512MB\" (KB, MB, GB, TB, or KiB, MiB, GiB, TiB)");
        } else if (bytes < EngineMemory.LEAST) {
            d.error("E605", m.sizeSpan(), m.size() + " is less memory than DuckDB needs to read Parquet",
                    "give it at least 64MB");
        } else {
            memory = bytes;
        }
    }

    /** Opens the Parquet files of {@code data … = scan "…" [on NAME]} where they lie. */
    void scan(Stmt.Scan s, Path base, Catalog catalog, Diagnostics d) {
        if (s.connection() == null) {
            DataStatement.scan(s, base, catalog, d, file -> EngineScan.open(file, s.path(), s.name().text(), memory));
            return;
        }
        String dialect = dialects.get(s.connection().text());
        if (dialect != null && !dialect.equals("duckdb") && !dialect.equals("spark")) {
            String name = s.connection().text();
            d.error("E604", s.connection().span(), "the connection '" + name + "' is a database (" + dialect
                    + ") that does not read files", "scan the files on a duckdb connection, or without 'on' in a DuckDB of "
                    + "their own; a table of '" + name + "' is read with 'data NAME = table \"schema.table\" from " + name + "'");
            catalog.putBrokenData(s.name().text(), s.span());
            return;
        }
        Engine engine = engine(s.connection(), "files", catalog, s.name(), s.span(), d);
        if (engine == null) {
            return;
        }
        EngineModule module = modules.get(engine.name());
        if (module != null) {
            // the engine finds the files itself: a path of its file system as written, else one of the script's folder
            DataStatement.scan(s, base, catalog, d, file -> EngineScan.over(engine, module.files(s.path().contains("://")
                    ? s.path() : file.toAbsolutePath().toString()), s.path(), s.name().text()));
            return;
        }
        DataStatement.scan(s, base, catalog, d, file -> EngineScan.on(engine, file, s.path(), s.name().text()));
    }

    /** The open engine a statement names, or null after an error (E602) at the name, the data marked broken. */
    private Engine engine(Name connection, String what, Catalog catalog, Name data, Span span, Diagnostics d) {
        Engine engine = open.get(connection.text());
        if (engine == null && failed.contains(connection.text())) {
            d.error("E602", connection.span(), "the connection '" + connection.text() + "' was not opened, so its "
                    + what + " cannot be read", "correct the connection's error above");
            catalog.putBrokenData(data.text(), span);
            return null;
        }
        if (engine == null) {
            d.error("E602", connection.span(), "no connection is named '" + connection.text() + "'",
                    Suggest.hint(connection.text(), open.keySet(), "connection") + "; declare it with "
                            + "'connection NAME = jdbc \"URL\"' or 'connection NAME = duckdb \"file.duckdb\"' before the data");
            catalog.putBrokenData(data.text(), span);
            return null;
        }
        return engine;
    }

    void table(Stmt.Table t, Catalog catalog, Diagnostics d) {
        Engine engine = engine(t.connection(), "tables", catalog, t.name(), t.span(), d);
        if (engine == null) {
            return;
        }
        StringBuilder quoted = new StringBuilder();
        for (String part : t.table().split("\\.", -1)) {
            quoted.append(quoted.length() == 0 ? "" : ".").append(engine.identifier(part));
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
        modules.remove(name);
        Engine before = open.remove(name);
        if (before != null) {
            try {
                before.close();
            } catch (SQLException ignored) {
                // the connection is no longer used
            }
        }
    }

    /**
     * A driver's reason, with the system's when a socket failed and the driver's words do not say it (PostgreSQL's
     * driver says only that the attempt failed when a Unix socket's file is absent).
     */
    private static String reason(SQLException e) {
        String said = firstLine(e.getMessage());
        if (e.getCause() instanceof java.io.IOException io && io.getMessage() != null && !said.contains(io.getMessage())) {
            return (said.endsWith(".") ? said.substring(0, said.length() - 1) : said) + ": " + firstLine(io.getMessage());
        }
        return said;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "the driver gave no reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
