package se.indikator.runtime.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Parses one field's bytes as an integer, decimal, ISO date or boolean without creating Strings, leaving
 * the result in its fields. Numbers follow {@code -?(0|[1-9][0-9]*)([.,][0-9]+)?([eE][+-]?[0-9]+)?}: a
 * leading zero before further digits (as in region code {@code 01}) or a {@code +} sign makes a field text.
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

    /** The integer from the last {@link #parseNumber} that returned INTEGER. */
    int intValue;
    /** The value from the last {@link #parseNumber} that returned INTEGER or DECIMAL. */
    double doubleValue;
    /** The meta flags of the last number parsed. */
    byte meta;

    FieldParser(boolean acceptPoint, boolean acceptComma) {
        this.acceptPoint = acceptPoint;
        this.acceptComma = acceptComma;
    }

    /** Classifies {@code b[s..e)} as INTEGER (fits in int, not MIN_VALUE), DECIMAL or NOT_NUMBER. */
    int parseNumber(byte[] b, int s, int e) {
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
