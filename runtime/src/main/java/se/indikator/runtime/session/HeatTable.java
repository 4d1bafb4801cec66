package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.result.ResultTable;

/**
 * The heat table behind {@code plot heat region on a, b, c}: one row per category of the breakdown,
 * one column per indicator, each cell the verdict against the national value (better, similar,
 * worse, higher, lower or not compared) — suppressed values are "not compared".
 */
final class HeatTable {
    private HeatTable() {
    }

    static ResultTable build(Stmt.Heat h, List<ResultTable> tables, boolean swedish) {
        List<String> columns = new ArrayList<>();
        columns.add(h.breakdown().text());
        for (ResultTable t : tables) {
            columns.add(t.meta().map(m -> m.indicator()).orElse(t.title()));
        }
        List<String> categories = Presentations.categories(tables.get(0), 0);
        List<List<Object>> rows = new ArrayList<>();
        for (String c : categories) {
            List<Object> row = new ArrayList<>();
            row.add(c);
            for (ResultTable t : tables) {
                Object verdict = "not compared";
                for (List<Object> r : t.rows().subList(1, t.rows().size())) {
                    if (c.equals(r.get(0)) && r.get(t.columnIndex("vs_national")) != null) {
                        verdict = r.get(t.columnIndex("vs_national"));
                    }
                }
                row.add(verdict);
            }
            rows.add(row);
        }
        return new ResultTable((swedish ? "Jämfört med riket: " : "Against the national value: ") + h.breakdown().text(),
                columns, rows, List.of(), 1, swedish);
    }
}
