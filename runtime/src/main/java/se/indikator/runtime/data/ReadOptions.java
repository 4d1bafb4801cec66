package se.indikator.runtime.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Options of a {@code read}; every component may be {@code null} (or empty) to mean "detect" or "the default".
 *
 * @param separator the field separator of a text file: {@code ','}, {@code ';'} or {@code '\t'}; null to detect
 * @param decimalMark the decimal mark: {@code '.'} or {@code ','}; null to accept a comma with {@code ;} and
 *        tab separators and a point always
 * @param encoding UTF-8, ISO-8859-1 or windows-1252; null to use UTF-8 when the bytes are valid UTF-8 and
 *        ISO-8859-1 otherwise
 * @param extraMissingMarkers values read as missing in addition to empty, NA, . and NULL (all compared
 *        ignoring ASCII case)
 * @param thousands the thousands separator: {@code ' '} (a space, a no-break space or a narrow no-break space),
 *        {@code '.'} (with a decimal comma) or {@link #NO_THOUSANDS}; null to accept spaces always and points
 *        when the decimal mark is a comma, in groups of three digits
 * @param sheet a workbook's sheet by name, or by its number from 1 written as digits; null for the first
 * @param range a workbook's cell range, e.g. {@code B3:F200}; null for the sheet's used cells
 * @param headerRow the row (from 1, within the range) that holds the column names; null for the first
 */
public record ReadOptions(Character separator, Character decimalMark, Charset encoding,
                          List<String> extraMissingMarkers, Character thousands, String sheet, String range,
                          Integer headerRow) {

    /** The {@link #thousands()} value that says numbers have no thousands separator. */
    public static final char NO_THOUSANDS = '\0';

    private static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, List.of());

    /** Validates the components. */
    public ReadOptions {
        if (separator != null && separator != ',' && separator != ';' && separator != '\t') {
            throw new IllegalArgumentException("the separator must be ',', ';' or a tab, not '" + separator + "'");
        }
        if (decimalMark != null && decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("the decimal mark must be '.' or ',', not '" + decimalMark + "'");
        }
        if (encoding != null && !encoding.equals(StandardCharsets.UTF_8)
                && !encoding.equals(StandardCharsets.ISO_8859_1) && !encoding.name().equals("windows-1252")) {
            throw new IllegalArgumentException("the encoding must be UTF-8, ISO-8859-1 or windows-1252, not "
                    + encoding.name());
        }
        if (thousands != null && thousands != ' ' && thousands != '.' && thousands != NO_THOUSANDS) {
            throw new IllegalArgumentException("the thousands separator must be a space or '.', not '" + thousands + "'");
        }
        if (headerRow != null && headerRow < 1) {
            throw new IllegalArgumentException("the header row counts from 1, not " + headerRow);
        }
        extraMissingMarkers = extraMissingMarkers == null ? List.of() : List.copyOf(extraMissingMarkers);
    }

    /** Options of a text file, detecting the thousands separator; the workbook options are defaults. */
    public ReadOptions(Character separator, Character decimalMark, Charset encoding, List<String> extraMissingMarkers) {
        this(separator, decimalMark, encoding, extraMissingMarkers, null, null, null, null);
    }

    /** Options that detect everything. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** These options with a fixed separator. */
    public ReadOptions withSeparator(char sep) {
        return new ReadOptions(sep, decimalMark, encoding, extraMissingMarkers, thousands, sheet, range, headerRow);
    }

    /** These options with a fixed decimal mark. */
    public ReadOptions withDecimalMark(char mark) {
        return new ReadOptions(separator, mark, encoding, extraMissingMarkers, thousands, sheet, range, headerRow);
    }

    /** These options with a fixed encoding. */
    public ReadOptions withEncoding(Charset charset) {
        return new ReadOptions(separator, decimalMark, charset, extraMissingMarkers, thousands, sheet, range, headerRow);
    }

    /** These options with extra missing-value markers. */
    public ReadOptions withMissingMarkers(String... markers) {
        return new ReadOptions(separator, decimalMark, encoding, List.of(markers), thousands, sheet, range, headerRow);
    }

    /** These options with a declared thousands separator ({@link #NO_THOUSANDS} for none). */
    public ReadOptions withThousands(char mark) {
        return new ReadOptions(separator, decimalMark, encoding, extraMissingMarkers, mark, sheet, range, headerRow);
    }

    /** These options reading a workbook's sheet (a name, or a number from 1 as digits). */
    public ReadOptions withSheet(String name) {
        return new ReadOptions(separator, decimalMark, encoding, extraMissingMarkers, thousands, name, range, headerRow);
    }

    /** These options reading a workbook's sheet by its number from 1. */
    public ReadOptions withSheetNumber(int number) {
        return withSheet(Integer.toString(number));
    }

    /** These options reading a workbook's cell range, e.g. {@code B3:F200}. */
    public ReadOptions withRange(String cells) {
        return new ReadOptions(separator, decimalMark, encoding, extraMissingMarkers, thousands, sheet, cells, headerRow);
    }

    /** These options taking the column names from row {@code row} (from 1) of the sheet or range. */
    public ReadOptions withHeaderRow(int row) {
        return new ReadOptions(separator, decimalMark, encoding, extraMissingMarkers, thousands, sheet, range, row);
    }
}
