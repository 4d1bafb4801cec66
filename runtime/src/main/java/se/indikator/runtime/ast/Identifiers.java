package se.indikator.runtime.ast;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a name is written in the language: as it is when it is an identifier (letters of any alphabet, digits
 * and {@code _}, not starting with a digit) and not a reserved word, otherwise in backquotes —
 * {@code `Antal besök`}, {@code `2023`}, {@code `show`}. A test keeps the reserved words equal to the
 * lexer's keywords that cannot be names.
 */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}0-9_]*");

    /** The keywords that are never names: every other keyword is a name where the grammar expects one. */
    public static final Set<String> RESERVED = Set.of("and", "as", "below", "between", "breakdown", "by", "case",
            "catalog", "catalogue", "compare", "data", "else", "export", "false", "from", "funnel", "import", "in",
            "indicator", "inequality", "is", "missing", "none", "not", "on", "or", "over", "per", "plot", "profile",
            "quality", "rank", "read", "relate", "set", "show", "standardisation", "standardise", "standardization",
            "standardize", "suppress", "then", "trend", "true", "use", "when", "where");

    private Identifiers() {
    }

    /** Whether {@code name} can be written without backquotes. */
    public static boolean plain(String name) {
        return PLAIN.matcher(name).matches() && !RESERVED.contains(name);
    }

    /** {@code name} as the language writes it: plain, or in backquotes. */
    public static String written(String name) {
        return plain(name) ? name : "`" + name + "`";
    }

    /** Whether a name can be written at all: a quoted name holds no backquote and no line break. */
    public static boolean writable(String name) {
        return !name.isEmpty() && name.indexOf('`') < 0 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0;
    }
}
