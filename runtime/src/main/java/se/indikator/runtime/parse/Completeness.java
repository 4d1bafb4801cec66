package se.indikator.runtime.parse;

import java.util.List;
import java.util.Set;

/**
 * Whether typed input is a finished piece of script or should continue on the next line: an open
 * brace or parenthesis, an unterminated string, or a last word that needs something after it
 * ({@code by}, {@code where}, {@code and}, {@code =}, a comma, an operator …) means "continue".
 */
public final class Completeness {
    private Completeness() {
    }

    private static final Set<String> DANGLING = Set.of("by", "where", "and", "or", "not", "from", "to", "=", ",",
            "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "then", "else", "when", "case", "in", "between",
            "read", "measure", "numerator", "denominator", "cohort", "standardise", "standardize", "ci", "polarity",
            "target", "weights", "reference", "across", "within", "per", "of", "is", "set", "data", "breakdown",
            "indicator", "show", "export", "compare", "use", "import", "standardisation", "standardization", "list",
            "quality", "×");

    /** True when the input should be run; false when it continues on another line. */
    public static boolean isComplete(String text) {
        List<LexToken> tokens = Parser.tokens(text);
        int braces = 0;
        int parens = 0;
        LexToken last = null;
        for (LexToken t : tokens) {
            if (t.kind() == LexToken.Kind.WHITESPACE || t.kind() == LexToken.Kind.COMMENT || t.kind() == LexToken.Kind.PROSE) {
                continue;
            }
            if (t.kind() == LexToken.Kind.ERROR && t.text().startsWith("\"")) {
                return false;
            }
            switch (t.text()) {
                case "{" -> braces++;
                case "}" -> braces--;
                case "(" -> parens++;
                case ")" -> parens--;
                default -> {
                }
            }
            last = t;
        }
        if (braces > 0 || parens > 0) {
            return false;
        }
        return last == null || !DANGLING.contains(last.text());
    }
}
