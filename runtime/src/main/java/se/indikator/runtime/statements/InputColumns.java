package se.indikator.runtime.statements;

import java.util.Optional;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.diag.Suggest;

/**
 * Reading the columns that an analysis of given values names (counts, populations, values, limits):
 * unknown and non-numeric columns are positioned errors at the name in the script, and a bad value
 * in a row is an error at that row's line of the data file.
 */
final class InputColumns {
    private final Dataset data;
    private final Diagnostics d;

    InputColumns(Dataset data, Diagnostics d) {
        this.data = data;
        this.d = d;
    }

    /** The data table named in a statement; empty after reporting an unknown name. */
    static Optional<Dataset> find(Context context, se.indikator.runtime.ast.Name name, Diagnostics d) {
        Optional<Dataset> data = context.catalog().data(name.text()).map(se.indikator.runtime.data.EngineRows::all);
        if (data.isEmpty()) {
            d.error("E101", name.span(), "unknown data '" + name.text() + "'",
                    Suggest.hint(name.text(), context.catalog().allData().keySet(), "data name"));
        }
        return data;
    }

    /** The column named, which must hold numbers; empty after an error. */
    Optional<Column> numeric(Name name, String role) {
        Optional<Column> c = data.column(name.text());
        if (c.isEmpty()) {
            d.error("E201", name.span(), "unknown column '" + name.text() + "' in data '" + data.name() + "'",
                    Suggest.hint(name.text(), data.columnNames(), "column"));
            return Optional.empty();
        }
        if (c.get() instanceof TextColumn) {
            d.error("E202", name.span(), "the " + role + " column '" + name.text() + "' holds text, not numbers",
                    "name a numeric column, or declare the decimal mark: read \"…\" decimal \",\"");
            return Optional.empty();
        }
        return c;
    }

    /** The column named, of any type; empty after an error. */
    Optional<Column> any(Name name) {
        Optional<Column> c = data.column(name.text());
        if (c.isEmpty()) {
            d.error("E201", name.span(), "unknown column '" + name.text() + "' in data '" + data.name() + "'",
                    Suggest.hint(name.text(), data.columnNames(), "column"));
        }
        return c;
    }

    /** The number in {@code row}, NaN when missing. */
    static double number(Column c, int row) {
        if (c instanceof IntColumn i) {
            int v = i.get(row);
            return v == IntColumn.MISSING ? Double.NaN : v;
        }
        if (c instanceof DoubleColumn dc) {
            return dc.get(row);
        }
        return Double.NaN;
    }

    /** The span of a row of the data file, for messages about its values. */
    Span rowSpan(int row) {
        int line = data.sourceLine(row);
        return new Span(new SourceFile(data.source(), ""), line, 1, line, 1);
    }

    /** An error about a value in a row of the data file. */
    void rowError(String code, int row, String column, String message, String hint) {
        d.error(code, rowSpan(row), message + " (column '" + column + "', line " + data.sourceLine(row) + " of "
                + data.source() + ")", hint);
    }

    Dataset data() {
        return data;
    }
}
