package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.parse.LexToken;
import se.indikator.runtime.parse.Parser;

/**
 * What the words before a cursor ask for, read from the language's own tokens: after {@code by} (or a comma
 * of a {@code by} list) a breakdown or a column, after {@code measure} a measure, after {@code from} a data
 * name, inside a {@code where} condition a column of the data it filters (the {@code from} just before it, or
 * the indicator the statement names), after {@code show} an indicator, inside {@code read "…"} a path.
 *
 * @param kind what may stand at the cursor
 * @param data the data whose columns are meant ({@code from deaths where …}), when the text says
 * @param indicator the indicator the statement is about ({@code show amenable by …}), when the text says
 * @param start where the word being typed starts (a character index), which a choice replaces
 * @param partial the word typed so far (for a path: the path after the opening quote)
 */
public record CompletionContext(Kind kind, Optional<String> data, Optional<String> indicator, int start, String partial) {

    /** What may stand at the cursor. */
    public enum Kind {
        /** A breakdown or a column, after {@code by}. */
        BY,
        /** A measure, after {@code measure}. */
        MEASURE,
        /** A data name, after {@code from} or {@code quality}. */
        DATA,
        /** A column of the filtered data, a function or a list, inside a {@code where}. */
        WHERE,
        /** An indicator, after a statement that computes one. */
        INDICATOR,
        /** A standardisation, after {@code standardise}. */
        STANDARDISATION,
        /** A standard population, after {@code weights}. */
        POPULATION,
        /** A file or folder, inside the quotes of {@code read}, {@code import} or {@code from}. */
        PATH,
        /** Anything the session knows. */
        ANY
    }

    /** The statements whose first name is an indicator. */
    private static final Set<String> ABOUT_AN_INDICATOR = Set.of("show", "plot", "export", "trend", "funnel", "inequality",
            "rank", "relate", "compare");
    /** The words that may stand inside a condition, which a {@code where} reaches back over. */
    private static final Set<String> IN_A_CONDITION = Set.of("and", "or", "not", "between", "in", "is", "true", "false",
            "missing", "case", "when", "then", "else", "band", "to", "step", "year", "years");

    /** The context at {@code cursor}, a character index into {@code text}. */
    public static CompletionContext at(String text, int cursor) {
        int end = Math.max(0, Math.min(cursor, text.length()));
        String before = text.substring(0, end);
        if (Completions.insideReadString(before) || insideQuotesAfter(before, "import") || insideQuotesAfter(before, "from")) {
            int quote = before.lastIndexOf('"');
            return new CompletionContext(Kind.PATH, Optional.empty(), Optional.empty(), quote + 1, before.substring(quote + 1));
        }
        // a backquoted name being typed: the open backquote starts the word
        int tick = before.lastIndexOf('`');
        boolean openTick = tick >= 0 && before.chars().filter(c -> c == '`').count() % 2 == 1;
        List<LexToken> tokens = new ArrayList<>();
        for (LexToken t : Parser.tokens(openTick ? before.substring(0, tick) : before)) {
            if (t.kind() != LexToken.Kind.WHITESPACE && t.kind() != LexToken.Kind.COMMENT && t.kind() != LexToken.Kind.PROSE) {
                tokens.add(t);
            }
        }
        int start = openTick ? tick : end;
        String partial = openTick ? before.substring(tick) : "";
        if (!openTick && !tokens.isEmpty()) {
            LexToken last = tokens.get(tokens.size() - 1);
            boolean word = last.kind() == LexToken.Kind.NAME || last.kind() == LexToken.Kind.KEYWORD
                    || last.text().startsWith("`");
            if (word && last.end() == end) {
                start = last.start();
                partial = last.text();
                tokens.remove(tokens.size() - 1);
            }
        }
        Optional<String> indicator = indicatorOfStatement(tokens);
        return new CompletionContext(kindBefore(tokens), dataOfCondition(tokens), indicator, start, partial);
    }

    /** Whether the text ends inside a string that follows {@code word}. */
    private static boolean insideQuotesAfter(String before, String word) {
        int at = before.lastIndexOf(word + " \"");
        return at >= 0 && before.substring(at).chars().filter(c -> c == '"').count() % 2 == 1
                && before.indexOf('\n', at) < 0;
    }

    private static String lower(LexToken t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean isName(LexToken t) {
        return t.kind() == LexToken.Kind.NAME || t.text().startsWith("`");
    }

    /** What the tokens before the word being typed ask for. */
    private static Kind kindBefore(List<LexToken> tokens) {
        if (tokens.isEmpty()) {
            return Kind.ANY;
        }
        int i = tokens.size() - 1;
        // back over a list: `by a, b, ` and `by age5 × sex`
        while (i >= 1 && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("×")) && isName(tokens.get(i - 1))) {
            i -= 2;
        }
        if (i < 0) {
            return Kind.ANY;
        }
        String head = tokens.get(i).kind() == LexToken.Kind.KEYWORD ? lower(tokens.get(i)) : "";
        boolean direct = i == tokens.size() - 1;
        switch (head) {
            case "by":
                return Kind.BY;
            case "measure":
                return direct ? Kind.MEASURE : Kind.ANY;
            case "from", "quality":
                return direct ? Kind.DATA : Kind.ANY;
            case "standardise", "standardize":
                return direct ? Kind.STANDARDISATION : Kind.ANY;
            case "weights":
                return direct ? Kind.POPULATION : Kind.ANY;
            default:
                break;
        }
        if (ABOUT_AN_INDICATOR.contains(head) || head.equals("heat") && !direct) {
            return Kind.INDICATOR;
        }
        return whereIndex(tokens) >= 0 ? Kind.WHERE : Kind.ANY;
    }

    /** The index of the {@code where} whose condition the tokens end in, or -1. */
    private static int whereIndex(List<LexToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            LexToken t = tokens.get(i);
            if (t.kind() != LexToken.Kind.KEYWORD) {
                continue;
            }
            String w = lower(t);
            if (w.equals("where")) {
                return i;
            }
            if (!IN_A_CONDITION.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** The data a {@code where} filters, when a {@code from X} or {@code cohort X} stands just before it. */
    private static Optional<String> dataOfCondition(List<LexToken> tokens) {
        int w = whereIndex(tokens);
        if (w >= 2 && isName(tokens.get(w - 1)) && tokens.get(w - 2).kind() == LexToken.Kind.KEYWORD) {
            String k = lower(tokens.get(w - 2));
            if (k.equals("from") || k.equals("cohort")) {
                return Optional.of(unquoted(tokens.get(w - 1).text()));
            }
        }
        return Optional.empty();
    }

    /** The indicator named first by the statement the tokens end in ({@code show amenable by …}), if any. */
    private static Optional<String> indicatorOfStatement(List<LexToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            LexToken t = tokens.get(i);
            if (t.kind() == LexToken.Kind.KEYWORD && ABOUT_AN_INDICATOR.contains(lower(t))) {
                return i + 1 < tokens.size() && isName(tokens.get(i + 1))
                        ? Optional.of(unquoted(tokens.get(i + 1).text())) : Optional.empty();
            }
            if (t.kind() == LexToken.Kind.KEYWORD && Set.of("indicator", "data", "breakdown", "standardisation", "set",
                    "list", "use", "import", "numerator", "denominator", "cohort").contains(lower(t))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String unquoted(String name) {
        return name.length() >= 2 && name.startsWith("`") && name.endsWith("`") ? name.substring(1, name.length() - 1) : name;
    }
}
