package se.indikator.runtime.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Parses one field's bytes as an integer, decimal, ISO date or boolean without creating Strings, leaving
 * the result in its fields. Numbers follow {@code -?(0|[1-9][0-9]*)([.,][0-9]+)?([eE][+-]?[0-9]+)?}: a
 * leading zero before further digits (as in region code {@code 01}) or a {@code +} sign makes a field text.
 * The integer part may be written in groups of three digits as Swedish numbers are ({@code 1 234 567}):
 * separated by a space, a no-break space or a narrow no-break space, and — only where the point is not the
 * decimal mark — by a point ({@code 1.234,5}); a group of another length makes the field text.
 */
final class FieldParser {

    static final int NOT_NUMBER = 0;
    static final int INTEGER = 1;
    static final int DECIMAL = 2;

    /** Meta flags kept per decimal value so the original text can be rebuilt if the column becomes text. */
    static final int META_SCALE = 0x1F;
    static final int META_COMMA = 0x20;
    static final int META_NEGATIVE = 0x40;
    static final int META_INEXACT = 0x80;

    private static final double[] POW10 = new double[23];
    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final boolean acceptPoint;
    private final boolean acceptComma;
    private final boolean spaceGroups;
    private final boolean pointGroups;
    private byte[] scratch = new byte[64];

    /** Whether the last number parsed was written with thousands separators. */
    boolean grouped;
    /** The separator of the last grouped number: its bytes as written (a space, no-break space, point). */
    byte[] groupSeparator;

    /** The integer from the last {@link #parseNumber} that returned INTEGER. */
    int intValue;
    /** The value from the last {@link #parseNumber} that returned INTEGER or DECIMAL. */
    double doubleValue;
    /** The meta flags of the last number parsed. */
    byte meta;

    /** A parser that accepts thousands separated by spaces (of any kind), never by points. */
    FieldParser(boolean acceptPoint, boolean acceptComma) {
        this(acceptPoint, acceptComma, true, false);
    }

    /**
     * @param spaceGroups whether thousands may be separated by a space, no-break space or narrow no-break space
     * @param pointGroups whether thousands may be separated by a point (never when the point is a decimal mark)
     */
    FieldParser(boolean acceptPoint, boolean acceptComma, boolean spaceGroups, boolean pointGroups) {
        if (pointGroups && acceptPoint) {
            throw new IllegalArgumentException("the point cannot be both the decimal mark and the thousands separator");
        }
        this.acceptPoint = acceptPoint;
        this.acceptComma = acceptComma;
        this.spaceGroups = spaceGroups;
        this.pointGroups = pointGroups;
    }

    /** Classifies {@code b[s..e)} as INTEGER (fits in int, not MIN_VALUE), DECIMAL or NOT_NUMBER. */
    int parseNumber(byte[] b, int s, int e) {
        grouped = false;
        int kind = parsePlain(b, s, e);
        if (kind == NOT_NUMBER && (spaceGroups || pointGroups)) {
            return parseGrouped(b, s, e);
        }
        return kind;
    }

    /**
     * A number whose integer part is in groups of three digits: the separators are checked (the first group has one
     * to three digits and no leading zero, every later group three, one kind of separator) and left out, and the rest
     * parsed as usual.
     */
    private int parseGrouped(byte[] b, int s, int e) {
        int i = s;
        if (i < e && b[i] == '-') i++;
        int first = i;
        while (i < e && b[i] >= '0' && b[i] <= '9') i++;
        int lead = i - first;
        if (lead < 1 || lead > 3 || (b[first] == '0')) return NOT_NUMBER;
        int sepLength = separatorLength(b, i, e);
        if (sepLength == 0) return NOT_NUMBER;
        byte[] sep = java.util.Arrays.copyOfRange(b, i, i + sepLength);
        if (scratch.length < e - s) scratch = new byte[e - s];
        int n = 0;
        for (int k = s; k < i; k++) scratch[n++] = b[k];
        while (i < e && separatorLength(b, i, e) == sep.length && same(b, i, sep)) {
            i += sep.length;
            for (int k = 0; k < 3; k++, i++) {
                if (i >= e || b[i] < '0' || b[i] > '9') return NOT_NUMBER;
                scratch[n++] = b[i];
            }
        }
        if (i < e && b[i] >= '0' && b[i] <= '9') return NOT_NUMBER;
        if (i < e && b[i] != ',' && b[i] != '.' && b[i] != 'e' && b[i] != 'E') return NOT_NUMBER;
        for (int k = i; k < e; k++) scratch[n++] = b[k];
        int kind = parsePlain(scratch, 0, n);
        if (kind != NOT_NUMBER) {
            grouped = true;
            groupSeparator = sep;
        }
        return kind;
    }

    /** The length of the thousands separator at {@code b[i]}, or 0 when there is none this parser accepts. */
    private int separatorLength(byte[] b, int i, int e) {
        if (i >= e) return 0;
        int c = b[i] & 0xFF;
        if (spaceGroups) {
            if (c == ' ' || c == 0xA0) return 1;
            if (c == 0xC2 && i + 1 < e && (b[i + 1] & 0xFF) == 0xA0) return 2;
            if (c == 0xE2 && i + 2 < e && (b[i + 1] & 0xFF) == 0x80 && (b[i + 2] & 0xFF) == 0xAF) return 3;
        }
        return pointGroups && c == '.' ? 1 : 0;
    }

    private static boolean same(byte[] b, int i, byte[] sep) {
        for (int k = 0; k < sep.length; k++) {
            if (b[i + k] != sep[k]) return false;
        }
        return true;
    }

    /** The text of a number read with thousands separators: its digits grouped again with {@code separator}. */
    static byte[] regroup(byte[] plain, byte[] separator) {
        int start = plain.length > 0 && plain[0] == '-' ? 1 : 0;
        int end = start;
        while (end < plain.length && plain[end] >= '0' && plain[end] <= '9') end++;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plain.length + 8);
        out.write(plain, 0, start);
        for (int k = start; k < end; k++) {
            if (k > start && (end - k) % 3 == 0) out.write(separator, 0, separator.length);
            out.write(plain[k]);
        }
        out.write(plain, end, plain.length - end);
        return out.toByteArray();
    }

    private int parsePlain(byte[] b, int s, int e) {
        int i = s;
        boolean neg = false;
        if (i < e && b[i] == '-') {
            neg = true;
            i++;
        }
        int intStart = i;
        long mant = 0;
        int digits = 0;       // significant digits accumulated in mant
        boolean overflow = false;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            int d = b[i] - '0';
            if (digits < 18) {
                mant = mant * 10 + d;
                if (mant != 0) digits++;
            } else {
                overflow = true;
            }
            i++;
        }
        int intLen = i - intStart;
        if (intLen == 0) return NOT_NUMBER;
        if (intLen > 1 && b[intStart] == '0') return NOT_NUMBER;
        if (i == e) {
            if (!overflow && intLen <= 10) {
                long v = neg ? -mant : mant;
                if (v > Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                    intValue = (int) v;
                    doubleValue = v;
                    meta = 0;
                    return INTEGER;
                }
            }
            return slowDecimal(b, s, e, neg, 0, false, digits);
        }
        int scale = 0;
        boolean comma = false;
        byte m = b[i];
        if ((m == '.' && acceptPoint) || (m == ',' && acceptComma)) {
            comma = m == ',';
            i++;
            int fracStart = i;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                int d = b[i] - '0';
                if (digits < 18) {
                    mant = mant * 10 + d;
                    if (mant != 0) digits++;
                    scale++;
                } else {
                    overflow = true;
                }
                i++;
            }
            if (i == fracStart) return NOT_NUMBER;
            if (i == e) {
                if (!overflow && scale < POW10.length && mant < (1L << 53)) {
                    double v = mant / POW10[scale];
                    doubleValue = neg ? -v : v;
                    meta = (byte) (Math.min(scale, META_SCALE) | (comma ? META_COMMA : 0) | (neg ? META_NEGATIVE : 0)
                            | (digits > 15 || scale > META_SCALE ? META_INEXACT : 0));
                    return DECIMAL;
                }
                return slowDecimal(b, s, e, neg, scale, comma, digits);
            }
        }
        if (b[i] == 'e' || b[i] == 'E') {
            i++;
            if (i < e && (b[i] == '+' || b[i] == '-')) i++;
            int expStart = i;
            while (i < e && b[i] >= '0' && b[i] <= '9') i++;
            if (i == expStart || i != e) return NOT_NUMBER;
            return slowDecimal(b, s, e, neg, 0, comma, 99);
        }
        return NOT_NUMBER;
    }

    private int slowDecimal(byte[] b, int s, int e, boolean neg, int scale, boolean comma, int digits) {
        char[] chars = new char[e - s];
        for (int k = s; k < e; k++) chars[k - s] = b[k] == ',' ? '.' : (char) b[k];
        doubleValue = Double.parseDouble(new String(chars));
        boolean exact = digits <= 15 && scale <= META_SCALE;
        meta = (byte) (Math.min(scale, META_SCALE) | (comma ? META_COMMA : 0) | (neg ? META_NEGATIVE : 0)
                | (exact ? 0 : META_INEXACT));
        return DECIMAL;
    }

    /** The text a decimal was read from, rebuilt from its value and meta flags. */
    static byte[] decimalText(double value, byte metaFlags) {
        int flags = metaFlags & 0xFF;
        String text;
        if ((flags & META_INEXACT) != 0) {
            text = BigDecimal.valueOf(value).toPlainString();
        } else {
            text = new BigDecimal(value).setScale(flags & META_SCALE, RoundingMode.HALF_EVEN).toPlainString();
            if ((flags & META_NEGATIVE) != 0 && !text.startsWith("-")) text = "-" + text;
        }
        if ((flags & META_COMMA) != 0) text = text.replace('.', ',');
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The epoch day of an ISO {@code yyyy-MM-dd} date in {@code b[s..e)}, or {@link IntColumn#MISSING}. */
    static int parseDate(byte[] b, int s, int e) {
        if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') return IntColumn.MISSING;
        int y = digits(b, s, 4);
        int m = digits(b, s + 5, 2);
        int d = digits(b, s + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return IntColumn.MISSING;
        return epochDay(y, m, d);
    }

    /** 1 for true, 0 for false, -1 when {@code b[s..e)} is neither (ignoring ASCII case). */
    static int parseBoolean(byte[] b, int s, int e) {
        if (e - s == 4 && lower(b[s]) == 't' && lower(b[s + 1]) == 'r' && lower(b[s + 2]) == 'u'
                && lower(b[s + 3]) == 'e') return 1;
        if (e - s == 5 && lower(b[s]) == 'f' && lower(b[s + 1]) == 'a' && lower(b[s + 2]) == 'l'
                && lower(b[s + 3]) == 's' && lower(b[s + 4]) == 'e') return 0;
        return -1;
    }

    static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    private static int monthLength(int y, int m) {
        switch (m) {
            case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date, counting in 400-year cycles from March. */
    static int epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int shiftedMonth = month > 2 ? month - 3 : month + 9;
        int dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }
}
