package se.indikator.runtime.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;
import se.indikator.grammar.IndikatorLexer;
import se.indikator.runtime.ast.Identifiers;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.SourceFile;

/**
 * The words {@link Identifiers} writes in backquotes are exactly the keywords the grammar does not take as names,
 * and every name — plain, reserved, with spaces, digits or punctuation — reads back as itself once written.
 */
class IdentifiersTest {
    private static boolean parsesAsName(String word) {
        Parser.Parsed p = Parser.parse(new SourceFile("t.ind", "list " + word + " = 1\n"));
        return p.diagnostics().isEmpty() && p.program().statements().size() == 1
                && p.program().statements().get(0) instanceof Stmt.ListDecl l && l.name().text().equals(word);
    }

    @Test
    void theReservedWordsAreTheKeywordsThatAreNotNames() {
        Vocabulary v = IndikatorLexer.VOCABULARY;
        Set<String> reserved = new TreeSet<>();
        for (int t = 1; t <= v.getMaxTokenType(); t++) {
            String literal = v.getLiteralName(t);
            if (literal == null) {
                continue;
            }
            String word = literal.substring(1, literal.length() - 1);
            if (word.matches("[a-z]+") && !parsesAsName(word)) {
                reserved.add(word);
            }
        }
        // keywords with two spellings have one literal in the vocabulary: check the others directly
        for (String word : Identifiers.RESERVED) {
            assertTrue(!parsesAsName(word), word + " is reserved but parses as a name");
        }
        assertTrue(Identifiers.RESERVED.containsAll(reserved), "not reserved: " + reserved);
    }

    @Test
    void everyNameReadsBackAsItselfOnceWritten() {
        for (String name : new String[] {"ålder", "Antal besök", "2023", "show", "by", "a-b", "kön/år", "x_1", "Inom 90 dagar"}) {
            String written = Identifiers.written(name);
            assertEquals(Identifiers.plain(name), written.equals(name), name);
            Parser.Parsed p = Parser.parse(new SourceFile("t.ind", "list " + written + " = 1\n"));
            assertEquals(name, ((Stmt.ListDecl) p.program().statements().get(0)).name().text(), written);
        }
    }
}
