package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.indikator.runtime.ast.Identifiers;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.StandardPopulations;
import se.indikator.runtime.parse.Parser;

/**
 * What can be typed at a cursor, from what a session knows: keywords, data names, the columns of every
 * data table read (a column whose name is not an identifier in backquotes), breakdowns, indicators,
 * standardisations, standard populations, functions, and file paths inside {@code read "…"}. The shell's
 * Tab and the Jupyter kernel's completion both ask it; neither knows the other. {@link CompletionChoices}
 * offers the same words by what the text before the cursor asks for, for the language server.
 */
public final class Completions {
    /** The language's words offered besides the parser's own keywords. */
    public static final List<String> KEYWORDS = List.of("set", "language", "confidence", "suppress", "below", "none",
            "adjust", "csv", "chart", "size", "dpi", "formulas", "data", "read", "separator", "decimal", "encoding", "missing",
            "list", "breakdown",
            "band", "to", "step", "case", "when", "then", "else", "standardisation", "standardise", "direct", "indirect",
            "by", "weights", "reference", "national", "population", "of", "indicator", "cohort", "numerator",
            "denominator", "from", "where", "measure", "ci", "polarity", "higher", "lower", "target", "title",
            "description", "source", "area", "unit", "version", "status", "dimension", "count", "sum", "proportion",
            "percent", "rate", "ratio", "per", "mean", "median", "show", "export", "compare", "across", "within", "use",
            "import", "catalogue", "quality", "and", "or", "not", "between", "in", "is", "true", "false", "year", "years",
            "catalog", "standardization", "standardize", "java", "plot", "trend", "funnel", "inequality", "rank",
            "relate", "profile", "heat");

    /** A file or folder offered inside {@code read "…"}: the text to insert and whether it is a folder. */
    public record FileChoice(String text, boolean folder) {
    }

    private Completions() {
    }

    /** Every name the session knows, sorted (keywords, data, columns, breakdowns, indicators, functions …). */
    public static TreeSet<String> words(Session session) {
        TreeSet<String> words = new TreeSet<>(KEYWORDS);
        words.addAll(Parser.keywords());
        words.addAll(session.catalog().allData().keySet());
        for (Dataset d : session.catalog().allData().values()) {
            d.columnNames().forEach(c -> words.add(Identifiers.written(c)));
        }
        words.addAll(session.catalog().breakdowns().keySet());
        words.addAll(session.catalog().indicators().keySet());
        words.addAll(session.catalog().standardisations().keySet());
        words.addAll(StandardPopulations.names());
        words.addAll(session.functions().all().keySet());
        return words;
    }

    /** Whether the text before the cursor ends inside the quoted path of a {@code read}. */
    public static boolean insideReadString(String before) {
        int read = before.lastIndexOf("read");
        if (read < 0) {
            return false;
        }
        String rest = before.substring(read + 4);
        long quotes = rest.chars().filter(c -> c == '"').count();
        return quotes % 2 == 1;
    }

    /**
     * The files and folders that continue {@code partial} (a path typed so far, without its opening quote),
     * relative to the session's folder; each choice is the whole path so far.
     */
    public static List<FileChoice> files(Session session, String partial) {
        int slash = partial.lastIndexOf('/');
        String dirPart = slash >= 0 ? partial.substring(0, slash + 1) : "";
        String namePart = partial.substring(dirPart.length());
        Path dir = session.baseDir().resolve(dirPart.isEmpty() ? "." : dirPart);
        List<FileChoice> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (name.startsWith(namePart)) {
                    out.add(new FileChoice(dirPart + name + (Files.isDirectory(p) ? "/" : ""), Files.isDirectory(p)));
                }
            });
        } catch (IOException e) {
            // nothing to offer
        }
        return out;
    }

    /** The completions of the word that ends at {@code cursor} in {@code text}, with where that word starts. */
    public record Matches(int start, List<String> matches) {
        public Matches {
            matches = List.copyOf(matches);
        }
    }

    /**
     * The completions at {@code cursor} (a character index into {@code text}) in their context
     * ({@link CompletionChoices}): a path inside {@code read "…"}, a breakdown or column after {@code by}, a data name
     * after {@code from}, …, else every name the session knows that begins with the word before the cursor (a
     * backquoted column name counts as one word).
     */
    public static Matches at(Session session, String text, int cursor) {
        CompletionChoices.Offered offered = CompletionChoices.at(session, text, cursor);
        return new Matches(offered.context().start(), offered.choices().stream().map(CompletionChoices.Choice::text).toList());
    }
}
