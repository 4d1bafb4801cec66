package se.indikator.runtime.diag;

/**
 * Where a piece of the program stands in its source: 1-based line and column of the first
 * character and the column just past the last character on the first line, e.g. {@code agee} in
 * {@code where agee between 35 and 79} is line 14, columns 33–37.
 *
 * <p>A span takes no part in equality: every span equals every other, so that syntax trees, which
 * carry spans, are equal when they are written alike wherever they stand ({@code age >= 25} in two
 * indicators is one condition). Compare places with {@link #samePlace}.
 */
public record Span(SourceFile source, int line, int column, int endLine, int endColumn) {

    /** A span for things that have no place in a script (built-ins, settings made in code). */
    public static final Span NONE = new Span(new SourceFile("<built-in>", ""), 0, 0, 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    /** The covering span from this span's start to {@code other}'s end. */
    public Span to(Span other) {
        if (!isKnown()) {
            return other;
        }
        if (!other.isKnown()) {
            return this;
        }
        return new Span(source, line, column, other.endLine, other.endColumn);
    }

    /** The text the span covers, on its first line. */
    public String text() {
        String l = source.line(line);
        int from = Math.min(Math.max(column - 1, 0), l.length());
        int to = endLine == line ? Math.min(Math.max(endColumn - 1, from), l.length()) : l.length();
        return l.substring(from, to);
    }

    /** Whether the two spans cover the same text of the same source. */
    public boolean samePlace(Span o) {
        return o != null && source.name().equals(o.source.name()) && line == o.line && column == o.column
                && endLine == o.endLine && endColumn == o.endColumn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Span;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return source.name() + ":" + line + ":" + column;
    }
}
