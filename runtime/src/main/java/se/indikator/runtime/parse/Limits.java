package se.indikator.runtime.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;
import se.indikator.grammar.IndikatorLexer;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/**
 * The bounds a script must keep before it is parsed, so that neither the parser nor anything after it
 * recurses without bound: its size, its number of tokens, how deeply parentheses and braces nest, how many
 * prefix operators ({@code not}, {@code -}) stand in a row, and how long a chain of arithmetic is. Each
 * bound broken is a positioned error with the limit in the hint; a script that breaks one is not parsed.
 */
final class Limits {
    static final int MAX_CHARACTERS = 5_000_000;
    static final int MAX_TOKENS = 1_000_000;
    static final int MAX_NESTING = 100;
    static final int MAX_PREFIX = 100;
    static final int MAX_CHAIN = 1_000;

    private Limits() {
    }

    /** Whether the script is small enough to lex at all; reports why not. */
    static boolean size(SourceFile source, Diagnostics d) {
        if (source.text().length() <= MAX_CHARACTERS) {
            return true;
        }
        d.error("E006", new Span(source, 1, 1, 1, 2), "the script is " + source.text().length() + " characters long",
                "a script may be at most " + MAX_CHARACTERS + " characters; split it into files joined by import");
        return false;
    }

    /** Whether the tokens keep every bound; reports each bound broken (once). */
    static boolean tokens(SourceFile source, List<Token> tokens, Diagnostics d) {
        if (tokens.size() > MAX_TOKENS) {
            d.error("E006", Spans.of(source, tokens.get(MAX_TOKENS)), "the script has more than " + MAX_TOKENS + " words and signs",
                    "split it into files joined by import");
            return false;
        }
        boolean ok = true;
        int depth = 0;
        int prefix = 0;
        int chain = 0;
        boolean nesting = false;
        boolean prefixes = false;
        boolean chains = false;
        Token previous = null;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = t.getType();
            if (type == IndikatorLexer.LPAREN || type == IndikatorLexer.LBRACE) {
                depth++;
                if (depth > MAX_NESTING && !nesting) {
                    nesting = true;
                    ok = false;
                    d.error("E007", Spans.of(source, t), "parentheses and braces nest more than " + MAX_NESTING + " deep here",
                            "the limit is " + MAX_NESTING + " levels; write the expression in steps");
                }
            } else if (type == IndikatorLexer.RPAREN || type == IndikatorLexer.RBRACE) {
                depth = Math.max(0, depth - 1);
            }
            boolean unary = type == IndikatorLexer.NOT || type == IndikatorLexer.MINUS && !operand(previous);
            prefix = unary ? prefix + 1 : 0;
            if (prefix > MAX_PREFIX && !prefixes) {
                prefixes = true;
                ok = false;
                d.error("E007", Spans.of(source, t), "more than " + MAX_PREFIX + " 'not' or '-' in a row",
                        "the limit is " + MAX_PREFIX + "; two of them cancel out");
            }
            boolean binary = !unary && (type == IndikatorLexer.PLUS || type == IndikatorLexer.MINUS
                    || type == IndikatorLexer.STAR || type == IndikatorLexer.SLASH);
            if (binary) {
                chain++;
                if (chain > MAX_CHAIN && !chains) {
                    chains = true;
                    ok = false;
                    d.error("E007", Spans.of(source, t), "more than " + MAX_CHAIN + " arithmetic operations in one expression",
                            "the limit is " + MAX_CHAIN + "; compute the value in a column of the data instead");
                }
            } else if (!operand(t) && type != IndikatorLexer.LPAREN && !unary) {
                chain = 0;
            }
            previous = t;
        }
        return ok;
    }

    /** Whether a token ends an operand (so that a following '-' subtracts rather than negates). */
    private static boolean operand(Token t) {
        if (t == null) {
            return false;
        }
        int type = t.getType();
        if (type == IndikatorLexer.NOT || type == IndikatorLexer.AND || type == IndikatorLexer.OR) {
            return false;
        }
        return type == IndikatorLexer.NUMBER || type == IndikatorLexer.STRING || type == IndikatorLexer.RPAREN
                || type == IndikatorLexer.PERCENT || !t.getText().isEmpty() && Character.isLetter(t.getText().charAt(0));
    }
}
