package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * The columns a statement prints — {@code columns value, lower_95, upper_95}, or one of the words {@code compact},
 * {@code counts}, {@code all} — as written, with its place; only printing follows it, files get every column.
 */
public record Columns(List<Name> names, Span span) {
    public Columns {
        names = List.copyOf(names);
    }

    /** The names as written. */
    public List<String> texts() {
        return names.stream().map(Name::text).toList();
    }
}
