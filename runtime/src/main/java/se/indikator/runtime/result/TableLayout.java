package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out formatted cells within a width: each column as wide as its widest cell, then, while the table is
 * too wide, the widest column that may still shrink loses a character — text wraps within its column (at most
 * {@value #MAX_LINES} lines a cell, the last shortened with an ellipsis), headers of number columns wrap at
 * their underscores, numbers never break. A table that still does not fit is printed in blocks of columns,
 * each as wide as its columns need (within the width) and repeating the columns that label the rows.
 */
final class TableLayout {
    static final int MAX_LINES = 3;
    /** The narrowest a text column is made before the table is split into blocks. */
    static final int MIN_TEXT = 8;

    private final String[] header;
    private final List<String[]> rows;
    private final boolean[] right;
    private final int[] natural;
    private final int[] min;

    TableLayout(String[] header, List<String[]> rows, boolean[] right) {
        this.header = header;
        this.rows = rows;
        this.right = right;
        int n = header.length;
        natural = new int[n];
        min = new int[n];
        for (int c = 0; c < n; c++) {
            int cells = 0;
            for (String[] r : rows) {
                cells = Math.max(cells, TextWrap.width(r[c]));
            }
            natural[c] = Math.max(TextWrap.width(header[c]), cells);
            int head = TextWrap.longestPiece(header[c]);
            min[c] = right[c] ? Math.max(cells, head) : Math.min(natural[c], Math.max(MIN_TEXT, Math.min(head, 16)));
        }
    }

    /** The table within {@code width}, with {@code keys} leading columns repeated in every block. */
    void render(StringBuilder sb, int width, int keys) {
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            all.add(c);
        }
        int[] w = fit(all, width);
        if (total(all, w) <= width || all.size() <= 1) {
            block(sb, all, w);
            return;
        }
        List<Integer> key = new ArrayList<>();
        int keyWidth = 0;
        for (int c = 0; c < keys && c < header.length - 1; c++) {
            if (keyWidth + min[c] + 2 > width / 2) {
                break;
            }
            key.add(c);
            keyWidth += min[c] + 2;
        }
        List<Integer> current = new ArrayList<>(key);
        int used = keyWidth;
        boolean first = true;
        for (int c = key.size(); c < header.length; c++) {
            if (current.size() > key.size() && used + natural[c] > width) {
                first = emit(sb, current, width, first);
                current = new ArrayList<>(key);
                used = keyWidth;
            }
            current.add(c);
            used += natural[c] + 2;
        }
        emit(sb, current, width, first);
    }

    private boolean emit(StringBuilder sb, List<Integer> cols, int width, boolean first) {
        if (!first) {
            sb.append('\n');
        }
        block(sb, cols, fit(cols, width));
        return false;
    }

    /** Widths for {@code cols}: natural, then the widest shrinkable column narrowed until they fit or none can. */
    private int[] fit(List<Integer> cols, int width) {
        int[] w = natural.clone();
        int total = total(cols, w);
        while (total > width) {
            int widest = -1;
            for (int c : cols) {
                if (w[c] > min[c] && (widest < 0 || w[c] > w[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break;
            }
            int second = 0;
            for (int c : cols) {
                if (c != widest && w[c] > min[c]) {
                    second = Math.max(second, w[c]);
                }
            }
            int step = Math.max(1, Math.min(total - width, Math.min(w[widest] - min[widest], w[widest] - second)));
            w[widest] -= step;
            total -= step;
        }
        return w;
    }

    private static int total(List<Integer> cols, int[] w) {
        int t = 2 * Math.max(0, cols.size() - 1);
        for (int c : cols) {
            t += w[c];
        }
        return t;
    }

    private void block(StringBuilder sb, List<Integer> cols, int[] w) {
        line(sb, cols, w, header, Integer.MAX_VALUE, false);
        StringBuilder rule = new StringBuilder();
        for (int c : cols) {
            rule.append(rule.length() == 0 ? "" : "  ").append("-".repeat(w[c]));
        }
        sb.append(rule).append('\n');
        for (String[] r : rows) {
            line(sb, cols, w, r, MAX_LINES, true);
        }
    }

    /** One row of cells, each wrapped within its column, as many lines as its tallest cell; no trailing blanks. */
    private void line(StringBuilder sb, List<Integer> cols, int[] w, String[] cells, int maxLines, boolean alignNumbers) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c : cols) {
            List<String> l = TextWrap.wrap(cells[c], w[c], maxLines);
            wrapped.add(l);
            height = Math.max(height, l.size());
        }
        for (int i = 0; i < height; i++) {
            int start = sb.length();
            for (int k = 0; k < cols.size(); k++) {
                int c = cols.get(k);
                if (k > 0) {
                    sb.append("  ");
                }
                List<String> l = wrapped.get(k);
                TextWrap.pad(sb, i < l.size() ? l.get(i) : "", w[c], alignNumbers && right[c]);
            }
            int end = sb.length();
            while (end > start && sb.charAt(end - 1) == ' ') {
                end--;
            }
            sb.setLength(end);
            sb.append('\n');
        }
    }
}
