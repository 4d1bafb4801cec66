package se.indikator.runtime.parse;

import se.indikator.grammar.IndikatorLexer;

/**
 * A token of the language's own lexer as the shell sees it: its kind (keyword, string, number,
 * name, comment, prose, operator, error) and its character range in the input.
 */
public record LexToken(Kind kind, int start, int end, String text) {

    /** Token kinds for colouring. */
    public enum Kind {
        KEYWORD, STRING, NUMBER, NAME, COMMENT, PROSE, OPERATOR, WHITESPACE, ERROR
    }

    static Kind kindOf(int type, int channel) {
        if (type == IndikatorLexer.PROSE) {
            return Kind.PROSE;
        }
        if (type == IndikatorLexer.COMMENT || type == IndikatorLexer.OPTION) {
            return Kind.COMMENT;
        }
        if (type == IndikatorLexer.WS) {
            return Kind.WHITESPACE;
        }
        if (type == IndikatorLexer.STRING) {
            return Kind.STRING;
        }
        if (type == IndikatorLexer.UNTERMINATED_STRING || type == IndikatorLexer.ERROR_CHAR) {
            return Kind.ERROR;
        }
        if (type == IndikatorLexer.NUMBER) {
            return Kind.NUMBER;
        }
        if (type == IndikatorLexer.IDENT) {
            return Kind.NAME;
        }
        String literal = IndikatorLexer.VOCABULARY.getLiteralName(type);
        if (literal != null && Character.isLetter(literal.charAt(1))) {
            return Kind.KEYWORD;
        }
        if (type == IndikatorLexer.JAVA_CELL) {
            return Kind.NAME;
        }
        if (type == IndikatorLexer.STANDARDISATION || type == IndikatorLexer.STANDARDISE) {
            return Kind.KEYWORD;
        }
        return Kind.OPERATOR;
    }
}
