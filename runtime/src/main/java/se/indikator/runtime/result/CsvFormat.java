package se.indikator.runtime.result;

/**
 * How CSV files are written: RFC 4180 (commas, points, UTF-8 — the default, for programs) or for a Swedish
 * Excel (semicolons, decimal commas, UTF-8 with a byte-order mark, so that a double-click opens the columns
 * with å, ä and ö right); and whether text a spreadsheet would run as a formula is neutralised.
 *
 * @param swedish semicolons, decimal commas and a byte-order mark
 * @param neutralise text cells starting with = + - @, a tab or a carriage return get a leading apostrophe
 */
public record CsvFormat(boolean swedish, boolean neutralise) {
    /** RFC 4180 with formulas neutralised. */
    public static final CsvFormat STANDARD = new CsvFormat(false, true);

    /** The field separator. */
    public char separator() {
        return swedish ? ';' : ',';
    }
}
