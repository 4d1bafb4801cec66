package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.BreakdownExprVisitor;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.ValueType;

/**
 * Checks breakdown declarations (bands that make sense, case arms with labels) and whether a
 * breakdown can be applied to a data source: every column it reads must be there, e.g.
 * {@code breakdown 'education' needs column 'edu_level', which data 'deaths' does not have}.
 */
public final class BreakdownChecker {
    private final Catalog catalog;
    private final Functions functions;
    private final Diagnostics diagnostics;

    public BreakdownChecker(Catalog catalog, Functions functions, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.functions = functions;
        this.diagnostics = diagnostics;
    }

    /** The band labels of {@code band(col, from to to step step)}: "0-4", …, "85-89", "90+". */
    public static List<String> bandLabels(BreakdownExpr.Band b) {
        List<String> labels = new ArrayList<>();
        double lo = b.from();
        while (lo < b.to() - 1e-9) {
            double hi = Math.min(lo + b.step(), b.to());
            boolean whole = b.step() == Math.rint(b.step()) && lo == Math.rint(lo);
            labels.add(Numbers.plain(lo) + "-" + (whole ? Numbers.plain(hi - 1) : Numbers.plain(hi)));
            lo = hi;
        }
        labels.add(Numbers.plain(b.to()) + "+");
        return labels;
    }

    public Optional<BreakdownDef> declare(Stmt.Breakdown s) {
        return declared(s.name().text(), s.definition(), s.span());
    }

    /** A breakdown named {@code name} with this definition (declared, or written in a statement), or empty after reporting. */
    public Optional<BreakdownDef> declared(String name, BreakdownExpr def, Span span) {
        Optional<List<String>> categories = def.accept(new BreakdownExprVisitor<>() {
            @Override
            public Optional<List<String>> visitBand(BreakdownExpr.Band b) {
                return bandCategories(b);
            }

            @Override
            public Optional<List<String>> visitCase(BreakdownExpr.Case c) {
                return caseCategories(c);
            }

            @Override
            public Optional<List<String>> visitColumnValues(BreakdownExpr.ColumnValues c) {
                return Optional.of(List.of());
            }

            @Override
            public Optional<List<String>> visitRolling(BreakdownExpr.Rolling r) {
                if (r.width() < 2 || r.width() > 50 || r.width() != Math.rint(r.width())) {
                    diagnostics.error("E314", r.span(), "a rolling window must pool a whole number of periods from 2 to 50, not "
                            + Numbers.plain(r.width()), "e.g. " + r.column() + " rolling 3 (three-year windows)");
                    return Optional.empty();
                }
                return Optional.of(List.of());
            }
        });
        return categories.map(c -> new BreakdownDef(name, def, ColumnsUsed.of(def).keySet(), c, residual(def), span));
    }

    /**
     * The residual categories of a definition: the labels of {@code when missing}, of arms whose every condition
     * is {@code X is missing}, and of {@code else}; none for bands and columns.
     */
    static java.util.Set<String> residual(BreakdownExpr def) {
        return def.accept(new BreakdownExprVisitor<java.util.Set<String>>() {
            @Override
            public java.util.Set<String> visitBand(BreakdownExpr.Band b) {
                return java.util.Set.of();
            }

            @Override
            public java.util.Set<String> visitColumnValues(BreakdownExpr.ColumnValues c) {
                return java.util.Set.of();
            }

            @Override
            public java.util.Set<String> visitRolling(BreakdownExpr.Rolling r) {
                return java.util.Set.of();
            }

            @Override
            public java.util.Set<String> visitCase(BreakdownExpr.Case c) {
                java.util.Set<String> out = new java.util.LinkedHashSet<>();
                for (BreakdownExpr.When w : c.whens()) {
                    boolean missing = w.whenMissing() || !w.conditions().isEmpty()
                            && w.conditions().stream().allMatch(Exprs::isMissingTest);
                    if (missing && !w.result().missing()) {
                        out.add(w.result().text());
                    }
                }
                if (c.otherwise() != null && !c.otherwise().missing()) {
                    out.add(c.otherwise().text());
                }
                return out;
            }
        });
    }

    private Optional<List<String>> bandCategories(BreakdownExpr.Band b) {
        if (b.step() <= 0) {
            diagnostics.error("E310", b.span(), "the step of a band must be positive", "e.g. band(age, 0 to 90 step 5)");
            return Optional.empty();
        }
        if (b.to() <= b.from()) {
            diagnostics.error("E310", b.span(), "the band ends before it starts (" + Numbers.plain(b.from()) + " to "
                    + Numbers.plain(b.to()) + ")", "write the lower end first, e.g. 0 to 90");
            return Optional.empty();
        }
        if ((b.to() - b.from()) / b.step() > 1000) {
            diagnostics.error("E310", b.span(), "the band would have more than 1000 groups", "use a larger step");
            return Optional.empty();
        }
        return Optional.of(bandLabels(b));
    }

    private Optional<List<String>> caseCategories(BreakdownExpr.Case c) {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (BreakdownExpr.When w : c.whens()) {
            if (w.whenMissing() && c.subject() == null) {
                diagnostics.error("E311", w.span(), "'when missing' needs a subject: case COLUMN when missing then …",
                        "or write 'when COLUMN is missing then …'");
                return Optional.empty();
            }
            if (!w.result().missing()) {
                labels.add(w.result().text());
            }
        }
        if (c.otherwise() != null && !c.otherwise().missing()) {
            labels.add(c.otherwise().text());
        }
        if (!OverlappingArms.check(c, diagnostics)) {
            return Optional.empty();
        }
        if (labels.isEmpty()) {
            diagnostics.error("E312", c.span(), "the breakdown has no categories: every arm gives 'missing'",
                    "give at least one arm a \"label\"");
            return Optional.empty();
        }
        return Optional.of(new ArrayList<>(labels));
    }

    /**
     * Checks that {@code b} applies to {@code data}; {@code usage} is where the user asked for it.
     * Returns false (after reporting) when it does not.
     */
    public boolean appliesTo(BreakdownDef b, Dataset data, Span usage) {
        boolean ok = true;
        for (String col : b.columns()) {
            if (data.column(col).isEmpty()) {
                String what = b.isPlainColumn() && b.name().equals(col)
                        ? "unknown breakdown or column '" + col + "' in data '" + data.name() + "'"
                        : "breakdown '" + b.name() + "' needs column '" + col + "', which data '" + data.name()
                                + "' does not have";
                List<String> known = new ArrayList<>(data.columnNames());
                if (b.isPlainColumn()) {
                    known.addAll(catalog.breakdowns().keySet());
                }
                diagnostics.error("E401", usage, what, se.indikator.runtime.diag.Suggest.hint(col, known, "column"));
                ok = false;
            }
        }
        if (!ok) {
            return false;
        }
        ExprChecker ec = new ExprChecker(catalog, functions, diagnostics);
        return b.definition().accept(new BreakdownExprVisitor<Boolean>() {
            @Override
            public Boolean visitBand(BreakdownExpr.Band band) {
                var col = data.column(band.column()).orElseThrow();
                if (ValueType.of(col.type()) != ValueType.NUMBER) {
                    diagnostics.error("E202", usage, "breakdown '" + b.name() + "' bands column '" + band.column()
                            + "', which is " + ValueType.of(col.type()).word() + " in data '" + data.name() + "'",
                            "band() needs a numeric column such as age");
                    return false;
                }
                return true;
            }

            @Override
            public Boolean visitCase(BreakdownExpr.Case c) {
                boolean ok = true;
                for (BreakdownExpr.When w : c.whens()) {
                    for (Expr cond : w.conditions()) {
                        if (c.subject() != null) {
                            ok &= ec.check(new Expr.Binary(Expr.BinaryOp.EQ, c.subject(), cond, cond.span()), data)
                                    .isPresent();
                        } else {
                            ok &= ec.checkCondition(cond, data);
                        }
                    }
                }
                return ok;
            }

            @Override
            public Boolean visitColumnValues(BreakdownExpr.ColumnValues c) {
                return true;
            }

            @Override
            public Boolean visitRolling(BreakdownExpr.Rolling r) {
                return RollingPeriods.check(b, r, data, usage, diagnostics);
            }
        });
    }
}
