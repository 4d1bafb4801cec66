package se.indikator.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.parse.LexToken;
import se.indikator.runtime.parse.Parser;

/**
 * Formatting by the unparser's one canonical form, statement by statement: each statement's text is replaced by
 * how {@link Unparser} writes it. What the unparser does not keep is left alone — a script with a syntax error
 * is not formatted at all, and a statement with a comment inside it, prose lines and Java cells keep their text —
 * so formatting never loses a word.
 */
final class Formatting {
    private Formatting() {
    }

    /** The edits that format the analysed script; none when it does not parse. */
    static List<TextEdit> of(Analysis a) {
        String text = a.text();
        if (a.diagnostics().stream().anyMatch(d -> d.code().startsWith("E00"))) {
            return List.of();
        }
        List<LexToken> comments = Parser.tokens(text).stream()
                .filter(t -> t.kind() == LexToken.Kind.COMMENT || t.kind() == LexToken.Kind.PROSE).toList();
        List<TextEdit> edits = new ArrayList<>();
        for (Stmt s : a.program().statements()) {
            if (s instanceof Stmt.Prose || s instanceof Stmt.JavaCell || !s.span().isKnown() || s.span().source() != a.source()) {
                continue;
            }
            int start = Ranges.offset(text, Ranges.of(s.span(), text).getStart());
            int end = Ranges.offset(text, Ranges.of(s.span(), text).getEnd());
            if (end <= start || comments.stream().anyMatch(c -> c.start() < end && c.end() > start)) {
                continue;
            }
            String formatted;
            try {
                formatted = Unparser.statement(s);
            } catch (RuntimeException e) {
                continue; // a statement the unparser refuses (a string with a carriage return) keeps its text
            }
            if (!formatted.equals(text.substring(start, end))) {
                edits.add(new TextEdit(Ranges.between(text, start, end), formatted));
            }
        }
        return edits;
    }
}
