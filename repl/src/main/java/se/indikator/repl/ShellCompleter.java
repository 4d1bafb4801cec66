package se.indikator.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.StandardPopulations;
import se.indikator.runtime.session.Session;

/**
 * Completes what the session knows at the cursor: keywords, data names, the columns of every data
 * table in scope, breakdowns, indicators, standard populations, {@code :commands}, and file paths
 * inside {@code read "…"}.
 */
final class ShellCompleter implements Completer {
    static final List<String> KEYWORDS = List.of("set", "language", "confidence", "suppress", "below", "none", "adjust",
            "csv", "formulas", "data", "read", "separator", "decimal", "encoding", "missing", "list", "breakdown", "band",
            "to", "step", "case",
            "when", "then", "else", "standardisation", "standardise", "direct", "indirect", "by", "weights", "reference",
            "national", "population", "of", "indicator", "cohort", "numerator", "denominator", "from", "where", "measure",
            "ci", "polarity", "higher", "lower", "target", "title", "description", "source", "area", "unit", "version",
            "status", "dimension", "count", "sum", "proportion", "percent", "rate", "ratio", "per", "mean", "median",
            "show", "export", "compare", "across", "within", "use", "import", "catalogue", "quality", "and", "or", "not",
            "between", "in", "is", "true", "false", "year", "years", "catalog", "standardization", "standardize");

    private final Session session;

    ShellCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        if (before.strip().startsWith(":") && !before.strip().contains(" ")) {
            ReplSession.COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
            return;
        }
        if (insideReadString(before)) {
            files(line.word(), candidates);
            return;
        }
        TreeSet<String> words = new TreeSet<>(KEYWORDS);
        words.addAll(se.indikator.runtime.parse.Parser.keywords());
        words.addAll(session.catalog().allData().keySet());
        for (Dataset d : session.catalog().allData().values()) {
            d.columnNames().forEach(c -> words.add(se.indikator.runtime.ast.Identifiers.written(c)));
        }
        words.addAll(session.catalog().breakdowns().keySet());
        words.addAll(session.catalog().indicators().keySet());
        words.addAll(session.catalog().standardisations().keySet());
        words.addAll(StandardPopulations.names());
        words.addAll(session.functions().all().keySet());
        for (String w : words) {
            candidates.add(new Candidate(w, w, null, null, null, null, true));
        }
    }

    static boolean insideReadString(String before) {
        int read = before.lastIndexOf("read");
        if (read < 0) {
            return false;
        }
        String rest = before.substring(read + 4);
        long quotes = rest.chars().filter(c -> c == '"').count();
        return quotes % 2 == 1;
    }

    private void files(String word, List<Candidate> candidates) {
        String partial = word.startsWith("\"") ? word.substring(1) : word;
        Path base = session.baseDir();
        int slash = partial.lastIndexOf('/');
        String dirPart = slash >= 0 ? partial.substring(0, slash + 1) : "";
        Path dir = base.resolve(dirPart.isEmpty() ? "." : dirPart);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.sorted().forEach(p -> {
                String name = dirPart + p.getFileName() + (Files.isDirectory(p) ? "/" : "");
                String value = (word.startsWith("\"") ? "\"" : "") + name;
                candidates.add(new Candidate(value, name, null, null, null, null, !Files.isDirectory(p)));
            });
        } catch (IOException e) {
            // nothing to offer
        }
    }
}
