package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.diag.SafeText;

/**
 * Renders a {@link ResultTable} as fixed-width text for the terminal: numbers right-aligned with the
 * table's decimals (decimal comma in Swedish), text left-aligned, blanks for suppressed cells, and
 * the footnotes underneath. Control characters in labels, names and notes are shown escaped
 * ({@link SafeText}); rendering takes time linear in the size of the text it prints.
 */
public final class TextTable {
    private TextTable() {
    }

    private static final Set<String> COUNT_COLUMNS = Set.of("numerator", "denominator", "observed", "rows", "missing",
            "df", "units", "rank", "rank_lower_95", "rank_upper_95", "periods");

    /** Every column, as wide as it needs, with the table's own number format. */
    public static String render(ResultTable t) {
        return render(t, TableView.FULL, Integer.MAX_VALUE);
    }

    /** Every column, as wide as it needs. */
    public static String render(ResultTable t, boolean decimalComma) {
        return render(t, decimalComma, TableView.FULL, Integer.MAX_VALUE);
    }

    /** The columns and layout {@code view} chooses, no line wider than {@code width} code points (when it can be). */
    public static String render(ResultTable t, TableView view, int width) {
        return render(t, t.decimalComma(), view, width);
    }

    public static String render(ResultTable t, boolean decimalComma, TableView view, int width) {
        int cols = t.columns().size();
        List<String[]> cells = new ArrayList<>();
        boolean[] numeric = new boolean[cols];
        boolean[] empty = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            numeric[c] = true;
            empty[c] = true;
            for (List<Object> r : t.rows()) {
                if (r.get(c) != null && !(r.get(c) instanceof Double)) {
                    numeric[c] = false;
                }
            }
        }
        for (List<Object> r : t.rows()) {
            String[] row = new String[cols];
            for (int c = 0; c < cols; c++) {
                row[c] = cell(r.get(c), t.columns().get(c), t.decimals(), decimalComma);
                empty[c] &= row[c].isEmpty();
            }
            cells.add(row);
        }
        List<Integer> chosen = view.columns().select(t.columns(), numeric, empty);
        String[] header = new String[chosen.size()];
        boolean[] right = new boolean[chosen.size()];
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            header[k] = SafeText.line(t.columns().get(chosen.get(k)));
            right[k] = numeric[chosen.get(k)];
        }
        for (String[] r : cells) {
            String[] row = new String[chosen.size()];
            for (int k = 0; k < chosen.size(); k++) {
                row[k] = r[chosen.get(k)];
            }
            rows.add(row);
        }
        StringBuilder sb = new StringBuilder();
        if (t.title() != null) {
            wrapped(sb, SafeText.line(t.title()), width);
        }
        if (view.layout() == TableView.Layout.RECORDS && view.columns().kind() != ColumnChoice.Kind.ALL) {
            RecordLayout.render(sb, header, rows, width);
        } else {
            int keys = 0;
            while (keys < chosen.size() && keys == chosen.get(keys) && keys < ColumnChoice.keys(numeric)) {
                keys++;
            }
            new TableLayout(header, rows, right).render(sb, width, keys);
        }
        for (String f : t.footnotes()) {
            for (String l : SafeText.lines(f).split("\n", -1)) {
                wrapped(sb, l, width);
            }
        }
        return sb.toString();
    }

    private static void wrapped(StringBuilder sb, String text, int width) {
        for (String l : TextWrap.wrap(text, width)) {
            sb.append(l).append('\n');
        }
    }

    /** A cell as text: numbers with the decimals their column calls for, text made safe, blank for a blank. */
    private static String cell(Object v, String name, int decimals, boolean decimalComma) {
        if (v == null) {
            return "";
        } else if (v instanceof Double d) {
            return COUNT_COLUMNS.contains(name) ? NumberFormat.count(d, decimalComma)
                    : name.equals("deviation_pct") ? signed(NumberFormat.human(d, 1, decimalComma))
                    : name.startsWith("p_") ? NumberFormat.human(d, 4, decimalComma)
                    : name.startsWith("ratio") ? NumberFormat.human(d, 3, decimalComma)
                    : name.equals("chi2") ? NumberFormat.human(d, 2, decimalComma)
                    : NumberFormat.human(d, decimals, decimalComma);
        }
        return SafeText.line(v.toString());
    }

    /** A deviation with its sign: {@code +1.5}, {@code -1.5}, and no sign on zero ({@code 0}, {@code 0,0}). */
    private static String signed(String s) {
        return s.isEmpty() || s.startsWith("-") || zero(s) ? s : "+" + s;
    }

    private static boolean zero(String s) {
        if (s.isEmpty() || s.charAt(0) != '0') {
            return false;
        }
        if (s.length() == 1) {
            return true;
        }
        if (s.length() == 2 || s.charAt(1) != '.' && s.charAt(1) != ',') {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
