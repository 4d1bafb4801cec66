package se.indikator.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every keyword of the lexer has its line of help for hover, and nothing else does (but {@code java}). */
class KeywordHelpTest {
    @Test
    void everyKeywordHasALineOfHelp() throws IOException {
        List<String> missing = TokenCorpusTest.lexerKeywords().stream().filter(k -> KeywordHelp.of(k).isEmpty()).toList();
        assertEquals(List.of(), missing, "keywords without help: add a line for each to lsp's keywords.txt");
    }

    @Test
    void helpIsOnlyForKeywords() throws IOException {
        var keywords = TokenCorpusTest.lexerKeywords();
        // java is a keyword only with its block: the lexer reads `java { … }` as one Java cell
        List<String> extra = KeywordHelp.all().keySet().stream().filter(k -> !keywords.contains(k) && !k.equals("java")).toList();
        assertEquals(List.of(), extra, "help for words that are not keywords");
        assertTrue(KeywordHelp.all().values().stream().allMatch(h -> !h.isBlank() && !h.contains("\n")));
    }
}
