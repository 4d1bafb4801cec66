package se.indikator.runtime.ast;

import se.indikator.runtime.diag.Span;

/**
 * A column renamed as it is read — {@code rename "Antal besök" as besok} — by its header as written in the
 * file, with its place, and the name the script uses.
 */
public record Rename(String header, Span headerSpan, Name name) {
}
