package se.indikator.runtime.data;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Converts a {@link Dataset} to a Tablesaw {@link Table} for Java users. */
final class TablesawExport {

    private TablesawExport() {
    }

    static Table toTable(Dataset data) {
        Table table = Table.create(data.name());
        int n = data.rowCount();
        for (Column c : data.columns()) {
            switch (c.type()) {
                case TEXT: {
                    TextColumn t = (TextColumn) c;
                    StringColumn out = StringColumn.create(c.name());
                    for (int r = 0; r < n; r++) {
                        int code = t.code(r);
                        if (code < 0) out.appendMissing(); else out.append(t.label(code));
                    }
                    table.addColumns(out);
                    break;
                }
                case INTEGER: {
                    IntColumn ic = (IntColumn) c;
                    int[] v = new int[n];
                    for (int r = 0; r < n; r++) v[r] = ic.get(r);
                    table.addColumns(tech.tablesaw.api.IntColumn.create(c.name(), v));
                    break;
                }
                case DECIMAL: {
                    DoubleColumn dc = (DoubleColumn) c;
                    double[] v = new double[n];
                    for (int r = 0; r < n; r++) v[r] = dc.get(r);
                    table.addColumns(tech.tablesaw.api.DoubleColumn.create(c.name(), v));
                    break;
                }
                case DATE: {
                    IntColumn ic = (IntColumn) c;
                    DateColumn out = DateColumn.create(c.name());
                    for (int r = 0; r < n; r++) {
                        if (ic.isMissing(r)) out.appendMissing(); else out.append(ic.getDate(r));
                    }
                    table.addColumns(out);
                    break;
                }
                case BOOLEAN: {
                    IntColumn ic = (IntColumn) c;
                    BooleanColumn out = BooleanColumn.create(c.name());
                    for (int r = 0; r < n; r++) {
                        if (ic.isMissing(r)) out.appendMissing(); else out.append(ic.get(r) != 0);
                    }
                    table.addColumns(out);
                    break;
                }
                default:
                    throw new IllegalStateException("unknown type " + c.type());
            }
        }
        return table;
    }
}
