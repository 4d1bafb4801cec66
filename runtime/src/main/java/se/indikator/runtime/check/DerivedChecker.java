package se.indikator.runtime.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Polarity;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Derivation;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;

/**
 * Checks a derived indicator ({@code ratio of A where … to B where …}, {@code difference of A … from B …}): its
 * arms are indicators declared above that are not derived themselves, each arm's condition reads columns of
 * that indicator's data, a difference subtracts values of one unit (the same measure), and besides the
 * derivation only its title, metadata, polarity and target are given — what it counts, its interval method and
 * its disclosure rules are its arms'.
 */
final class DerivedChecker {
    private final Catalog catalog;
    private final Functions functions;
    private final Diagnostics diagnostics;

    DerivedChecker(Catalog catalog, Functions functions, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.functions = functions;
        this.diagnostics = diagnostics;
    }

    Optional<IndicatorDef> check(Stmt.Indicator s, Clause.Derived d) {
        long before = diagnostics.errorCount();
        Polarity polarity = Polarity.NONE;
        Clause.Target target = null;
        Map<String, String> meta = new LinkedHashMap<>();
        for (Clause c : s.clauses()) {
            if (c == d) {
                continue;
            }
            if (c instanceof Clause.Meta m) {
                meta.put(m.key(), m.value());
            } else if (c instanceof Clause.PolarityClause p) {
                polarity = p.polarity();
            } else if (c instanceof Clause.Target t) {
                target = t;
            } else {
                diagnostics.error("E371", c.span(), "a derived indicator takes what it counts, its intervals and its "
                        + "disclosure rules from its arms; '" + s.name().text() + "' cannot have this clause too",
                        "give the clause to the indicators it is derived from, or remove it");
            }
        }
        IndicatorDef left = arm(d.left(), d.leftWhere());
        IndicatorDef right = arm(d.right(), d.rightWhere());
        if (left != null && right != null && !d.ratio() && !left.measure().describe().equals(right.measure().describe())) {
            diagnostics.error("E373", d.span(), "the difference of a " + left.measure().describe() + " and a "
                    + right.measure().describe() + " has no unit", "subtract indicators of one measure, or take their ratio");
        }
        if (diagnostics.errorCount() > before || left == null || right == null) {
            return Optional.empty();
        }
        Measure measure = d.ratio() ? new Measure(Measure.Kind.RATIO, 1, null, null, d.span()) : left.measure();
        String title = s.title() != null ? s.title() : meta.get("title");
        return Optional.of(new IndicatorDef(s.name().text(), title, left.shape(), left.cohortSource(), left.cohortWhere(),
                left.numeratorCondition(), left.denominatorCondition(), left.numerator(), left.denominator(), measure,
                left.ciMethod(), left.levels(), polarity, target, List.of(), false, null, null, List.of(), List.of(), null,
                null, meta, s.span(), s.span().source().text().isEmpty() ? "" : IndicatorChecker.sourceText(s.span()),
                new Derivation(d.ratio(), left, d.leftWhere(), right, d.rightWhere())));
    }

    /** An arm's indicator, with its condition checked against its data; null after reporting. */
    private IndicatorDef arm(Name name, Expr where) {
        Optional<IndicatorDef> ind = catalog.indicator(name.text());
        if (ind.isEmpty()) {
            if (!catalog.isBroken(name.text())) {
                diagnostics.error("E372", name.span(), "unknown indicator '" + name.text() + "'",
                        Suggest.hint(name.text(), catalog.indicators().keySet(), "indicator declared above"));
            }
            return null;
        }
        if (ind.get().isDerived()) {
            diagnostics.error("E372", name.span(), "'" + name.text() + "' is derived itself; a derived indicator is "
                    + "computed from indicators that count", "derive from the indicators '" + name.text() + "' is made of");
            return null;
        }
        if (ind.get().measure().kind() == Measure.Kind.SURVIVAL) {
            diagnostics.error("E372", name.span(), "relative survival cannot be an arm of a derived indicator",
                    "show the survival indicator by the groups to compare");
            return null;
        }
        if (where != null) {
            ExprChecker exprs = new ExprChecker(catalog, functions, diagnostics);
            for (String src : ind.get().sources()) {
                catalog.data(src).ifPresent(data -> exprs.checkCondition(where, data));
            }
        }
        return ind.get();
    }
}
