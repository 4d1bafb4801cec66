package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Program;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.check.BreakdownChecker;
import se.indikator.runtime.check.ColumnsUsed;
import se.indikator.runtime.check.ExprChecker;
import se.indikator.runtime.check.IndicatorChecker;
import se.indikator.runtime.check.StandardisationChecker;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.exec.IndicatorExecutor;
import se.indikator.runtime.exec.ResultBuilder;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.parse.Parser;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.progress.ProgressListener;
import se.indikator.runtime.result.CsvWriter;
import se.indikator.runtime.result.ResultTable;

/**
 * The headless session that the command line, the shell, the notebook renderer and the tests all
 * drive: it holds the declared data, breakdowns, standardisations and indicators, and runs scripts
 * in two phases — check every statement (reporting all errors), then, only if there were none,
 * compute the results.
 */
public final class Session {
    private final Catalog catalog = new Catalog();
    private final Functions functions = new Functions();
    private Path baseDir;
    private Path csvDir;
    private JavaCells javaCells;
    private Path plotsDir;
    private ProgressListener progress = ProgressListener.NONE;

    /** Receives the progress of reading data files and of computing (the shell and the CLI draw it). */
    public void progress(ProgressListener listener) {
        this.progress = listener == null ? ProgressListener.NONE : listener;
    }

    public ProgressListener progress() {
        return progress;
    }

    /** Where charts are written as PNG and SVG (default: the folder 'plots' beside the script). */
    public Path plotsDir() {
        return plotsDir != null ? plotsDir : baseDir.resolve("plots");
    }

    public void plotsDir(Path dir) {
        this.plotsDir = dir;
    }

    /** Plugs in the evaluator of {@code java { … }} cells. */
    public void javaCells(JavaCells cells) {
        this.javaCells = cells;
    }

    public Session(Path baseDir) {
        this.baseDir = baseDir;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Functions functions() {
        return functions;
    }

    public Path baseDir() {
        return baseDir;
    }

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

    public RunResult runFile(Path file, boolean execute) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        baseDir = parent;
        return run(new SourceFile(displayName(file), text), execute);
    }

    private static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : file.toString();
    }

    public RunResult run(SourceFile source, boolean execute) {
        Parser.Parsed parsed = Parser.parse(source);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(parsed.diagnostics());
        Program program = parsed.program();
        parsed.unparsedNames().forEach(catalog::markBroken);
        List<Runnable> work = new ArrayList<>();
        List<Span> workSpans = new ArrayList<>();
        List<StatementResult> results = new ArrayList<>();
        List<List<Output>> outputs = new ArrayList<>();
        java.util.Map<Diagnostic, Integer> anchors = new java.util.IdentityHashMap<>();
        for (Stmt s : program.statements()) {
            List<Output> out = new ArrayList<>();
            outputs.add(out);
            results.add(null);
            int index = results.size() - 1;
            int before = diagnostics.all().size();
            Runnable task = checkStatement(s, diagnostics, out);
            for (int k = before; k < diagnostics.all().size(); k++) {
                anchors.put(diagnostics.all().get(k), s.span().line());
            }
            if (task != null) {
                work.add(task);
                workSpans.add(s.span());
            }
            final Stmt stmt = s;
            results.set(index, new StatementResult(stmt, List.of()));
        }
        if (execute && !diagnostics.hasErrors()) {
            runWork(work, workSpans, diagnostics);
        }
        for (int i = 0; i < results.size(); i++) {
            results.set(i, new StatementResult(results.get(i).statement(), outputs.get(i)));
        }
        for (List<Output> out : outputs) {
            for (Output o : out) {
                if (o instanceof Output.Message m) {
                    diagnostics.add(m.diagnostic());
                }
            }
        }
        List<Diagnostic> ordered = new ArrayList<>(diagnostics.all());
        ordered.sort(java.util.Comparator.comparingInt((Diagnostic x) -> anchors.getOrDefault(x,
                x.span().isKnown() && x.span().source() == source ? x.span().line() : Integer.MAX_VALUE)));
        return new RunResult(ordered, results);
    }

    /**
     * Does the work queued by the statements, in order. The requests of consecutive {@code show} and
     * {@code export} statements (statements without work of their own, such as prose, may stand between
     * them) are computed as one batch, each with the settings in force at its statement; the outputs
     * still go to each statement's own list, so the result is the same as computing them one by one.
     */
    private void runWork(List<Runnable> work, List<Span> workSpans, Diagnostics diagnostics) {
        int i = 0;
        while (i < work.size()) {
            int j = i;
            while (j < work.size() && work.get(j) instanceof Shown) {
                j++;
            }
            if (j - i >= 2) {
                List<Shown> batch = new ArrayList<>();
                for (int k = i; k < j; k++) {
                    batch.add((Shown) work.get(k));
                }
                List<IndicatorExecutor.Computed> computed;
                try {
                    computed = computeAll(batch);
                } catch (java.util.concurrent.CancellationException e) {
                    diagnostics.add(Diagnostic.warning("W900", workSpans.get(i), "interrupted", "the statements after it were not run"));
                    return;
                } catch (RuntimeException e) {
                    computed = null; // computed one by one below, so that the fault is reported at its statement
                }
                if (computed != null) {
                    int next = 0;
                    for (int k = i; k < j; k++) {
                        Shown sh = batch.get(k - i);
                        List<IndicatorExecutor.Computed> mine = computed.subList(next, next + sh.requests.size());
                        next += sh.requests.size();
                        try {
                            sh.present(mine);
                        } catch (RuntimeException e) {
                            diagnostics.add(internalError(workSpans.get(k), e));
                        }
                    }
                    i = j;
                    continue;
                }
            } else {
                j = i + 1;
            }
            for (int k = i; k < j; k++) {
                try {
                    work.get(k).run();
                } catch (java.util.concurrent.CancellationException e) {
                    diagnostics.add(Diagnostic.warning("W900", workSpans.get(k), "interrupted", "the statements after it were not run"));
                    return;
                } catch (RuntimeException e) {
                    diagnostics.add(internalError(workSpans.get(k), e));
                }
            }
            i = j;
        }
    }

    private static Diagnostic internalError(Span at, RuntimeException e) {
        return Diagnostic.error("E999", at, "internal error while computing this statement: " + e,
                "this is a fault in indikator, not in your script; please report it with the script");
    }

    /** The work of a {@code show} (one or more indicators) or an {@code export}: requests that can be batched. */
    private final class Shown implements Runnable {
        final List<Request> requests;
        final Stmt.Export export;
        final List<Output> out;

        Shown(List<Request> requests, Stmt.Export export, List<Output> out) {
            this.requests = List.copyOf(requests);
            this.export = export;
            this.out = out;
        }

        @Override
        public void run() {
            present(computeAll(List.of(this)));
        }

        void present(List<IndicatorExecutor.Computed> computed) {
            for (int k = 0; k < requests.size(); k++) {
                Request req = requests.get(k);
                IndicatorExecutor.Computed c = computed.get(k);
                table(req, c, out).ifPresent(t -> presentTable(req, t, c.plan(), out, export));
            }
        }
    }

    /** Plans the requests of the statements and computes them together ({@link IndicatorExecutor#executeAll}). */
    private List<IndicatorExecutor.Computed> computeAll(List<Shown> statements) {
        List<IndicatorExecutor.Job> jobs = new ArrayList<>();
        for (Shown sh : statements) {
            for (Request req : sh.requests) {
                IndicatorExecutor ex = new IndicatorExecutor(catalog, functions, req.settings());
                QueryPlan plan = ex.plan(req.indicator(), req.by(), req.where());
                QueryPlan nationalPlan = req.where() == null ? null : ex.plan(req.indicator(), List.of(), null);
                jobs.add(new IndicatorExecutor.Job(ex, plan, nationalPlan));
            }
        }
        return IndicatorExecutor.executeAll(jobs, progress);
    }

    /** Checks (and declares) one statement; returns the work to do when the script is run, or null. */
    private Runnable checkStatement(Stmt s, Diagnostics d, List<Output> out) {
        if (s instanceof Stmt.Prose p) {
            out.add(new Output.Prose(p.markdown()));
            return null;
        } else if (s instanceof Stmt.SetLanguage l) {
            String lang = l.language().text();
            if (!lang.equals("sv") && !lang.equals("en")) {
                d.error("E110", l.language().span(), "unknown language '" + lang + "'", "use sv or en");
            } else {
                catalog.settings(catalog.settings().withLanguage(lang));
            }
        } else if (s instanceof Stmt.SetConfidence c) {
            boolean ok = true;
            for (double l : c.levels()) {
                if (l <= 0 || l >= 1) {
                    d.error("E307", c.span(), "a confidence level must lie between 0% and 100%", "e.g. set confidence 95%, 99.8%");
                    ok = false;
                }
            }
            if (ok) {
                catalog.settings(catalog.settings().withLevels(c.levels()));
            }
        } else if (s instanceof Stmt.SetAdjust a) {
            String m = a.method().text().toLowerCase(java.util.Locale.ROOT);
            m = m.equals("benjamini-hochberg") || m.equals("fdr") ? "bh" : m;
            if (!List.of("none", "holm", "bh").contains(m)) {
                d.error("E111", a.method().span(), "unknown adjustment '" + a.method().text() + "'",
                        "use holm (family-wise error), bh (Benjamini–Hochberg false discovery rate) or none");
            } else {
                catalog.settings(catalog.settings().withAdjust(m));
            }
        } else if (s instanceof Stmt.SetSuppress sup) {
            catalog.settings(catalog.settings().withSuppressBelow(sup.below()));
        } else if (s instanceof Stmt.Data data) {
            DataStatement.load(data, baseDir, catalog, progress, d);
        } else if (s instanceof Stmt.ListDecl l) {
            List<String> values = new ArrayList<>();
            for (Expr e : l.values()) {
                Object v = Exprs.literalValue(e);
                values.add(v instanceof Double n ? se.indikator.runtime.ast.Numbers.plain(n)
                        : v instanceof String str ? str : e.span().text());
            }
            catalog.putList(l.name().text(), values);
        } else if (s instanceof Stmt.Breakdown b) {
            new BreakdownChecker(catalog, functions, d).declare(b)
                    .ifPresentOrElse(catalog::putBreakdown, () -> catalog.markBroken(b.name().text()));
        } else if (s instanceof Stmt.Standardisation st) {
            if (new StandardisationChecker(catalog, functions, d).checkDeclaration(st.spec())) {
                catalog.putStandardisation(st.name().text(), st.spec());
            }
        } else if (s instanceof Stmt.Indicator ind) {
            Optional<IndicatorDef> def = new IndicatorChecker(catalog, functions, d).check(ind);
            def.ifPresentOrElse(catalog::putIndicator, () -> catalog.markBroken(ind.name().text()));
        } else if (s instanceof Stmt.Show show) {
            List<Request> requests = new ArrayList<>();
            java.util.Set<String> named = new java.util.HashSet<>();
            for (Name target : show.indicators()) {
                if (!named.add(target.text())) {
                    d.error("E105", target.span(), "'" + target.text() + "' is named twice after 'show'",
                            "name each indicator once");
                    continue;
                }
                request(target, show.by(), show.where(), d).ifPresent(requests::add);
            }
            return requests.isEmpty() ? null : new Shown(requests, null, out);
        } else if (s instanceof Stmt.Export ex) {
            Optional<Request> r = request(ex.indicator(), ex.by(), ex.where(), d);
            return r.map(req -> (Runnable) new Shown(List.of(req), ex, out)).orElse(null);
        } else if (s instanceof Stmt.Compare c) {
            List<Name> by = c.within() == null ? List.of(c.across()) : List.of(c.within(), c.across());
            Optional<Request> r = request(c.indicator(), by, null, d);
            if (r.isPresent() && c.reference() != null) {
                BreakdownDef across = r.get().by().get(r.get().by().size() - 1);
                if (across.hasFixedCategories() && !across.categories().contains(c.reference())) {
                    d.error("E331", c.span(), "the reference \"" + c.reference() + "\" is not a category of '"
                            + across.name() + "'", Suggest.hint(c.reference(), across.categories(), "category"));
                    return null;
                }
            }
            return r.map(req -> (Runnable) () -> compare(req, c, out)).orElse(null);
        } else if (s instanceof Stmt.Use u) {
            new Includes(this).use(u, d);
        } else if (s instanceof Stmt.Plot || s instanceof Stmt.Profile || s instanceof Stmt.Heat) {
            return new Presentations(this, d).check(s, out);
        } else if (s instanceof Stmt.Funnel fu) {
            return new FunnelTable(this, d).check(fu, out, new Presentations(this, d));
        } else if (s instanceof Stmt.Trend tr) {
            return new TrendTable(this, d).check(tr, out);
        } else if (s instanceof Stmt.Inequality in) {
            return new InequalityTable(this, d).check(in, out);
        } else if (s instanceof Stmt.InequalityOfValues iv) {
            return new InequalityOfValues(this, d).check(iv, out);
        } else if (s instanceof Stmt.FunnelOfValues fv) {
            return new FunnelOfValues(this, d).check(fv, out, new Presentations(this, d));
        } else if (s instanceof Stmt.Rank rk) {
            return new Ranking(this, d).check(rk, out);
        } else if (s instanceof Stmt.Relate rel) {
            return new Causes(this, d).check(rel, out);
        } else if (s instanceof Stmt.JavaCell j) {
            javaCell(j, d, out);
        } else if (s instanceof Stmt.Quality q) {
            return new CatalogueAndQuality(this).quality(q, d, out);
        } else if (s instanceof Stmt.Catalogue c) {
            return () -> new CatalogueAndQuality(this).catalogue(c, out);
        } else if (s instanceof Stmt.Import imp) {
            new Includes(this).importFile(imp, d);
        }
        return null;
    }

    private void javaCell(Stmt.JavaCell j, Diagnostics d, List<Output> out) {
        if (javaCells == null) {
            d.error("E150", j.span(), "Java cells are not available here", "run the script with the indikator command");
            return;
        }
        SessionTables.current(this);
        JavaCells.Outcome o = javaCells.eval(j.code());
        for (JavaCells.Problem p : o.problems()) {
            int line = j.codeSpan().line() + p.line() - 1;
            int col = p.line() == 1 ? j.codeSpan().column() + p.column() - 1 : Math.max(1, p.column());
            Span at = new Span(j.span().source(), line, col, line, col + 1);
            if (p.error()) {
                d.error("E151", at, "Java: " + p.message(), "the cell's other snippets were kept; fix this one and run the cell again");
            } else {
                d.warning("W151", at, "Java: " + p.message(), null);
            }
        }
        o.functions().forEach(functions::add);
        if (!o.output().isEmpty()) {
            out.add(new Output.Text(o.output().stripTrailing()));
        }
    }

    /** A checked request for an indicator's result. */
    record Request(IndicatorDef indicator, List<BreakdownDef> by, Expr where, se.indikator.runtime.model.Settings settings) {
    }

    Optional<Request> request(Name indName, List<Name> by, Expr where, Diagnostics d) {
        Optional<IndicatorDef> ind = catalog.indicator(indName.text());
        if (ind.isEmpty() && catalog.isBroken(indName.text())) {
            return Optional.empty();
        }
        if (ind.isEmpty()) {
            d.error("E102", indName.span(), "unknown indicator '" + indName.text() + "'",
                    Suggest.hint(indName.text(), catalog.indicators().keySet(), "indicator"));
            return Optional.empty();
        }
        List<Dataset> sources = new ArrayList<>();
        for (String src : ind.get().sources()) {
            catalog.data(src).ifPresent(sources::add);
        }
        if (sources.size() != ind.get().sources().size()) {
            return Optional.empty();
        }
        boolean ok = true;
        List<BreakdownDef> defs = new ArrayList<>();
        BreakdownChecker bc = new BreakdownChecker(catalog, functions, d);
        for (Name b : by) {
            BreakdownDef def = catalog.breakdown(b.text()).orElse(null);
            if (def == null && catalog.isBroken(b.text())) {
                ok = false;
                continue;
            }
            if (def == null) {
                boolean column = sources.stream().allMatch(ds -> ds.column(b.text()).isPresent());
                if (!column && sources.stream().noneMatch(ds -> ds.column(b.text()).isPresent())) {
                    List<String> known = new ArrayList<>(catalog.breakdowns().keySet());
                    sources.forEach(ds -> known.addAll(ds.columnNames()));
                    d.error("E103", b.span(), "unknown breakdown or column '" + b.text() + "'",
                            Suggest.hint(b.text(), new java.util.TreeSet<>(known), "breakdown or column"));
                    ok = false;
                    continue;
                }
                def = BreakdownDef.ofColumn(b.text(), b.span());
            }
            if (defs.stream().anyMatch(x -> x.name().equals(b.text()))) {
                d.error("E104", b.span(), "'" + b.text() + "' is named twice after 'by'", "name each breakdown once");
                ok = false;
                continue;
            }
            for (Dataset ds : sources) {
                ok &= bc.appliesTo(def, ds, b.span());
            }
            defs.add(def);
        }
        if (where != null) {
            for (Dataset ds : sources) {
                Diagnostics local = new Diagnostics();
                new ExprChecker(catalog, functions, local).checkCondition(where, ds);
                if (local.hasErrors()) {
                    boolean missingColumn = local.all().stream().anyMatch(x -> x.code().equals("E201"));
                    if (missingColumn && sources.size() > 1) {
                        for (var e : ColumnsUsed.of(where).entrySet()) {
                            if (ds.column(e.getKey()).isEmpty()) {
                                d.error("E201", e.getValue(), "column '" + e.getKey() + "' of the 'where' is not in data '"
                                        + ds.name() + "', which indicator '" + indName.text() + "' also reads",
                                        Suggest.hint(e.getKey(), ds.columnNames(), "column"));
                            }
                        }
                    } else {
                        local.all().forEach(d::add);
                    }
                    ok = false;
                }
            }
        }
        return ok ? Optional.of(new Request(ind.get(), defs, where, catalog.settings())) : Optional.empty();
    }

    /** Plans and computes one request's result table; notices (warnings, data errors) go to the outputs. */
    Optional<ResultTable> table(Request req, List<Output> out) {
        IndicatorExecutor ex = new IndicatorExecutor(catalog, functions, req.settings());
        QueryPlan plan = ex.plan(req.indicator(), req.by(), req.where());
        QueryPlan nationalPlan = req.where() == null ? null : ex.plan(req.indicator(), List.of(), null);
        return table(req, ex.execute(plan, nationalPlan), out);
    }

    /** One request's result table from what was computed; notices (warnings, data errors) go to the outputs. */
    private Optional<ResultTable> table(Request req, IndicatorExecutor.Computed c, List<Output> out) {
        boolean failed = false;
        for (Diagnostic n : c.notices()) {
            out.add(new Output.Message(n));
            failed |= n.isError();
        }
        if (failed) {
            return Optional.empty();
        }
        return Optional.of(ResultBuilder.build(c, req.settings(), req.where() != null));
    }

    /** Adds a request's table to the outputs, or writes it to the export's file. */
    private void presentTable(Request req, ResultTable table, QueryPlan plan, List<Output> out, Stmt.Export export) {
        if (export != null) {
            Path file = baseDir.resolve(export.path());
            try {
                CsvWriter.write(table, file);
                out.add(new Output.Text("wrote " + table.rows().size() + " rows to " + export.path()));
            } catch (IOException e) {
                out.add(new Output.Message(Diagnostic.error("E140", export.pathSpan(), "cannot write '" + export.path()
                        + "': " + e.getMessage(), "check that the folder can be written")));
            }
        } else {
            out.add(new Output.Table(table, plan));
            if (csvDir != null) {
                String name = req.indicator().name() + (req.by().isEmpty() ? "" : "_by_"
                        + String.join("_", req.by().stream().map(BreakdownDef::name).toList())) + ".csv";
                try {
                    CsvWriter.write(table, csvDir.resolve(name));
                } catch (IOException e) {
                    out.add(new Output.Message(Diagnostic.error("E140", Span.NONE, "cannot write " + name + ": "
                            + e.getMessage(), null)));
                }
            }
        }
    }

    private void compare(Request req, Stmt.Compare c, List<Output> out) {
        IndicatorExecutor ex = new IndicatorExecutor(catalog, functions, req.settings());
        QueryPlan plan = ex.plan(req.indicator(), req.by(), null);
        IndicatorExecutor.Computed computed = ex.execute(plan, null);
        boolean failed = false;
        for (Diagnostic n : computed.notices()) {
            out.add(new Output.Message(n));
            failed |= n.isError();
        }
        if (failed) {
            return;
        }
        se.indikator.runtime.exec.ComparisonBuilder.Built b = se.indikator.runtime.exec.ComparisonBuilder.build(computed,
                c.reference(), c.within() != null, c.span(), req.settings().swedish());
        if (b.problem() != null) {
            out.add(new Output.Message(b.problem()));
        } else {
            out.add(new Output.Table(b.table(), plan));
        }
    }

    /** The plan of {@code IND by …} as printed by the shell's {@code :plan}. */
    public Optional<QueryPlan> plan(String indicator, List<String> by) {
        Optional<IndicatorDef> ind = catalog.indicator(indicator);
        if (ind.isEmpty()) {
            return Optional.empty();
        }
        List<BreakdownDef> defs = new ArrayList<>();
        for (String b : by) {
            defs.add(catalog.breakdown(b).orElse(BreakdownDef.ofColumn(b, Span.NONE)));
        }
        return Optional.of(new IndicatorExecutor(catalog, functions, catalog.settings()).plan(ind.get(), defs, null));
    }
}
