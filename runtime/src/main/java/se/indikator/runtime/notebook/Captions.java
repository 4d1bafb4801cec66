package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.result.ResultTable;

/**
 * Makes the {@link Caption} of a statement's table or chart from what the statement and its result say:
 * the indicators it names (looked up in the catalogue), the period its condition or trend covers, and
 * the table's note about what it is compared with.
 */
final class Captions {
    private Captions() {
    }

    /** Columns and words that name a period, for a condition such as {@code year == 2023}. */
    private static final Set<String> PERIOD_COLUMNS = Set.of("year", "år", "ar", "period", "month", "månad", "quarter",
            "kvartal", "halvår", "tertial");

    /** The indicators a statement names, in order. */
    static List<String> indicators(Stmt s) {
        List<Name> names = new ArrayList<>();
        if (s instanceof Stmt.Show x) {
            names.addAll(x.indicators());
        } else if (s instanceof Stmt.Export x) {
            names.add(x.indicator());
        } else if (s instanceof Stmt.Compare x) {
            names.add(x.indicator());
        } else if (s instanceof Stmt.Plot x) {
            names.add(x.indicator());
        } else if (s instanceof Stmt.Profile x) {
            names.addAll(x.indicators());
        } else if (s instanceof Stmt.Heat x) {
            names.addAll(x.indicators());
        } else if (s instanceof Stmt.Relate x) {
            names.add(x.indicator());
        } else if (s instanceof Stmt.Inequality x) {
            names.add(x.indicator());
        } else if (s instanceof Stmt.Trend x) {
            names.add(x.indicator());
        } else if (s instanceof Stmt.Funnel x) {
            names.add(x.indicator());
        } else if (s instanceof Stmt.Rank x) {
            names.add(x.indicator());
        }
        return names.stream().filter(n -> n != null).map(Name::text).toList();
    }

    /** The caption of output {@code o} of statement {@code s}, or null when it is no table or chart. */
    static Caption of(Stmt s, Output o, Function<String, Optional<IndicatorDef>> lookup, CellOptions options, String label) {
        List<IndicatorDef> named = indicators(s).stream().map(lookup).flatMap(Optional::stream).toList();
        if (o instanceof Output.Table t) {
            IndicatorDef ind = t.plan() != null ? t.plan().indicator() : named.size() == 1 ? named.get(0) : null;
            String headline = options.caption() != null ? options.caption()
                    : t.plan() != null && ind != null && ind.title() != null ? ind.title() : t.table().title();
            return new Caption(Caption.Kind.TABLE, headline == null ? "" : headline, ind == null ? null : ind.measure().describe(), ind == null ? null : ind.standardisationName(),
                    period(s, t.table()), reference(t.table()), sources(ind == null ? named : List.of(ind)), label);
        }
        if (o instanceof Output.Chart c) {
            IndicatorDef ind = named.size() == 1 ? named.get(0) : null;
            String headline = options.caption() != null ? options.caption()
                    : c.chart().title() != null && !c.chart().title().isBlank() ? c.chart().title()
                    : ind != null && ind.title() != null ? ind.title() : String.join(", ", indicators(s));
            return new Caption(Caption.Kind.FIGURE, headline, ind == null ? null : ind.measure().describe(), ind == null ? null : ind.standardisationName(), period(s, null), null,
                    sources(named), label);
        }
        return null;
    }

    private static String sources(List<IndicatorDef> inds) {
        Set<String> out = new LinkedHashSet<>();
        inds.forEach(i -> i.meta("source").ifPresent(out::add));
        return out.isEmpty() ? null : String.join("; ", out);
    }

    /** The table's footnote about what it is compared with (the reference rule's note), or null. */
    static String reference(ResultTable t) {
        for (String f : t.footnotes()) {
            if (f.startsWith("Jämfört") || f.startsWith("Compared")) {
                return f;
            }
        }
        return null;
    }

    /** The period of a statement's result: its condition on a period column, else the range of a trend's periods. */
    static String period(Stmt s, ResultTable table) {
        Expr where = s instanceof Stmt.Show x ? x.where() : s instanceof Stmt.Plot x ? x.where()
                : s instanceof Stmt.Profile x ? x.where() : s instanceof Stmt.Heat x ? x.where()
                : s instanceof Stmt.Export x ? x.where() : null;
        List<String> parts = new ArrayList<>();
        conjuncts(where).forEach(c -> periodOf(c).ifPresent(parts::add));
        if (!parts.isEmpty()) {
            return String.join(", ", parts);
        }
        if (s instanceof Stmt.Trend tr && table != null && tr.time() != null) {
            int col = table.columnIndex(tr.time().text());
            if (col >= 0) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (List<Object> r : table.rows()) {
                    if (r.get(col) instanceof Double d) {
                        lo = Math.min(lo, d);
                        hi = Math.max(hi, d);
                    }
                }
                if (lo <= hi) {
                    return lo == hi ? plain(lo) : plain(lo) + "–" + plain(hi);
                }
            }
        }
        return null;
    }

    private static List<Expr> conjuncts(Expr e) {
        if (e == null) {
            return List.of();
        }
        if (e instanceof Expr.Logical l && l.op() == Expr.LogicalOp.AND) {
            List<Expr> out = new ArrayList<>();
            l.operands().forEach(o -> out.addAll(conjuncts(o)));
            return out;
        }
        return List.of(e);
    }

    private static Optional<String> periodOf(Expr c) {
        if (c instanceof Expr.Binary b && b.left() instanceof Expr.ColumnRef col && isPeriod(col.name())
                && b.right() instanceof Expr.NumberLit n) {
            return switch (b.op()) {
                case EQ -> Optional.of(n.text());
                case GE -> Optional.of(n.text() + "–");
                case GT -> Optional.of("> " + n.text());
                case LE -> Optional.of("–" + n.text());
                case LT -> Optional.of("< " + n.text());
                default -> Optional.empty();
            };
        }
        if (c instanceof Expr.Between b && !b.negated() && b.subject() instanceof Expr.ColumnRef col && isPeriod(col.name())
                && b.low() instanceof Expr.NumberLit lo && b.high() instanceof Expr.NumberLit hi) {
            return Optional.of(lo.text() + "–" + hi.text());
        }
        return Optional.empty();
    }

    private static boolean isPeriod(String column) {
        return PERIOD_COLUMNS.contains(column.toLowerCase(java.util.Locale.ROOT));
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
