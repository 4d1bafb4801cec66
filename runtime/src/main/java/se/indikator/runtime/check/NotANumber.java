package se.indikator.runtime.check;

import java.util.Optional;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.TextColumn;

/**
 * Why a column that should hold numbers was read as text: its first value that is not a number, and the
 * line of the file it stands on — so that a message can point at "1 234" on line 2 rather than at the
 * column as a whole.
 */
final class NotANumber {
    private NotANumber() {
    }

    /** E.g. {@code : '1 234' on line 2 of data/dec.csv is not a number}, or empty for a column that is not text. */
    static String why(Dataset d, Column c) {
        if (d.engine().isPresent() && c instanceof TextColumn) {
            try { // only the column comes back from the engine that holds the rows
                Dataset rows = se.indikator.runtime.data.EngineRows.inMemory(d, java.util.List.of(c.name()));
                return first(rows, rows.column(c.name()).orElseThrow()).orElse("");
            } catch (java.sql.SQLException e) {
                return "";
            }
        }
        return first(d, c).orElse("");
    }

    private static Optional<String> first(Dataset d, Column c) {
        if (!(c instanceof TextColumn t)) {
            return Optional.empty();
        }
        for (int r = 0; r < t.size(); r++) {
            String v = t.get(r);
            if (v != null && !number(v)) {
                String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
                return Optional.of(": '" + shown + "' on line " + d.sourceLine(r) + " of " + d.source() + " is not a number");
            }
        }
        return Optional.empty();
    }

    private static boolean number(String v) {
        try {
            String digits = v.strip();
            if (digits.matches("-?[1-9][0-9]{0,2}([ \u00a0\u202f][0-9]{3})+([.,][0-9]+)?")) {
                digits = digits.replaceAll("[ \u00a0\u202f]", "");
            }
            Double.parseDouble(digits.replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
