package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;

/**
 * The region profile as a table: for one group (e.g. region "Skåne") and each indicator — for women
 * and men separately when {@code by} is given, each against the national value of the same sex — the
 * value, the national value, the percentage deviation, the deviation oriented so that positive is
 * always better (flipped for indicators where lower is better), and the verdict at the first level.
 * Values hidden in the indicator's own table stay hidden here.
 */
final class ProfileTable {
    private ProfileTable() {
    }

    static ResultTable build(Stmt.Profile p, List<ResultTable> national, List<ResultTable> group, boolean swedish) {
        List<String> columns = new ArrayList<>(List.of("indicator", "title"));
        if (p.by() != null) {
            columns.add(p.by().text());
        }
        columns.addAll(List.of("value", "national", "deviation_pct", "oriented_deviation_pct", "vs_national", "note"));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            ResultTable g = group.get(i);
            ResultTable n = national.get(i);
            ResultMeta meta = g.meta().orElseThrow();
            String level = meta.level();
            List<String> sexes = p.by() == null ? java.util.Collections.singletonList(null) : Presentations.categories(n, 0);
            for (String sex : sexes) {
                List<Object> nat = sex == null ? n.rows().get(0) : find(n, 0, sex, -1, null);
                List<Object> row = sex == null ? find(g, 0, p.value(), -1, null) : find(g, 0, p.value(), 1, sex);
                List<Object> r = new ArrayList<>();
                r.add(meta.indicator());
                r.add(meta.title());
                if (p.by() != null) {
                    r.add(sex);
                }
                Double natValue = nat == null ? null : (Double) nat.get(n.columnIndex("value"));
                Double value = row == null ? null : (Double) row.get(g.columnIndex("value"));
                r.add(value);
                r.add(natValue);
                if (value == null || natValue == null || natValue == 0) {
                    r.add(null);
                    r.add(null);
                    r.add("not compared");
                } else {
                    double dev = (value - natValue) / natValue * 100;
                    r.add(dev);
                    r.add("lower".equals(meta.polarity()) ? -dev : dev);
                    Double lo = (Double) row.get(g.columnIndex("lower_" + level));
                    Double hi = (Double) row.get(g.columnIndex("upper_" + level));
                    r.add(verdict(lo, hi, natValue, meta.polarity()));
                }
                r.add(row == null ? null : row.get(g.columnIndex("note")));
                rows.add(r);
            }
        }
        String title = (swedish ? "Profil: " : "Profile: ") + p.value();
        return new ResultTable(title, columns, rows, List.of(), 1, swedish);
    }

    private static List<Object> find(ResultTable t, int col, String value, int col2, String value2) {
        for (List<Object> row : t.rows().subList(1, t.rows().size())) {
            if (value.equals(row.get(col)) && (col2 < 0 || value2.equals(row.get(col2)))) {
                return row;
            }
        }
        return null;
    }

    private static String verdict(Double lo, Double hi, double national, String polarity) {
        if (lo == null || hi == null) {
            return "not compared";
        }
        if (lo <= national && national <= hi) {
            return "similar";
        }
        boolean above = lo > national;
        return switch (polarity) {
            case "higher" -> above ? "better" : "worse";
            case "lower" -> above ? "worse" : "better";
            default -> above ? "higher" : "lower";
        };
    }
}
