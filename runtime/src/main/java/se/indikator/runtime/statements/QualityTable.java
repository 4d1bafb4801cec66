package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.exec.Categories;
import se.indikator.runtime.exec.ExprCompiler;
import se.indikator.runtime.exec.GroupKey;
import se.indikator.runtime.exec.KeyCompiler;
import se.indikator.runtime.exec.RowKey;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.result.ResultTable;

/**
 * The data-quality view {@code quality DATA [by B]}: for each group (and the whole table first) the
 * number of rows and the percentage missing in every column that has missing values anywhere — the
 * completeness of the reporting-group columns that equity comparisons rest on. Complete columns are
 * named in a footnote.
 */
final class QualityTable {
    private QualityTable() {
    }

    static ResultTable build(Catalog catalog, Functions functions, Dataset d, List<BreakdownDef> by, boolean swedish,
            double below) {
        List<List<String>> categories = new ArrayList<>();
        for (BreakdownDef b : by) {
            categories.add(Categories.of(b, List.of(d)));
        }
        ExprCompiler ec = new ExprCompiler(d, catalog, functions);
        KeyCompiler kc = new KeyCompiler(d, ec);
        List<RowKey> keys = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int groups = by.isEmpty() ? 0 : 1;
        for (int i = 0; i < by.size(); i++) {
            keys.add(kc.compile(by.get(i), categories.get(i)));
            sizes.add(categories.get(i).size());
            groups *= categories.get(i).size();
        }
        RowKey key = by.isEmpty() ? null : GroupKey.combine(keys, sizes);
        List<Column> incomplete = d.columns().stream().filter(c -> c.missingCount() > 0).toList();
        List<String> complete = d.columns().stream().filter(c -> c.missingCount() == 0).map(Column::name).toList();
        double[] rows = new double[groups + 1];
        double[][] missing = new double[incomplete.size()][groups + 1];
        int[] group = new int[d.rowCount()];
        for (int r = 0; r < d.rowCount(); r++) {
            int g = key == null ? -1 : key.key(r);
            group[r] = g;
            rows[groups]++;
            if (g >= 0) {
                rows[g]++;
            }
        }
        for (int c = 0; c < incomplete.size(); c++) {
            Column col = incomplete.get(c);
            double[] m = missing[c];
            for (int r = 0; r < d.rowCount(); r++) {
                if (col.isMissing(r)) {
                    m[groups]++;
                    if (group[r] >= 0) {
                        m[group[r]]++;
                    }
                }
            }
        }
        boolean[] rowsHidden = new boolean[groups];
        boolean[][] hidden = new boolean[incomplete.size()][groups];
        protect(rows, missing, groups, below, rowsHidden, hidden);
        List<String> columns = new ArrayList<>();
        by.forEach(b -> columns.add(b.name()));
        columns.add("rows");
        incomplete.forEach(c -> columns.add(c.name() + "_missing_pct"));
        List<List<Object>> out = new ArrayList<>();
        out.add(row(groups, by.size(), List.of(swedish ? "Alla" : "All"), rows, missing, false, null));
        for (int g = 0; g < groups; g++) {
            if (rows[g] == 0) {
                continue;
            }
            int[] parts = GroupKey.split(g, sizes);
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < parts.length; k++) {
                labels.add(categories.get(k).get(parts[k]));
            }
            out.add(row(g, by.size(), labels, rows, missing, rowsHidden[g], hidden));
        }
        List<String> notes = new ArrayList<>();
        notes.add((swedish ? "fullständiga kolumner: " : "complete columns: ")
                + (complete.isEmpty() ? "–" : String.join(", ", complete)));
        if (below > 0 && groups > 0) {
            String n = se.indikator.runtime.ast.Numbers.plain(below);
            notes.add(swedish ? "tomt: färre än " + n + " rader, saknade eller kända värden i gruppen (och celler dolda för att skydda dem)"
                    : "blank: fewer than " + n + " rows, or missing or present values, in the group (and cells hidden to protect them)");
        }
        return new ResultTable((swedish ? "Datakvalitet: " : "Data quality: ") + d.name(), columns, out, notes, 1, swedish);
    }

    private static List<Object> row(int g, int keys, List<String> labels, double[] rows, double[][] missing,
            boolean rowsHidden, boolean[][] hidden) {
        List<Object> r = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            r.add(k < labels.size() ? labels.get(k) : null);
        }
        r.add(rowsHidden ? null : rows[g]);
        for (int c = 0; c < missing.length; c++) {
            boolean off = rowsHidden || (hidden != null && hidden[c][g]);
            r.add(off || rows[g] == 0 ? null : missing[c][g] / rows[g] * 100);
        }
        return r;
    }

    /**
     * The default disclosure rule on the groups: a group of fewer than {@code below} rows shows neither its rows
     * nor its percentages; a percentage whose missing or present rows number fewer than {@code below} is hidden;
     * and in each column (the rows, each column's missing rows) when exactly one group is hidden the group with
     * the next smallest count is hidden too, since the groups add up to the first row.
     */
    private static void protect(double[] rows, double[][] missing, int groups, double below, boolean[] rowsHidden,
            boolean[][] hidden) {
        if (below <= 0 || groups == 0) {
            return;
        }
        for (int g = 0; g < groups; g++) {
            rowsHidden[g] = rows[g] > 0 && rows[g] < below;
        }
        secondary(rows, groups, rowsHidden);
        for (int c = 0; c < missing.length; c++) {
            double[] present = new double[groups];
            for (int g = 0; g < groups; g++) {
                double m = missing[c][g];
                present[g] = rows[g] - m;
                hidden[c][g] = rowsHidden[g] || m > 0 && m < below || present[g] > 0 && present[g] < below;
            }
            secondary(missing[c], groups, hidden[c]);
            secondary(present, groups, hidden[c]);
        }
    }

    /** Hides the next smallest count when exactly one group's is hidden. */
    private static void secondary(double[] counts, int groups, boolean[] hidden) {
        int n = 0;
        int live = 0;
        for (int g = 0; g < groups; g++) {
            if (counts[g] > 0 || hidden[g]) {
                live++;
                n += hidden[g] ? 1 : 0;
            }
        }
        if (n != 1 || live < 2) {
            return;
        }
        int best = -1;
        for (int g = 0; g < groups; g++) {
            if (!hidden[g] && counts[g] > 0 && (best < 0 || counts[g] < counts[best])) {
                best = g;
            }
        }
        if (best >= 0) {
            hidden[best] = true;
        }
    }
}
