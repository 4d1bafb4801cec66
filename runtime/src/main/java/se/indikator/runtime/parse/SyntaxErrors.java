package se.indikator.runtime.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import se.indikator.grammar.IndikatorLexer;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/**
 * Turns ANTLR's syntax errors into positioned diagnostics with words a user understands, e.g.
 * {@code unexpected 'from': a statement cannot start here}; at most one per line.
 */
final class SyntaxErrors extends BaseErrorListener {
    private final SourceFile source;
    private final Diagnostics diagnostics;
    private int lastLine = -1;

    SyntaxErrors(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        if (line == lastLine) {
            return;
        }
        lastLine = line;
        int column = charPositionInLine + 1;
        if (offendingSymbol instanceof Token t) {
            Span span = Spans.of(source, t);
            if (t.getType() == IndikatorLexer.UNTERMINATED_STRING) {
                diagnostics.error("E001", span, "unterminated string " + shorten(t.getText()),
                        "close the string with \" on the same line");
            } else if (t.getType() == IndikatorLexer.ERROR_CHAR) {
                diagnostics.error("E002", span, "unexpected character '" + t.getText() + "'", t.getText().equals("`")
                        ? "a quoted name ends with a backquote on the same line, e.g. `Antal besök`"
                        : "names use letters, digits and _ (other names go in backquotes: `Antal besök`); text goes in double quotes");
            } else if (t.getType() == Token.EOF) {
                Span at = new Span(source, line, column, line, column + 1);
                if (recognizer instanceof org.antlr.v4.runtime.Parser p && p.getTokenStream().index() > 0) {
                    Token last = p.getTokenStream().LT(-1);
                    if (last != null && last.getType() != Token.EOF) {
                        Span l = Spans.of(source, last);
                        at = new Span(source, l.line(), l.endColumn(), l.line(), l.endColumn() + 1);
                    }
                }
                diagnostics.error("E003", at, "the statement is not finished at the end of the script",
                        hint(expected(recognizer, msg)));
            } else {
                diagnostics.error("E004", span, "unexpected '" + t.getText() + "'" + context(msg),
                        t.getText().equals("=") ? "to compare, write '==' (a single '=' declares a name)"
                                : hint(expected(recognizer, msg)));
            }
        } else {
            diagnostics.error("E005", new Span(source, line, column, line, column + 1), msg, null);
        }
    }

    /** ANTLR's message, with the parser's expected tokens added when the message lacks them. */
    private static String expected(Recognizer<?, ?> recognizer, String msg) {
        if (msg.contains("expecting") || !(recognizer instanceof org.antlr.v4.runtime.Parser p)) {
            return msg;
        }
        try {
            return msg + " expecting " + p.getExpectedTokens().toString(p.getVocabulary());
        } catch (RuntimeException e) {
            return msg;
        }
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private static String context(String msg) {
        if (msg.startsWith("extraneous input")) {
            return "";
        }
        return "";
    }

    private static String hint(String msg) {
        int i = msg.indexOf("expecting ");
        if (i < 0) {
            return "check the statement's spelling against the language reference (docs/language.md)";
        }
        String expected = msg.substring(i + "expecting ".length()).replace("'", "").replace("{", "").replace("}", "");
        String[] parts = expected.split(",\\s*");
        if (parts.length > 10) {
            return "check the statement's spelling against the language reference (docs/language.md)";
        }
        StringBuilder sb = new StringBuilder("expected ");
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                sb.append(k == parts.length - 1 ? " or " : ", ");
            }
            sb.append(readable(parts[k].trim()));
        }
        return sb.toString();
    }

    private static String readable(String tokenName) {
        return switch (tokenName) {
            case "IDENT" -> "a name";
            case "STRING" -> "a \"string\"";
            case "NUMBER" -> "a number";
            case "<EOF>" -> "the end of the script";
            default -> "'" + tokenName.toLowerCase(java.util.Locale.ROOT) + "'";
        };
    }
}
