package se.indikator.runtime.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.check.BreakdownChecker;
import se.indikator.runtime.check.IndicatorChecker;
import se.indikator.runtime.check.StandardisationChecker;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.output.Output;

/**
 * The statements that declare — {@code set}, {@code data}, {@code list}, {@code breakdown},
 * {@code standardisation}, {@code indicator}, {@code unit}, {@code use}, {@code import} and Java cells —
 * checked and entered in the session's catalogue as the script is checked, so later statements see them.
 */
final class Declarations {
    private final Session session;
    private final Path base;
    private final List<Path> includes;
    private final Diagnostics d;

    /**
     * @param base the folder the statements' paths are relative to
     * @param includes the files being imported, outermost first (an import of one of them is a cycle)
     */
    Declarations(Session session, Path base, List<Path> includes, Diagnostics d) {
        this.session = session;
        this.base = base;
        this.includes = includes;
        this.d = d;
    }

    /** Whether the statement declares (rather than computes or presents). */
    static boolean declares(Stmt s) {
        return s instanceof Stmt.SetLanguage || s instanceof Stmt.SetConfidence || s instanceof Stmt.SetAdjust
                || s instanceof Stmt.SetCache || s instanceof Stmt.SetCsvFormulas || s instanceof Stmt.SetCsvFormat || s instanceof Stmt.SetColumns
                || s instanceof Stmt.SetChart || s instanceof Stmt.SetEngineMemory
                || s instanceof Stmt.SetSuppress || s instanceof Stmt.Data || s instanceof Stmt.Scan || s instanceof Stmt.Connection || s instanceof Stmt.Table || s instanceof Stmt.ListDecl
                || s instanceof Stmt.Breakdown || s instanceof Stmt.Standardisation || s instanceof Stmt.Indicator
                || s instanceof Stmt.Unit || s instanceof Stmt.Use || s instanceof Stmt.Import || s instanceof Stmt.JavaCell;
    }

    /** Checks and declares one statement; what it prints (a Java cell's output) goes to {@code out}. */
    void declare(Stmt s, List<Output> out) {
        Catalog catalog = session.catalog();
        declaredAgain(s);
        if (s instanceof Stmt.SetLanguage l) {
            String lang = l.language().text();
            if (!lang.equals("sv") && !lang.equals("en")) {
                d.error("E110", l.language().span(), "unknown language '" + lang + "'", "use sv or en");
            } else {
                catalog.settings(catalog.settings().withLanguage(lang));
            }
        } else if (s instanceof Stmt.SetConfidence c) {
            if (se.indikator.runtime.check.Levels.valid(c.levels(), c.span(), d)) {
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
        } else if (s instanceof Stmt.SetCache sc) {
            String v = sc.value().text().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("on") && !v.equals("off")) {
                d.error("E112", sc.value().span(), "unknown cache setting '" + sc.value().text() + "'",
                        "use 'set cache off' to keep large data files out of the cache, 'set cache on' to use it");
            } else {
                catalog.settings(catalog.settings().withCache(v.equals("on")));
            }
        } else if (s instanceof Stmt.SetCsvFormulas f) {
            String v = f.value().text().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("neutralised") || v.equals("neutralized")) {
                catalog.settings(catalog.settings().withNeutraliseCsv(true));
            } else if (v.equals("allowed")) {
                catalog.settings(catalog.settings().withNeutraliseCsv(false));
            } else {
                d.error("E113", f.value().span(), "unknown csv formulas setting '" + f.value().text() + "'",
                        "use 'set csv formulas neutralised' (the default: text starting with = + - @ gets a leading ') "
                                + "or 'set csv formulas allowed' (written as it is, for programs that read the files)");
            }
        } else if (s instanceof Stmt.SetCsvFormat f) {
            String v = f.value().text().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("swedish") || v.equals("standard")) {
                catalog.settings(catalog.settings().withSwedishCsv(v.equals("swedish")));
            } else {
                d.error("E114", f.value().span(), "unknown csv format '" + f.value().text() + "'",
                        "use 'set csv format swedish' (semicolons, decimal commas and UTF-8 with a byte-order mark, "
                                + "for Excel in Sweden) or 'set csv format standard' (RFC 4180: commas and points, the default)");
            }
        } else if (s instanceof Stmt.SetColumns sc) {
            String v = sc.value().text();
            if (!se.indikator.runtime.result.ColumnChoice.WORDS.contains(v)) {
                d.error("E115", sc.value().span(), "unknown columns setting '" + v + "'",
                        se.indikator.runtime.diag.Suggest.closest(v, se.indikator.runtime.result.ColumnChoice.WORDS)
                                .map(w -> "did you mean '" + w + "'? ").orElse("")
                                + "use compact (the groups, value, interval, reference and comparison), counts (the same"
                                + " with numerator and denominator) or all");
            } else {
                catalog.settings(catalog.settings().withColumns(v));
            }
        } else if (s instanceof Stmt.SetChart ch) {
            ChartSetting.apply(ch, catalog, d);
        } else if (s instanceof Stmt.SetSuppress sup) {
            catalog.settings(catalog.settings().withSuppressBelow(sup.below()));
        } else if (s instanceof Stmt.Data data) {
            session.readFiles().add(base, data.path(), "a data file this run reads (data " + data.name().text() + ")");
            DataStatement.load(data, base, catalog, session.progress(), session.cacheFolder(), session.loadedData(), d);
        } else if (s instanceof Stmt.Scan scan) {
            session.readFiles().add(base, scan.path(), "a data file this run reads (data " + scan.name().text() + ")");
            session.connections().scan(scan, base, catalog, d);
        } else if (s instanceof Stmt.Connection c) {
            if (c.kind().equals("duckdb")) {
                session.readFiles().add(base, c.url(), "a database file this run reads (connection " + c.name().text() + ")");
            }
            session.connections().connect(c, base, d);
        } else if (s instanceof Stmt.SetEngineMemory m) {
            session.connections().memory(m, d);
        } else if (s instanceof Stmt.Table t) {
            session.connections().table(t, catalog, d);
        } else if (s instanceof Stmt.ListDecl l) {
            List<String> values = new ArrayList<>();
            for (Expr e : l.values()) {
                Object v = se.indikator.runtime.ast.Exprs.literalValue(e);
                values.add(v instanceof Double n ? se.indikator.runtime.ast.Numbers.plain(n)
                        : v instanceof String str ? str : e.span().text());
            }
            catalog.putList(l.name().text(), values);
        } else if (s instanceof Stmt.Breakdown b) {
            new BreakdownChecker(catalog, session.functions(), d).declare(b)
                    .ifPresentOrElse(catalog::putBreakdown, () -> catalog.markBroken(b.name().text()));
        } else if (s instanceof Stmt.Standardisation st) {
            if (new StandardisationChecker(catalog, session.functions(), d).checkDeclaration(st.spec())) {
                catalog.putStandardisation(st.name().text(), st.spec());
            }
        } else if (s instanceof Stmt.Indicator ind) {
            Optional<IndicatorDef> def = new IndicatorChecker(catalog, session.functions(), d).check(ind);
            def.ifPresentOrElse(catalog::putIndicator, () -> catalog.markBroken(ind.name().text()));
        } else if (s instanceof Stmt.Unit u) {
            unit(u);
        } else if (s instanceof Stmt.Use u) {
            new Includes(session, base, includes).use(u, d);
        } else if (s instanceof Stmt.Import imp) {
            new Includes(session, base, includes).importFile(imp, d);
        } else if (s instanceof Stmt.JavaCell j) {
            javaCell(j, out);
        }
    }

    /** The names this script has declared so far, by kind, with where. */
    private final java.util.Map<String, Span> declared = new java.util.HashMap<>();

    /**
     * A warning when a script declares the same data, list, breakdown, standardisation or indicator twice: the
     * later one is used, which is seldom what was meant in one script (in the shell, declaring again across
     * inputs is how a definition is changed, and is not warned about).
     */
    private void declaredAgain(Stmt s) {
        Name name = s instanceof Stmt.Data x ? x.name() : s instanceof Stmt.Scan x ? x.name() : s instanceof Stmt.Table x ? x.name() : s instanceof Stmt.ListDecl x ? x.name()
                : s instanceof Stmt.Breakdown x ? x.name() : s instanceof Stmt.Standardisation x ? x.name()
                : s instanceof Stmt.Indicator x ? x.name() : null;
        if (name == null) {
            return;
        }
        String kind = s instanceof Stmt.Data || s instanceof Stmt.Scan || s instanceof Stmt.Table ? "data" : s instanceof Stmt.ListDecl ? "list"
                : s instanceof Stmt.Breakdown ? "breakdown" : s instanceof Stmt.Standardisation ? "standardisation"
                : "indicator";
        Span before = declared.put(kind + " " + name.text(), name.span());
        if (before != null) {
            d.warning("W101", name.span(), kind + " '" + name.text() + "' is declared again; this declaration replaces the one on line "
                    + before.line(), "give the second one another name, or remove the first");
        }
    }

    /** {@code unit region, sjukhus}: each name must be a breakdown or a column of loaded data. */
    private void unit(Stmt.Unit u) {
        Catalog catalog = session.catalog();
        for (Name n : u.names()) {
            boolean column = catalog.allData().values().stream().anyMatch(ds -> ds.column(n.text()).isPresent());
            if (catalog.breakdown(n.text()).isPresent() || column) {
                catalog.putUnit(n.text());
            } else if (!catalog.isBroken(n.text())) {
                List<String> known = new ArrayList<>(catalog.breakdowns().keySet());
                catalog.allData().values().forEach(ds -> known.addAll(ds.columnNames()));
                d.error("E107", n.span(), "unknown breakdown or column '" + n.text() + "' declared as a unit",
                        Suggest.hint(n.text(), new java.util.TreeSet<>(known), "breakdown or column"));
            }
        }
    }

    private void javaCell(Stmt.JavaCell j, List<Output> out) {
        JavaCells cells = session.javaCells();
        if (cells == null) {
            d.error("E150", j.span(), "Java cells are not available here", "run the script with the indikator command");
            return;
        }
        SessionTables.current(session, j.span());
        JavaCells.Outcome o = cells.eval(j.code());
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
        o.functions().forEach(session.functions()::add);
        if (!o.output().isEmpty()) {
            out.add(new Output.Text(o.output().stripTrailing()));
        }
    }
}
