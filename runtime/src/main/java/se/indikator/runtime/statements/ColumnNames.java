package se.indikator.runtime.statements;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.ast.Columns;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.result.CatalogueTable;
import se.indikator.runtime.result.ColumnChoice;

/**
 * Checks the names after {@code columns}: each must be one of the words {@code compact}, {@code counts},
 * {@code all} (alone), or a column some result table can have — the statistics' columns (with the confidence
 * levels in force), breakdowns, and the columns of the data read — else a positioned error with the nearest name.
 * Whether the printed table has the column is known only when it is printed (a warning then).
 */
final class ColumnNames {
    private ColumnNames() {
    }

    private static final List<String> FIXED = List.of("value", "numerator", "denominator", "national", "deviation_pct",
            "vs_national", "p_value", "p_adjusted", "target_met", "verdict", "method", "note", "reference",
            "reference_value", "difference", "ratio", "chi2", "df", "p_heterogeneity", "rank", "rank_median", "periods",
            "latest", "latest_value", "chi2_trend", "p_trend", "apc_pct", "trend", "funnel", "funnel_denominator",
            "expected", "std_residual", "term", "estimate", "std_error", "t", "factor", "correlation", "units",
            "statistic", "rows", "observed", "indicator", "oriented_deviation_pct");

    private static final List<String> INTERVALS = List.of("", "difference_", "ratio_", "limit_", "apc_", "rank_");

    /** The columns clause of a statement that prints tables, or null. */
    static Columns of(Stmt s) {
        if (s instanceof Stmt.Show x) {
            return x.columns();
        } else if (s instanceof Stmt.Compare x) {
            return x.columns();
        } else if (s instanceof Stmt.Trend x) {
            return x.columns();
        } else if (s instanceof Stmt.Rank x) {
            return x.columns();
        } else if (s instanceof Stmt.Relate x) {
            return x.columns();
        } else if (s instanceof Stmt.Profile x) {
            return x.columns();
        } else if (s instanceof Stmt.Quality x) {
            return x.columns();
        } else if (s instanceof Stmt.Catalogue x) {
            return x.columns();
        }
        return null;
    }

    /** Reports every name of {@code columns} that no table can have (E116); true when all are known. */
    static boolean check(Columns columns, Context c) {
        if (columns == null) {
            return true;
        }
        Set<String> known = known(c);
        boolean ok = true;
        for (Name n : columns.names()) {
            if (ColumnChoice.WORDS.contains(n.text())) {
                if (columns.names().size() > 1) {
                    c.diagnostics().error("E116", n.span(), "'" + n.text() + "' names a set of columns and stands alone",
                            "write 'columns " + n.text() + "', or name the columns one by one");
                    ok = false;
                }
            } else if (!known.contains(n.text())) {
                c.diagnostics().error("E116", n.span(), "no result table has a column '" + n.text() + "'",
                        Suggest.hint(n.text(), known, "column") + " (or compact, counts, all)");
                ok = false;
            }
        }
        return ok;
    }

    private static Set<String> known(Context c) {
        Set<String> known = new LinkedHashSet<>(FIXED);
        for (double level : c.settings().levels()) {
            String label = se.indikator.stdlib.ci.ConfidenceLevel.of(level).label();
            for (String prefix : INTERVALS) {
                known.add(prefix + "lower_" + label);
                known.add(prefix + "upper_" + label);
            }
            known.add("vs_national_" + label);
        }
        known.addAll(CatalogueTable.COLUMNS);
        known.addAll(c.catalog().breakdowns().keySet());
        known.addAll(c.catalog().units());
        c.catalog().allData().values().forEach(d -> d.columns().forEach(col -> {
            known.add(col.name());
            known.add(col.name() + "_missing_pct");
        }));
        return known;
    }
}
