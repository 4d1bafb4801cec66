package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.exec.IndicatorExecutor;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.parse.Parser;
import se.indikator.runtime.plan.Planner;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.progress.ProgressListener;
import se.indikator.runtime.result.CsvFormat;
import se.indikator.runtime.statements.Context;
import se.indikator.runtime.statements.Presenter;
import se.indikator.runtime.statements.ReadFiles;
import se.indikator.runtime.statements.RunFiles;
import se.indikator.runtime.statements.Results;
import se.indikator.runtime.statements.Statements;
import se.indikator.runtime.statements.Work;

/**
 * The headless session that the command line, the shell, the notebook renderer and the tests all drive: it
 * holds the declared data, breakdowns, standardisations and indicators, and runs a script in stages — parse,
 * check every statement (declaring as it goes, reporting every problem), and only without errors plan every
 * statement's requests, execute them as one batch and present each statement's outputs.
 */
public final class Session {
    private final Catalog catalog = new Catalog();
    private final Functions functions = new Functions();
    private final se.indikator.runtime.disclosure.Ledger ledger = new se.indikator.runtime.disclosure.Ledger();
    private final List<se.indikator.runtime.result.ResultTable> published = new ArrayList<>();
    private final ReadFiles readFiles = new ReadFiles();
    private final Connections connections = new Connections(System::getenv);
    private Path baseDir;
    private Path csvDir;
    private JavaCells javaCells;
    private Path plotsDir;
    private ProgressListener progress = ProgressListener.NONE;
    private java.util.Optional<se.indikator.runtime.data.CacheFolder> cacheFolder =
            se.indikator.runtime.data.CacheFolder.ofThisProcess();
    private java.util.Optional<LoadedData> loadedData = java.util.Optional.empty();

    /** A session whose scripts' paths are relative to {@code baseDir} unless a run names another folder. */
    public Session(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** Receives the progress of reading data files and of computing (the shell and the CLI draw it). */
    public void progress(ProgressListener listener) {
        this.progress = listener == null ? ProgressListener.NONE : listener;
    }

    public ProgressListener progress() {
        return progress;
    }

    /** The binary cache's folder (from the environment unless set; empty: no cache). */
    public java.util.Optional<se.indikator.runtime.data.CacheFolder> cacheFolder() {
        return cacheFolder;
    }

    /** Uses this cache folder for large data files, or none. */
    public void cacheFolder(java.util.Optional<se.indikator.runtime.data.CacheFolder> folder) {
        this.cacheFolder = folder;
    }

    /** The tables kept in memory between runs, when this session shares them ({@link LoadedData}). */
    public java.util.Optional<LoadedData> loadedData() {
        return loadedData;
    }

    /** Reads data files through {@code loaded}, so that a table whose files have not changed is not read again. */
    public void loadedData(LoadedData loaded) {
        this.loadedData = java.util.Optional.ofNullable(loaded);
    }

    /** Where charts are written as PNG and SVG (default: the folder 'plots' beside the script). */
    public void plotsDir(Path dir) {
        this.plotsDir = dir;
    }

    /** Plugs in the evaluator of {@code java { … }} cells. */
    public void javaCells(JavaCells cells) {
        this.javaCells = cells;
    }

    JavaCells javaCells() {
        return javaCells;
    }

    /** The audit of everything the session has published so far (see {@link se.indikator.runtime.disclosure.Ledger}). */
    public se.indikator.runtime.disclosure.Audit audit() {
        return ledger.audit();
    }

    /** Forgets every declaration and everything published (the shell's {@code :reset}). */
    public void reset() {
        catalog.clear();
        ledger.clear();
        published.clear();
        readFiles.clear();
        if (javaCells != null) {
            javaCells.reset();
        }
    }

    /** Stops a Java cell that is running (Ctrl-C); the kernels and simulations stop on the thread's interrupt. */
    public void interrupt() {
        if (javaCells != null) {
            javaCells.stop();
        }
    }

    /** The databases the session's scripts connect to. */
    Connections connections() {
        return connections;
    }

    /** The files the session reads (scripts, imported scripts, data), which no result may overwrite. */
    ReadFiles readFiles() {
        return readFiles;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Functions functions() {
        return functions;
    }

    /** The folder that paths of scripts run without one of their own are relative to. */
    public Path baseDir() {
        return baseDir;
    }

    /** Sets the session's folder (the shell's working folder, a notebook's script folder). */
    public void baseDir(Path dir) {
        this.baseDir = dir;
    }

    /** Writes every {@code show} also as CSV into this folder (the CLI's {@code --csv DIR}). */
    public void csvDir(Path dir) {
        this.csvDir = dir;
    }

    public RunResult run(SourceFile source) {
        return run(source, true);
    }

    public RunResult check(SourceFile source) {
        return run(source, false);
    }

    public RunResult run(SourceFile source, boolean execute) {
        return run(source, execute, baseDir, List.of());
    }

    /** Runs (or only checks) a script file, its paths relative to its own folder. */
    public RunResult runFile(Path file, boolean execute) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path abs = file.toAbsolutePath().normalize();
        readFiles.add(abs, "the script being run");
        return run(new SourceFile(displayName(file), text), execute, abs.getParent(), List.of(abs));
    }

    private static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : file.toString();
    }

    /**
     * The stages of a run: parse, check all, then — when asked and without errors — plan and execute every
     * statement's requests as one batch, and present each statement's outputs.
     *
     * @param base the folder of the script's paths
     * @param includes the files being imported around this one (for cycles)
     */
    RunResult run(SourceFile source, boolean execute, Path base, List<Path> includes) {
        Parser.Parsed parsed = Parser.parse(source);
        parsed.unparsedNames().forEach(catalog::markBroken);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(parsed.diagnostics());
        CheckedScript script = check(parsed.program().statements(), base, includes, diagnostics, execute);
        if (execute && !script.hasErrors()) {
            runPending(script, base, diagnostics);
        }
        return script.result(source);
    }

    /** Plans, executes and presents the statements checked since the last time, as one batch. */
    private void runPending(CheckedScript script, Path base, Diagnostics diagnostics) {
        List<CheckedScript.Entry> work = script.takePendingWork();
        if (work.isEmpty()) {
            return;
        }
        try {
            List<Execution.Outcome> outcomes = Execution.run(work.stream().map(CheckedScript.Entry::work).toList(),
                    catalog, functions, progress);
            present(work, outcomes, base);
        } catch (java.util.concurrent.CancellationException e) {
            diagnostics.add(Diagnostic.warning("W900", work.get(0).statement().span(), "interrupted",
                    "the statements were not run"));
        }
    }

    /** Whether a Java cell reads the tables printed before it, so that the statements above it must run first. */
    private static boolean readsResults(Stmt s) {
        return s instanceof Stmt.JavaCell j && (j.code().contains("SessionTables.result"));
    }

    /** Checks a script's statements with {@code base} as its folder, declaring what it declares (for imports). */
    RunResult check(SourceFile source, Path base, List<Path> includes) {
        return run(source, false, base, includes);
    }

    /** The check stage: each statement declared, or checked into the work it leaves for the run. */
    private CheckedScript check(List<Stmt> statements, Path base, List<Path> includes, Diagnostics d, boolean execute) {
        CheckedScript script = new CheckedScript(d);
        Declarations declarations = new Declarations(this, base, includes, d);
        for (Stmt s : statements) {
            if (execute && readsResults(s) && !d.hasErrors()) {
                runPending(script, base, d);
            }
            int before = d.all().size();
            List<Output> out = new ArrayList<>();
            Work work = null;
            try {
                if (s instanceof Stmt.Prose p) {
                    out.add(new Output.Prose(p.markdown()));
                } else if (Declarations.declares(s)) {
                    declarations.declare(s, out);
                } else if (Statements.presents(s)) {
                    work = Statements.check(s, new Context(catalog, functions, d, base)).orElse(null);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError x) {
                d.add(internalError(s.span(), x, "checking"));
                work = null;
            }
            script.add(new CheckedScript.Entry(s, out, work, catalog.settings()), before);
        }
        return script;
    }

    /** The present stage: each statement's outputs from its results, a fault reported at its statement. */
    private void present(List<CheckedScript.Entry> work, List<Execution.Outcome> outcomes, Path base) {
        Path plots = plotsDir != null ? plotsDir : base.resolve("plots");
        RunFiles files = new RunFiles(readFiles, csvDir);
        for (int i = 0; i < work.size(); i++) {
            CheckedScript.Entry e = work.get(i);
            Execution.Outcome o = outcomes.get(i);
            Presenter presenter = new Presenter(e.outputs(), base, plots, files,
                    new CsvFormat(e.settings().swedishCsv(), e.settings().neutraliseCsv()), e.statement().span())
                    .columns(se.indikator.runtime.result.ColumnChoice.of(e.settings().columns())
                            .orElse(se.indikator.runtime.result.ColumnChoice.COMPACT), Statements.columns(e.statement()));
            Throwable fault = o.fault();
            if (fault == null) {
                try {
                    String label = se.indikator.runtime.ast.Unparser.statement(e.statement()).strip();
                    label = label.length() > 60 ? label.substring(0, 57) + "…" : label;
                    Results results = o.results().guarded(ledger.guard(e.statement().span(), label, catalog, functions));
                    // an equity analysis' simulations show on the progress line while they run
                    se.indikator.stdlib.progress.TaskProgress.during(
                            (done, total) -> progress.progress("simulations", done, total), () -> {
                                e.work().present(results, presenter);
                                presenter.writeShown(Statements.target(e.statement()));
                                return null;
                            });
                    progress.finished("simulations");
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError x) {
                    fault = x;
                }
            }
            if (fault != null) {
                presenter.message(internalError(e.statement().span(), fault, "computing"));
            }
            e.outputs().stream().filter(x -> x instanceof Output.Table).forEach(x -> published.add(((Output.Table) x).table()));
        }
    }

    /** Every table the session has printed, in order (as published: suppressed cells blank), for Java cells. */
    public List<se.indikator.runtime.result.ResultTable> published() {
        return List.copyOf(published);
    }

    /** Declares data a Java cell hands back ({@link SessionTables#define}), as a {@code data} statement at {@code at} would. */
    void defineData(se.indikator.runtime.data.Dataset data, Span at) {
        catalog.putData(data, at);
    }

    /**
     * What a statement that failed inside indikator reports, at the statement: running out of memory or of
     * stack depth in words a user can act on, any other fault as a fault of indikator's.
     */
    private static Diagnostic internalError(Span at, Throwable e, String doing) {
        if (e instanceof se.indikator.runtime.data.EngineFailure f) {
            return Diagnostic.error("E600", at, "the engine that holds the data failed while " + doing + " this statement: "
                    + f.getMessage(), "check that the engine is running and the data are where they were when the script began");
        }
        if (e instanceof OutOfMemoryError) {
            return Diagnostic.error("E998", at, "this statement needs more memory than indikator has",
                    "use fewer breakdowns or a smaller selection, or give Java more memory (e.g. JAVA_OPTS=-Xmx8g)");
        }
        if (e instanceof StackOverflowError) {
            return Diagnostic.error("E998", at, "this statement nests too deeply to be " + (doing.equals("checking")
                    ? "checked" : "computed"), "write deeply nested expressions in steps");
        }
        return Diagnostic.error("E999", at, "internal error while " + doing + " this statement: " + e,
                "this is a fault in indikator, not in your script; please report it with the script");
    }

    /**
     * The plans of a request as the shell's {@code :plan} prints them, e.g. {@code amenable by region, kön where
     * year == 2023}: each indicator's logical plan with its reference, then the physical plan of all of them
     * together; or the problems with the request.
     */
    public String explain(String request) {
        return planned(request, false);
    }

    /**
     * The SQL that {@code show REQUEST} sends to the engines that hold its data, as the shell's {@code :sql} prints
     * it; or the problems with the request.
     */
    public String sql(String request) {
        return planned(request, true);
    }

    private String planned(String request, boolean sql) {
        SourceFile source = new SourceFile("<plan>", "show " + request);
        Parser.Parsed parsed = Parser.parse(source);
        Diagnostics d = new Diagnostics();
        d.addAll(parsed.diagnostics());
        List<ResultRequest> requests = new ArrayList<>();
        if (!d.hasErrors() && parsed.program().statements().size() == 1
                && parsed.program().statements().get(0) instanceof Stmt.Show show) {
            Context c = new Context(catalog, functions, d, baseDir);
            for (var ind : show.indicators()) {
                c.request(ind, show.by(), show.where()).ifPresent(requests::add);
            }
        } else if (!d.hasErrors()) {
            return "write an indicator with its breakdowns and condition, e.g. :" + (sql ? "sql" : "plan")
                    + " amenable by region where year == 2023\n";
        }
        if (d.hasErrors()) {
            return se.indikator.runtime.diag.DiagnosticPrinter.formatAll(d.all());
        }
        Planner planner = new Planner(catalog);
        StringBuilder sb = new StringBuilder();
        List<IndicatorExecutor.Job> jobs = new ArrayList<>();
        for (ResultRequest r : requests) {
            QueryPlan plan = planner.plan(r);
            sb.append(se.indikator.runtime.plan.PlanPrinter.print(plan));
            jobs.add(new IndicatorExecutor.Job(new IndicatorExecutor(catalog, functions, r.settings()), plan));
        }
        se.indikator.runtime.plan.PhysicalPlan physical = IndicatorExecutor.physical(jobs);
        return sql ? physical.sql() : sb.append(physical.print()).toString();
    }
}
