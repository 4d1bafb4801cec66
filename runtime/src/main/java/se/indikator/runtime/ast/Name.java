package se.indikator.runtime.ast;

import se.indikator.runtime.diag.Span;

/** A name as written, with its place: {@code amenable} in {@code show amenable by region}. */
public record Name(String text, Span span) {
    /** The name as the language writes it: in backquotes when it is not a plain identifier. */
    public String written() {
        return Identifiers.written(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
