package se.indikator.runtime.ast;

import se.indikator.runtime.diag.Span;

/** A name as written, with its place: {@code amenable} in {@code show amenable by region}. */
public record Name(String text, Span span) {
    @Override
    public String toString() {
        return text;
    }
}
