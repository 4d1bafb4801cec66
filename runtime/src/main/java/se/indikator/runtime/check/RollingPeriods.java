package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Windows;

/**
 * Whether a rolling breakdown fits the data it is applied to: its column holds whole numbers (years), the data
 * span at least one window, and every window holds all of its periods — a window that lacks one (no row of the
 * data has that year) would pool fewer periods than its label says: it is named in a warning, and not computed.
 */
final class RollingPeriods {
    private RollingPeriods() {
    }

    static boolean check(BreakdownDef b, BreakdownExpr.Rolling r, Dataset data, Span usage, Diagnostics diagnostics) {
        Column col = data.column(r.column()).orElseThrow();
        if (!(col instanceof IntColumn ints) || col.type() != se.indikator.runtime.data.ColumnType.INTEGER) {
            diagnostics.error("E315", usage, "breakdown '" + b.name() + "' rolls over column '" + r.column()
                    + "', which is not whole numbers in data '" + data.name() + "'",
                    "rolling windows pool periods numbered by whole numbers, such as years");
            return false;
        }
        TreeSet<Integer> seen = new TreeSet<>();
        if (data.engine().isPresent()) {
            try {
                data.engine().get().distinctOfColumn(r.column()).forEach(v -> seen.add(((Number) v).intValue()));
            } catch (java.sql.SQLException e) {
                diagnostics.error("E600", usage, "the periods of '" + r.column() + "' in data '" + data.name()
                        + "' could not be listed by its engine: " + e.getMessage(), "check that the engine is running");
                return false;
            }
        }
        for (int row = 0; row < ints.size(); row++) {
            int v = ints.get(row);
            if (v != IntColumn.MISSING) {
                seen.add(v);
            }
        }
        int width = (int) r.width();
        if (seen.isEmpty() || seen.last() - seen.first() + 1 < width) {
            diagnostics.error("E314", usage, "breakdown '" + b.name() + "' needs " + width + " consecutive periods, and '"
                    + r.column() + "' in data '" + data.name() + "' spans " + (seen.isEmpty() ? "none"
                            : seen.first().equals(seen.last()) ? "only " + seen.first()
                                    : "only " + seen.first() + "–" + seen.last()),
                    "use a shorter window, or data with more periods");
            return false;
        }
        if ((long) seen.last() - seen.first() > 1000) {
            diagnostics.error("E315", usage, "column '" + r.column() + "' of data '" + data.name() + "' spans "
                    + seen.first() + "–" + seen.last() + ", more than 1000 periods", "rolling windows are for years or "
                            + "similar periods; check the column");
            return false;
        }
        List<Double> periods = seen.stream().map(Integer::doubleValue).toList();
        List<String> short_ = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        for (int y = seen.first(); y <= seen.last(); y++) {
            if (!seen.contains(y)) {
                gaps.add(y);
            }
        }
        for (Windows.Window w : Windows.of(periods, width).windows()) {
            if (w.members().length < width) {
                short_.add(w.label());
            }
        }
        if (!gaps.isEmpty()) {
            diagnostics.warning("W314", usage, "data '" + data.name() + "' has no rows for " + r.column() + " "
                    + join(gaps) + ", so " + (short_.size() == 1 ? "the window " : "the windows ") + join(short_)
                    + " lack " + (gaps.size() == 1 ? "it" : "some") + " and are not computed",
                    "check that the data hold every period, or leave the incomplete windows out with a where");
        }
        return true;
    }

    private static String join(List<?> items) {
        List<String> words = items.stream().map(o -> o instanceof Number n ? Numbers.plain(n.doubleValue()) : o.toString())
                .toList();
        return words.size() <= 4 ? String.join(", ", words) : String.join(", ", words.subList(0, 4)) + " …";
    }
}
