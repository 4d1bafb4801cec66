package se.indikator.kernel;

import java.util.Optional;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.result.CatalogueTable;
import se.indikator.runtime.session.Session;

/**
 * What the kernel shows for the name at the cursor ({@code inspect_request}, Shift-Tab in a front-end): an
 * indicator's definition as written and its catalogue metadata, a data table's description (its columns
 * with their types and missing counts, as the shell's {@code :describe}), a breakdown's name, a function's
 * signature.
 */
final class Inspector {
    private Inspector() {
    }

    /** The name the cursor is in or just after (letters, digits, underscores; a backquoted name whole). */
    static String nameAt(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int start = at;
        while (start > 0 && isNamePart(code.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < code.length() && isNamePart(code.charAt(end))) {
            end++;
        }
        return code.substring(start, end);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The description of {@code name} as plain text, if the session knows the name. */
    static Optional<String> describe(Session session, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndicatorDef> indicator = session.catalog().indicator(name);
        if (indicator.isPresent()) {
            return Optional.of(indicator(indicator.get(), session.catalog().settings().swedish()));
        }
        Optional<Dataset> data = session.catalog().data(name);
        if (data.isPresent()) {
            return Optional.of(data.get().describe().render());
        }
        BreakdownDef b = session.catalog().breakdowns().get(name);
        if (b != null) {
            return Optional.of("breakdown " + name + "\n");
        }
        var f = session.functions().all().get(name);
        if (f != null) {
            return Optional.of("function " + f.name() + "\n" + f.description() + "\n");
        }
        return Optional.empty();
    }

    /** An indicator's definition as written, then its catalogue entry (the columns that have a value). */
    static String indicator(IndicatorDef i, boolean swedish) {
        StringBuilder sb = new StringBuilder(i.sourceText().strip()).append("\n\n");
        CatalogueTable.entry(i, swedish).forEach((column, value) -> sb.append(String.format("%-16s %s%n", column + ":", value)));
        return sb.toString();
    }
}
