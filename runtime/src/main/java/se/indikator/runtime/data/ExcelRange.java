package se.indikator.runtime.data;

import java.util.Optional;

/**
 * A rectangle of a sheet's cells as a workbook writes it ({@code B3:F200}, {@code $B$3:$F$200}, or whole
 * columns {@code B:F}), with rows and columns counted from 1 (column 1 is A); also the helpers that turn
 * cell references into numbers and back.
 *
 * @param firstRow the first row, from 1
 * @param lastRow the last row ({@link Integer#MAX_VALUE} for whole columns)
 * @param firstColumn the first column, from 1
 * @param lastColumn the last column
 */
record ExcelRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** The most columns a sheet has (XFD). */
    static final int MAX_COLUMNS = 16_384;
    /** The most rows a sheet has. */
    static final int MAX_ROWS = 1_048_576;

    /** Whether {@code row} and {@code column} (from 1) lie in this range. */
    boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** The range written out, e.g. {@code B3:F200}. */
    String text() {
        String from = columnName(firstColumn) + (lastRow == Integer.MAX_VALUE ? "" : Integer.toString(firstRow));
        String to = columnName(lastColumn) + (lastRow == Integer.MAX_VALUE ? "" : Integer.toString(lastRow));
        return from + ":" + to;
    }

    /** The range {@code text} names, or empty when it is not a range (or lies outside a sheet). */
    static Optional<ExcelRange> parse(String text) {
        String t = text.strip().replace("$", "");
        int colon = t.indexOf(':');
        if (colon < 0) {
            Optional<int[]> cell = cell(t);
            return cell.map(c -> new ExcelRange(c[0], c[0], c[1], c[1]));
        }
        String a = t.substring(0, colon);
        String b = t.substring(colon + 1);
        Optional<int[]> from = cell(a);
        Optional<int[]> to = cell(b);
        if (from.isPresent() && to.isPresent()) {
            int[] f = from.get();
            int[] g = to.get();
            return Optional.of(new ExcelRange(Math.min(f[0], g[0]), Math.max(f[0], g[0]),
                    Math.min(f[1], g[1]), Math.max(f[1], g[1])));
        }
        int c1 = column(a, 0, a.length());
        int c2 = column(b, 0, b.length());
        if (c1 > 0 && c2 > 0) {
            return Optional.of(new ExcelRange(1, Integer.MAX_VALUE, Math.min(c1, c2), Math.max(c1, c2)));
        }
        return Optional.empty();
    }

    /** The row and column (from 1) of a reference such as {@code C14}, or empty. */
    static Optional<int[]> cell(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) i++;
        int col = column(ref, 0, i);
        if (col <= 0 || i == ref.length() || i > 3) return Optional.empty();
        long row = 0;
        for (int k = i; k < ref.length(); k++) {
            char c = ref.charAt(k);
            if (c < '0' || c > '9' || (k == i && c == '0')) return Optional.empty();
            row = row * 10 + (c - '0');
            if (row > MAX_ROWS) return Optional.empty();
        }
        return Optional.of(new int[] {(int) row, col});
    }

    /** The column (from 1) of the letters {@code s[from..to)}, or 0 when they are not a column. */
    static int column(CharSequence s, int from, int to) {
        if (to <= from || to - from > 3) return 0;
        int col = 0;
        for (int k = from; k < to; k++) {
            char c = Character.toUpperCase(s.charAt(k));
            if (c < 'A' || c > 'Z') return 0;
            col = col * 26 + (c - 'A' + 1);
        }
        return col <= MAX_COLUMNS ? col : 0;
    }

    /** The letters of column {@code column} (from 1), e.g. 28 → AB. */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** The reference of a cell, e.g. row 14 and column 3 → C14. */
    static String ref(int row, int column) {
        return columnName(column) + row;
    }
}
