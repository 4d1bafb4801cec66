package se.indikator.runtime.notebook;

import java.util.Set;
import se.indikator.runtime.result.NumberFormat;
import se.indikator.runtime.result.ResultTable;

/**
 * Formats one cell of a result table for people, as the terminal table does: counts without
 * decimals, {@code deviation_pct} signed with one decimal, p-values with four, ratios with three,
 * {@code chi2} with two and estimates with the table's decimals; decimal comma in Swedish; blank
 * (suppressed) cells as empty text.
 */
public final class CellFormat {
    private CellFormat() {
    }

    private static final Set<String> COUNT_COLUMNS = Set.of("numerator", "denominator", "observed", "rows", "missing",
            "df");

    /** The text of {@code value} in column {@code column} of {@code table}. */
    public static String format(ResultTable table, String column, Object value, boolean decimalComma) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof Double d)) {
            return value.toString();
        }
        if (COUNT_COLUMNS.contains(column)) {
            return NumberFormat.count(d, decimalComma);
        }
        if (column.equals("deviation_pct")) {
            return signed(NumberFormat.human(d, 1, decimalComma));
        }
        if (column.startsWith("p_")) {
            return NumberFormat.human(d, 4, decimalComma);
        }
        if (column.startsWith("ratio")) {
            return NumberFormat.human(d, 3, decimalComma);
        }
        if (column.equals("chi2")) {
            return NumberFormat.human(d, 2, decimalComma);
        }
        return NumberFormat.human(d, table.decimals(), decimalComma);
    }

    private static String signed(String s) {
        return s.isEmpty() || s.startsWith("-") || s.matches("0([.,]0+)?") ? s : "+" + s;
    }
}
