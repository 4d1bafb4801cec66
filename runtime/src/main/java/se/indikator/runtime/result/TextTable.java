package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link ResultTable} as fixed-width text for the terminal: numbers right-aligned with the
 * table's decimals (decimal comma in Swedish), text left-aligned, blanks for suppressed cells, and
 * the footnotes underneath.
 */
public final class TextTable {
    private TextTable() {
    }

    private static final Set<String> COUNT_COLUMNS = Set.of("numerator", "denominator", "observed", "rows", "missing",
            "df", "units", "rank", "rank_lower_95", "rank_upper_95", "periods");

    /** Renders with the table's own number format. */
    public static String render(ResultTable t) {
        return render(t, t.decimalComma());
    }

    public static String render(ResultTable t, boolean decimalComma) {
        int cols = t.columns().size();
        List<String[]> cells = new ArrayList<>();
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            numeric[c] = true;
            for (List<Object> r : t.rows()) {
                if (r.get(c) != null && !(r.get(c) instanceof Double)) {
                    numeric[c] = false;
                }
            }
        }
        for (List<Object> r : t.rows()) {
            String[] row = new String[cols];
            for (int c = 0; c < cols; c++) {
                Object v = r.get(c);
                String name = t.columns().get(c);
                if (v == null) {
                    row[c] = "";
                } else if (v instanceof Double d) {
                    row[c] = COUNT_COLUMNS.contains(name) ? NumberFormat.count(d, decimalComma)
                            : name.equals("deviation_pct") ? signed(NumberFormat.human(d, 1, decimalComma))
                            : name.startsWith("p_") ? NumberFormat.human(d, 4, decimalComma)
                            : name.startsWith("ratio") ? NumberFormat.human(d, 3, decimalComma)
                            : name.equals("chi2") ? NumberFormat.human(d, 2, decimalComma)
                            : NumberFormat.human(d, t.decimals(), decimalComma);
                } else {
                    row[c] = v.toString();
                }
            }
            cells.add(row);
        }
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = t.columns().get(c).length();
            for (String[] r : cells) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (t.title() != null) {
            sb.append(t.title()).append('\n');
        }
        line(sb, t.columns().toArray(new String[0]), width, new boolean[cols]);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < cols; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append(rule).append('\n');
        for (String[] r : cells) {
            line(sb, r, width, numeric);
        }
        for (String f : t.footnotes()) {
            sb.append(f).append('\n');
        }
        return sb.toString();
    }

    private static String signed(String s) {
        return s.isEmpty() || s.startsWith("-") || s.matches("0([.,]0+)?") ? s : "+" + s;
    }

    private static void line(StringBuilder sb, String[] r, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
            if (c > 0) {
                l.append("  ");
            }
            String pad = " ".repeat(width[c] - r[c].length());
            l.append(right[c] ? pad + r[c] : r[c] + pad);
        }
        sb.append(l.toString().replaceAll("\\s+$", "")).append('\n');
    }
}
