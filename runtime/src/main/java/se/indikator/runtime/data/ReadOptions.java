package se.indikator.runtime.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Options for {@link CsvReader}; every component may be {@code null} (or empty) to mean "detect".
 *
 * @param separator the field separator: {@code ','}, {@code ';'} or {@code '\t'}; null to detect
 * @param decimalMark the decimal mark: {@code '.'} or {@code ','}; null to accept a comma with {@code ;} and
 *        tab separators and a point always
 * @param encoding UTF-8, ISO-8859-1 or windows-1252; null to use UTF-8 when the bytes are valid UTF-8 and
 *        ISO-8859-1 otherwise
 * @param extraMissingMarkers values read as missing in addition to empty, NA, . and NULL (all compared
 *        ignoring ASCII case)
 */
public record ReadOptions(Character separator, Character decimalMark, Charset encoding,
                          List<String> extraMissingMarkers) {

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
        extraMissingMarkers = extraMissingMarkers == null ? List.of() : List.copyOf(extraMissingMarkers);
    }

    /** Options that detect everything. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** These options with a fixed separator. */
    public ReadOptions withSeparator(char sep) {
        return new ReadOptions(sep, decimalMark, encoding, extraMissingMarkers);
    }

    /** These options with a fixed decimal mark. */
    public ReadOptions withDecimalMark(char mark) {
        return new ReadOptions(separator, mark, encoding, extraMissingMarkers);
    }

    /** These options with a fixed encoding. */
    public ReadOptions withEncoding(Charset charset) {
        return new ReadOptions(separator, decimalMark, charset, extraMissingMarkers);
    }

    /** These options with extra missing-value markers. */
    public ReadOptions withMissingMarkers(String... markers) {
        return new ReadOptions(separator, decimalMark, encoding, List.of(markers));
    }
}
