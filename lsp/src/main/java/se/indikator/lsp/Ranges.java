package se.indikator.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import se.indikator.runtime.diag.Span;

/**
 * Places between the language's spans (lines and columns from 1, counted in characters) and the protocol's
 * ranges (lines and characters from 0, counted in UTF-16 code units), and between positions and character
 * indices of a document's text.
 */
final class Ranges {
    private Ranges() {
    }

    /** The range of a span of {@code text}; a span without a place is the start of the document. */
    static Range of(Span span, String text) {
        if (!span.isKnown()) {
            return new Range(new Position(0, 0), new Position(0, 0));
        }
        Position start = position(text, span.line(), span.column());
        Position end = position(text, span.endLine(), span.endColumn());
        if (end.getLine() < start.getLine() || end.getLine() == start.getLine() && end.getCharacter() < start.getCharacter()) {
            end = start;
        }
        return new Range(start, end);
    }

    /** The position of the 1-based line and column (in code points) of {@code text}, kept inside the text. */
    static Position position(String text, int line, int column) {
        String l = line(text, line - 1);
        int points = l.codePointCount(0, l.length());
        int cp = Math.max(0, Math.min(column - 1, points));
        return new Position(Math.max(0, line - 1), l.offsetByCodePoints(0, cp));
    }

    /** The 0-based line {@code index} of {@code text} without its line break; empty beyond the end. */
    static String line(String text, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        String l = end < 0 ? text.substring(start) : text.substring(start, end);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /** The character index of a position in {@code text}, kept inside the text. */
    static int offset(String text, Position p) {
        int start = 0;
        for (int i = 0; i < p.getLine(); i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return text.length();
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        int lineEnd = end < 0 ? text.length() : end;
        return Math.min(start + Math.max(0, p.getCharacter()), lineEnd);
    }

    /** The position of a character index in {@code text}. */
    static Position at(String text, int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < o; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, o - lineStart);
    }

    /** The range between two character indices of {@code text}. */
    static Range between(String text, int start, int end) {
        return new Range(at(text, start), at(text, end));
    }
}
