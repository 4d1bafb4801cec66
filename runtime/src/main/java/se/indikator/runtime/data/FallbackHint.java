package se.indikator.runtime.data;

import java.util.regex.Pattern;

/**
 * The hint for a column that turned to text at a value: what the value looks like (a number with thousands
 * separators or a decimal mark the options do not accept, a code with leading zeros, a missing-value marker)
 * and what to write so that it is read as meant.
 */
final class FallbackHint {
    private static final Pattern POINT_GROUPS = Pattern.compile("-?[1-9][0-9]{0,2}(\\.[0-9]{3})+(,[0-9]+)?");
    private static final Pattern SPACE_GROUPS = Pattern.compile("-?[1-9][0-9]{0,2}([ \u00a0\u202f][0-9]{3})+([.,][0-9]+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");
    private static final Pattern MARKER = Pattern.compile("[-–—x?*]|\\.\\.|n/a|saknas|uppgift saknas", Pattern.CASE_INSENSITIVE);

    private FallbackHint() {
    }

    static String of(String value, ReadOptions options) {
        String v = value.strip();
        if (POINT_GROUPS.matcher(v).matches()) {
            return "'" + v + "' has points between thousands: declare them with thousands \".\" (or decimal \",\") "
                    + "after the file name";
        }
        if (SPACE_GROUPS.matcher(v).matches()) {
            return "'" + v + "' has spaces between thousands, which this read does not accept: remove thousands "
                    + (options.thousands() == null ? "" : "\"" + options.thousands() + "\" ") + "from the read options";
        }
        if (DECIMAL_COMMA.matcher(v).matches()) {
            return "'" + v + "' has a decimal comma: declare it with decimal \",\" after the file name";
        }
        if (LEADING_ZERO.matcher(v).matches()) {
            return "codes with leading zeros (like " + v + ") are kept as text; if the column is a code, that is right";
        }
        if (MARKER.matcher(v).matches()) {
            return "if '" + v + "' means a missing value, list it: missing \"" + v + "\" after the file name";
        }
        return "if the column is meant to hold numbers, correct this value or mark it missing (e.g. NA), "
                + "or list such values as extra missing markers: missing \"" + v + "\"";
    }
}
