package se.indikator.repl;

import java.util.List;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import se.indikator.runtime.session.CompletionChoices;
import se.indikator.runtime.session.CompletionContext;
import se.indikator.runtime.session.Completions;
import se.indikator.runtime.session.Session;

/**
 * Completes what the session knows at the cursor: in context as the kernel and the language server do
 * ({@link CompletionChoices}: after {@code by} breakdowns and columns, after {@code from} data names, in a
 * {@code where} the columns of its data, …), else keywords, data names, the columns of every data table in scope,
 * breakdowns, indicators, standard populations; {@code :commands}, and file paths inside {@code read "…"}.
 */
final class ShellCompleter implements Completer {
    static final List<String> KEYWORDS = Completions.KEYWORDS;

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
        CompletionChoices.Offered offered = CompletionChoices.at(session, before, before.length());
        if (offered.context().kind() != CompletionContext.Kind.ANY) {
            // the words the context asks for: after `by` breakdowns and columns, after `from` data names, …
            offered.choices().forEach(w -> candidates.add(new Candidate(w.text(), w.text(), null, w.detail(), null, null, true)));
            return;
        }
        TreeSet<String> words = Completions.words(session);
        for (String w : words) {
            candidates.add(new Candidate(w, w, null, null, null, null, true));
        }
    }

    static boolean insideReadString(String before) {
        return Completions.insideReadString(before);
    }

    private void files(String word, List<Candidate> candidates) {
        boolean quoted = word.startsWith("\"");
        String partial = quoted ? word.substring(1) : word;
        int slash = partial.lastIndexOf('/');
        // JLine filters by the word itself: offer every entry of the folder typed so far
        for (Completions.FileChoice f : Completions.files(session, slash >= 0 ? partial.substring(0, slash + 1) : "")) {
            String value = (quoted ? "\"" : "") + f.text();
            candidates.add(new Candidate(value, f.text(), null, null, null, null, !f.folder()));
        }
    }
}
