package se.indikator.runtime.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a CSV text split into fields, kept as character ranges into the text (quoted fields
 * with escapes are unescaped and kept aside). Rows whose field count differs from the header's are
 * reported and left out.
 */
final class Records {
    private final String text;
    private final String[] header;
    private final int[] headerColumns;
    private final int cols;
    private int rows;
    private int[] starts;
    private int[] ends;
    private int[] lines;
    private final Map<Long, String> unquoted = new HashMap<>();

    private Records(String text, String[] header, int[] headerColumns) {
        this.text = text;
        this.header = header;
        this.headerColumns = headerColumns;
        this.cols = header.length;
        int estimate = Math.max(16, text.length() / Math.max(8, cols * 4));
        starts = new int[estimate * cols];
        ends = new int[estimate * cols];
        lines = new int[estimate];
    }

    String[] header() {
        return header;
    }

    int headerColumn(int c) {
        return headerColumns[c];
    }

    int rows() {
        return rows;
    }

    int[] lines() {
        return java.util.Arrays.copyOf(lines, rows);
    }

    String text() {
        return text;
    }

    int start(int row, int col) {
        return starts[row * cols + col];
    }

    int end(int row, int col) {
        return ends[row * cols + col];
    }

    /** The unescaped value of a quoted field, or null when the field is a plain range. */
    String quoted(int row, int col) {
        return unquoted.isEmpty() ? null : unquoted.get((long) row * cols + col);
    }

    String value(int row, int col) {
        String q = quoted(row, col);
        return q != null ? q : text.substring(start(row, col), end(row, col));
    }

    static Records split(String text, char sep, String file, List<DataProblem> problems, int maxProblems) {
        int n = text.length();
        // header
        List<String> head = new ArrayList<>();
        List<Integer> headCols = new ArrayList<>();
        int pos = 0;
        int line = 1;
        List<int[]> fields = new ArrayList<>();
        List<String> fieldValues = new ArrayList<>();
        int[] lineHolder = {line};
        pos = readRecord(text, pos, sep, fields, fieldValues, lineHolder);
        for (int i = 0; i < fields.size(); i++) {
            String v = fieldValues.get(i) != null ? fieldValues.get(i) : text.substring(fields.get(i)[0], fields.get(i)[1]);
            head.add(v);
            headCols.add(column(text, fields.get(i)[0]));
        }
        Records r = new Records(text, head.toArray(new String[0]), headCols.stream().mapToInt(Integer::intValue).toArray());
        int reported = 0;
        int skipped = 0;
        while (pos < n) {
            int recordLine = lineHolder[0];
            int recordStart = pos;
            fields.clear();
            fieldValues.clear();
            int unterminatedBefore = lineHolder[0];
            pos = readRecord(text, pos, sep, fields, fieldValues, lineHolder);
            if (fields.size() == 1 && fields.get(0)[0] == fields.get(0)[1] && fieldValues.get(0) == null) {
                continue; // blank line
            }
            if (fields.size() == 1 && fieldValues.get(0) == null && text.substring(fields.get(0)[0], fields.get(0)[1]).isBlank()) {
                continue;
            }
            if (fields.size() == -1 || (pos >= n && unterminatedQuote(text, recordStart, n, sep))) {
                if (reported++ < maxProblems) {
                    problems.add(new DataProblem(true, file, unterminatedBefore, 1, excerpt(text, recordStart),
                            "a quoted field is never closed", "close the quote with \" or remove it"));
                }
                skipped++;
                continue;
            }
            if (fields.size() != r.cols) {
                int col = fields.size() > r.cols ? column(text, fields.get(r.cols)[0]) : column(text, fields.get(fields.size() - 1)[1]);
                if (reported++ < maxProblems) {
                    problems.add(new DataProblem(true, file, recordLine, col, excerpt(text, recordStart),
                            "row has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s") + ", the header has "
                                    + r.cols, fields.size() > r.cols
                                    ? "a separator too many, or a value with the separator in it that should be quoted"
                                    : "a value is missing; leave an empty field (two separators in a row) for a missing value"));
                }
                skipped++;
                continue;
            }
            r.add(fields, fieldValues, recordLine);
        }
        if (reported > maxProblems) {
            problems.add(new DataProblem(true, file, 0, 0, "", "and " + (reported - maxProblems) + " more malformed rows", null));
        }
        if (skipped > 0) {
            problems.add(new DataProblem(false, file, 0, 0, "", skipped + " malformed row" + (skipped == 1 ? " was" : "s were")
                    + " left out", null));
        }
        return r;
    }

    private static boolean unterminatedQuote(String text, int from, int to, char sep) {
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' && (quoted || fieldStart)) {
                quoted = !quoted;
            }
            fieldStart = !quoted && (c == sep || c == '\n');
        }
        return quoted;
    }

    private void add(List<int[]> fields, List<String> values, int line) {
        if (rows == lines.length) {
            int cap = lines.length * 2;
            lines = java.util.Arrays.copyOf(lines, cap);
            starts = java.util.Arrays.copyOf(starts, cap * cols);
            ends = java.util.Arrays.copyOf(ends, cap * cols);
        }
        int base = rows * cols;
        for (int c = 0; c < cols; c++) {
            starts[base + c] = fields.get(c)[0];
            ends[base + c] = fields.get(c)[1];
            if (values.get(c) != null) {
                unquoted.put((long) base + c, values.get(c));
            }
        }
        lines[rows] = line;
        rows++;
    }

    /**
     * Reads one record from {@code pos}; fills field ranges (and unescaped values for quoted fields);
     * returns the position after the record's line end; advances the line counter.
     */
    private static int readRecord(String text, int pos, char sep, List<int[]> fields, List<String> values,
            int[] line) {
        int n = text.length();
        int i = pos;
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < n) {
                    char c = text.charAt(j);
                    if (c == '"') {
                        if (j + 1 < n && text.charAt(j + 1) == '"') {
                            sb.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line[0]++;
                    }
                    sb.append(c);
                    j++;
                }
                int close = j;
                j = Math.min(j + 1, n);
                while (j < n && text.charAt(j) != sep && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                    j++;
                }
                fields.add(new int[] {i + 1, Math.min(close, n)});
                values.add(sb.toString());
                i = j;
            } else {
                int j = i;
                while (j < n) {
                    char c = text.charAt(j);
                    if (c == sep || c == '\n' || c == '\r') {
                        break;
                    }
                    j++;
                }
                fields.add(new int[] {i, j});
                values.add(null);
                i = j;
            }
            if (i < n && text.charAt(i) == sep) {
                i++;
                continue;
            }
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
            line[0]++;
            return i;
        }
    }

    static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return offset - (lineStart < 0 ? 0 : lineStart + 1) + 1;
    }

    private static String excerpt(String text, int from) {
        int end = text.indexOf('\n', from);
        String l = text.substring(from, end < 0 ? text.length() : end).replace("\r", "");
        return l.length() > 80 ? l.substring(0, 80) + "…" : l;
    }
}
