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
                    row[c] = SafeText.line(v.toString());
                }
            }
            cells.add(row);
        }
        String[] header = new String[cols];
        for (int c = 0; c < cols; c++) {
            header[c] = SafeText.line(t.columns().get(c));
        }
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = header[c].length();
            for (String[] r : cells) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (t.title() != null) {
            sb.append(SafeText.line(t.title())).append('\n');
        }
        line(sb, header, width, new boolean[cols]);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < cols; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append(rule).append('\n');
        for (String[] r : cells) {
            line(sb, r, width, numeric);
        }
        for (String f : t.footnotes()) {
            sb.append(SafeText.lines(f)).append('\n');
        }
        return sb.toString();
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

    /** One line of the table, its cells padded to their columns' widths, without trailing white space. */
    private static void line(StringBuilder sb, String[] r, int[] width, boolean[] right) {
        int start = sb.length();
        for (int c = 0; c < r.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            int pad = width[c] - r[c].length();
            if (right[c]) {
                spaces(sb, pad);
                sb.append(r[c]);
            } else {
                sb.append(r[c]);
                spaces(sb, pad);
            }
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static void spaces(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
    }
}
