package se.indikator.runtime.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Infers one column's type over all its fields and builds the column: integer if every value is a
 * whole number without a leading zero, decimal if numeric with '.' or (unless the separator is ',')
 * ',' as the decimal mark, date for ISO dates, boolean for true/false, else text.
 */
final class ColumnParser {
    private ColumnParser() {
    }

    static Column parse(String name, Records r, int col, Set<String> missing, char decimal) {
        int rows = r.rows();
        String text = r.text();
        boolean canInt = true;
        boolean canDecimal = true;
        boolean canDate = true;
        boolean canBool = true;
        int present = 0;
        for (int row = 0; row < rows && (canInt || canDecimal || canDate || canBool); row++) {
            String q = r.quoted(row, col);
            int s;
            int e;
            String v = q;
            if (v == null) {
                s = r.start(row, col);
                e = r.end(row, col);
                while (s < e && text.charAt(s) == ' ') {
                    s++;
                }
                while (e > s && text.charAt(e - 1) == ' ') {
                    e--;
                }
                if (isMissing(text, s, e, missing)) {
                    continue;
                }
            } else {
                v = v.trim();
                if (missing.contains(v.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                text = v;
                s = 0;
                e = v.length();
            }
            present++;
            if (canInt && !isInt(text, s, e)) {
                canInt = false;
            }
            if (canDecimal && Double.isNaN(parseDecimal(text, s, e, decimal))) {
                canDecimal = false;
            }
            if (canDate && !(e - s == 10 && text.charAt(s + 4) == '-' && text.charAt(s + 7) == '-' && isDate(text, s, e))) {
                canDate = false;
            }
            if (canBool) {
                String b = text.substring(s, e).toLowerCase(Locale.ROOT);
                canBool = b.equals("true") || b.equals("false");
            }
            text = r.text();
        }
        if (present == 0) {
            String[] vals = new String[rows];
            return TextColumn.of(name, vals);
        }
        if (canInt) {
            int[] vals = new int[rows];
            for (int row = 0; row < rows; row++) {
                String v = trimmed(r, row, col);
                vals[row] = v == null || missing.contains(v.toUpperCase(Locale.ROOT)) ? IntColumn.MISSING : Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
            }
            return new IntColumn(name, ColumnType.INTEGER, vals, rows);
        }
        if (canDecimal) {
            double[] vals = new double[rows];
            for (int row = 0; row < rows; row++) {
                String v = trimmed(r, row, col);
                vals[row] = v == null || missing.contains(v.toUpperCase(Locale.ROOT)) ? Double.NaN
                        : parseDecimal(v, 0, v.length(), decimal);
            }
            return new DoubleColumn(name, vals, rows);
        }
        if (canDate || canBool) {
            int[] vals = new int[rows];
            for (int row = 0; row < rows; row++) {
                String v = trimmed(r, row, col);
                if (v == null || missing.contains(v.toUpperCase(Locale.ROOT))) {
                    vals[row] = IntColumn.MISSING;
                } else if (canDate) {
                    vals[row] = (int) LocalDate.parse(v).toEpochDay();
                } else {
                    vals[row] = v.equalsIgnoreCase("true") ? 1 : 0;
                }
            }
            return new IntColumn(name, canDate ? ColumnType.DATE : ColumnType.BOOLEAN, vals, rows);
        }
        Map<String, Integer> dict = new LinkedHashMap<>();
        int[] codes = new int[rows];
        for (int row = 0; row < rows; row++) {
            String v = trimmed(r, row, col);
            codes[row] = v == null || missing.contains(v.toUpperCase(Locale.ROOT)) ? -1
                    : dict.computeIfAbsent(v, k -> dict.size());
        }
        return new TextColumn(name, dict.keySet().toArray(new String[0]), codes, rows);
    }

    private static String trimmed(Records r, int row, int col) {
        String v = r.value(row, col).trim();
        return v.isEmpty() ? null : v;
    }

    private static boolean isMissing(String text, int s, int e, Set<String> missing) {
        if (s == e) {
            return true;
        }
        if (e - s > 4) {
            return missing.size() > 6 && missing.contains(text.substring(s, e).toUpperCase(Locale.ROOT));
        }
        return missing.contains(text.substring(s, e).toUpperCase(Locale.ROOT));
    }

    static boolean isInt(String t, int s, int e) {
        int i = s;
        if (i < e && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int digits = e - i;
        if (digits == 0 || digits > 10) {
            return false;
        }
        if (digits > 1 && t.charAt(i) == '0') {
            return false;
        }
        long v = 0;
        for (; i < e; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        return v <= Integer.MAX_VALUE;
    }

    /** Parses a decimal with '.' or, when allowed, ',' as the mark; NaN when it is not a number. */
    static double parseDecimal(String t, int s, int e, char decimal) {
        if (s >= e) {
            return Double.NaN;
        }
        boolean sawDigit = false;
        boolean sawMark = false;
        int i = s;
        if (t.charAt(i) == '-' || t.charAt(i) == '+') {
            i++;
        }
        int intStart = i;
        StringBuilder sb = null;
        for (; i < e; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
            } else if ((c == '.' && decimal != ',') || (c == ',' && decimal != '.')) {
                if (sawMark) {
                    return Double.NaN;
                }
                sawMark = true;
                if (c == ',') {
                    sb = new StringBuilder(t.substring(s, e));
                    sb.setCharAt(i - s, '.');
                }
            } else if ((c == 'e' || c == 'E') && sawDigit && i + 1 < e) {
                try {
                    return Double.parseDouble((sb != null ? sb.toString() : t.substring(s, e)));
                } catch (NumberFormatException ex) {
                    return Double.NaN;
                }
            } else {
                return Double.NaN;
            }
        }
        if (!sawDigit) {
            return Double.NaN;
        }
        if (!sawMark && i - intStart > 1 && t.charAt(intStart) == '0') {
            return Double.NaN; // a code with a leading zero, such as "01"
        }
        try {
            return Double.parseDouble(sb != null ? sb.toString() : t.substring(s, e));
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    private static boolean isDate(String t, int s, int e) {
        try {
            LocalDate.parse(t.substring(s, e));
            return true;
        } catch (java.time.format.DateTimeParseException ex) {
            return false;
        }
    }
}
