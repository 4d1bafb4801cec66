package se.indikator.runtime.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The description of data an engine holds, as {@link DatasetSummary} describes data in memory, from one query:
 * the number of rows and, per column, its missing values, its range (numbers and dates) or its number of
 * distinct values and the first of them in order (text).
 */
final class EngineSummary {
    private EngineSummary() {
    }

    static DatasetSummary of(Dataset d) throws SQLException {
        EngineTable table = d.engine().orElseThrow();
        List<String> select = new ArrayList<>();
        for (Column c : d.columns()) {
            String id = table.engine().identifier(c.name());
            select.add("COUNT(*) - COUNT(" + id + ")");
            select.add(c.type() == ColumnType.TEXT ? "COUNT(DISTINCT " + id + ")" : "MIN(" + id + ")");
            select.add(c.type() == ColumnType.TEXT ? "0" : "MAX(" + id + ")");
        }
        if (select.isEmpty()) {
            return new DatasetSummary(d.name(), d.source(), (int) Math.min(table.rows(), Integer.MAX_VALUE), List.of());
        }
        int rows = (int) Math.min(table.rows(), Integer.MAX_VALUE);
        return table.engine().query("SELECT " + String.join(", ", select) + " FROM " + table.relation() + " AS t", rs -> {
            rs.next();
            List<ColumnSummary> cols = new ArrayList<>();
            for (int j = 0; j < d.columns().size(); j++) {
                Column c = d.columns().get(j);
                int missing = (int) rs.getLong(3 * j + 1);
                if (c.type() == ColumnType.TEXT) {
                    int distinct = (int) rs.getLong(3 * j + 2);
                    List<String> labels = ((TextColumn) c).labels();
                    cols.add(new ColumnSummary(c.name(), c.type(), rows, missing, Optional.empty(), Optional.empty(), distinct,
                            labels.subList(0, Math.min(ColumnSummary.MAX_LABELS, labels.size()))));
                } else {
                    Object lo = rs.getObject(3 * j + 2);
                    Object hi = rs.getObject(3 * j + 3);
                    boolean range = lo != null && c.type() != ColumnType.BOOLEAN;
                    cols.add(new ColumnSummary(c.name(), c.type(), rows, missing, range ? Optional.of(shown(lo)) : Optional.empty(),
                            range ? Optional.of(shown(hi)) : Optional.empty(), 0, List.of()));
                }
            }
            return new DatasetSummary(d.name(), d.source(), rows, cols);
        });
    }

    /** A value as the in-memory description shows it: dates as ISO dates, numbers as the language writes them. */
    private static String shown(Object v) {
        if (v instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (v instanceof java.time.LocalDate date) {
            return date.toString();
        }
        return se.indikator.runtime.ast.Numbers.plain(((Number) v).doubleValue());
    }
}
