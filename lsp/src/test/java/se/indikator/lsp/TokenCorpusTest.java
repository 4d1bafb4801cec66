package se.indikator.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.indikator.grammar.IndikatorLexer;

/**
 * Keeps the editor's highlighting from drifting away from the language: the ANTLR lexer and the TextMate grammar
 * both run over the token corpus (editors/vscode/test/tokens.txt) and must agree with it token by token, and
 * every word the lexer makes a keyword — read from its vocabulary and its rules, so a keyword added to the
 * language fails here, by name, until the grammar has it — is a keyword in the grammar, and the other way round.
 */
class TokenCorpusTest {
    static final Path EDITOR = Path.of("..", "editors", "vscode").toAbsolutePath().normalize();
    static final Path GRAMMAR_FILE = EDITOR.resolve("syntaxes/indikator.tmLanguage.json");
    static final Path CORPUS = EDITOR.resolve("test/tokens.txt");
    static final Path LEXER_RULES = Path.of("..", "grammar", "src", "main", "antlr4", "se", "indikator", "grammar",
            "Indikator.g4").toAbsolutePath().normalize();
    /** The lexer's tokens that are signs, not words, and are punctuation rather than operators. */
    static final Set<Integer> PUNCTUATION = Set.of(IndikatorLexer.LPAREN, IndikatorLexer.RPAREN, IndikatorLexer.LBRACE,
            IndikatorLexer.RBRACE, IndikatorLexer.COMMA, IndikatorLexer.DOT, IndikatorLexer.SEMI);

    static TextMateGrammar grammar;

    @BeforeAll
    static void read() throws IOException {
        grammar = TextMateGrammar.read(GRAMMAR_FILE);
    }

    /** One example of the corpus: its source lines and the expected scope and text of each token. */
    record Example(int line, List<String> source, List<String[]> tokens) {
    }

    static List<Example> corpus() throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("> ")) {
                if (current == null || !current.tokens().isEmpty()) {
                    current = new Example(i + 1, new ArrayList<>(), new ArrayList<>());
                    out.add(current);
                }
                current.source().add(l.substring(2));
            } else if (!l.isBlank() && !l.startsWith("# ") && !l.equals("#")) {
                int space = l.indexOf(' ');
                assertTrue(current != null && space > 0, "tokens.txt:" + (i + 1) + ": a token line is 'scope text'");
                current.tokens().add(new String[] {l.substring(0, space), l.substring(space + 1)});
            }
        }
        return out;
    }

    /** The scope family a lexer token must have, as a prefix of its scope ("-": none). */
    static List<String> families(Token t) {
        int type = t.getType();
        if (isKeyword(t)) {
            return List.of("keyword.");
        }
        if (type == IndikatorLexer.IDENT) {
            return List.of("-", "entity.name.", "support.function.");
        }
        if (type == IndikatorLexer.QUOTED_IDENT) {
            return List.of("variable.other.quoted.");
        }
        if (type == IndikatorLexer.NUMBER) {
            return List.of("constant.numeric.");
        }
        if (type == IndikatorLexer.STRING) {
            return List.of("string.");
        }
        if (type == IndikatorLexer.UNTERMINATED_STRING || type == IndikatorLexer.ERROR_CHAR) {
            return List.of("invalid.");
        }
        if (type == IndikatorLexer.PROSE || type == IndikatorLexer.OPTION || type == IndikatorLexer.COMMENT) {
            return List.of("comment.");
        }
        if (PUNCTUATION.contains(type)) {
            return List.of("punctuation.");
        }
        return List.of("keyword.operator.");
    }

    /** Whether the lexer made a keyword: a word that is not a name (nor a Java cell). */
    static boolean isKeyword(Token t) {
        return t.getText().matches("[a-z]+") && t.getType() != IndikatorLexer.IDENT && t.getType() != IndikatorLexer.JAVA_CELL;
    }

    static List<Token> lex(String text) {
        IndikatorLexer lexer = new IndikatorLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            if (t.getType() != IndikatorLexer.WS) {
                out.add(t);
            }
        }
        return out;
    }

    /** The grammar's scope of a token on its line: the same for every character of it, or a mismatch. */
    static String scopeOf(Token t, String line, String[] scopes) {
        int from = t.getCharPositionInLine();
        int to = from + t.getText().length();
        String first = scopes[from];
        for (int i = from; i < to; i++) {
            if (!java.util.Objects.equals(scopes[i], first)) {
                return "(split: " + scopes[from] + " / " + scopes[i] + " at '" + line.substring(i) + "')";
            }
        }
        return first == null ? "-" : first;
    }

    @Test
    void theLexerAndTheGrammarAgreeWithTheCorpus() throws IOException {
        List<Example> examples = corpus();
        assertTrue(examples.size() >= 10, "the corpus has " + examples.size() + " examples");
        List<String> wrong = new ArrayList<>();
        Set<Integer> typesSeen = new TreeSet<>();
        for (Example e : examples) {
            List<Token> tokens = new ArrayList<>();
            List<String> scopes = new ArrayList<>();
            for (String line : e.source()) {
                String[] s = grammar.scopes(line);
                for (Token t : lex(line)) {
                    tokens.add(t);
                    scopes.add(scopeOf(t, line, s));
                }
            }
            if (tokens.size() != e.tokens().size()) {
                wrong.add("tokens.txt:" + e.line() + ": the lexer makes " + tokens.size() + " tokens, the corpus lists "
                        + e.tokens().size() + ": " + tokens.stream().map(Token::getText).toList());
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String[] expected = e.tokens().get(i);
                typesSeen.add(t.getType());
                String where = "tokens.txt:" + e.line() + " token " + (i + 1) + " '" + t.getText() + "': ";
                if (!t.getText().equals(expected[1])) {
                    wrong.add(where + "the corpus lists '" + expected[1] + "'");
                } else if (families(t).stream().noneMatch(f -> f.equals("-") ? expected[0].equals("-") : expected[0].startsWith(f))) {
                    wrong.add(where + "the lexer's " + IndikatorLexer.VOCABULARY.getSymbolicName(t.getType())
                            + " must be scoped " + families(t) + ", the corpus says " + expected[0]);
                } else if (!scopes.get(i).equals(expected[0])) {
                    wrong.add(where + "the grammar scopes it " + scopes.get(i) + ", the corpus " + expected[0]);
                }
            }
        }
        assertEquals(List.of(), wrong);
        for (int type : List.of(IndikatorLexer.IDENT, IndikatorLexer.QUOTED_IDENT, IndikatorLexer.NUMBER, IndikatorLexer.STRING,
                IndikatorLexer.UNTERMINATED_STRING, IndikatorLexer.ERROR_CHAR, IndikatorLexer.PROSE, IndikatorLexer.OPTION,
                IndikatorLexer.COMMENT, IndikatorLexer.EQ, IndikatorLexer.CROSS, IndikatorLexer.LPAREN)) {
            assertTrue(typesSeen.contains(type), "the corpus has no " + IndikatorLexer.VOCABULARY.getSymbolicName(type));
        }
    }

    /**
     * Every word of the lexer: the literal names of its vocabulary, the lower-case symbolic names, and the quoted
     * words of its rules (the other spellings of a token, {@code year} beside {@code years}).
     */
    static TreeSet<String> lexerWords() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        Vocabulary v = IndikatorLexer.VOCABULARY;
        for (int t = 1; t <= v.getMaxTokenType(); t++) {
            String literal = v.getLiteralName(t);
            if (literal != null) {
                words.add(literal.substring(1, literal.length() - 1));
            }
            if (v.getSymbolicName(t) != null) {
                words.add(v.getSymbolicName(t).toLowerCase(java.util.Locale.ROOT));
            }
        }
        String rules = Files.readString(LEXER_RULES, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("'([a-z]+)'").matcher(rules.substring(rules.indexOf("\nJAVA_CELL")));
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    /** The words the lexer makes a keyword when they stand alone. */
    static TreeSet<String> lexerKeywords() throws IOException {
        TreeSet<String> keywords = new TreeSet<>();
        for (String w : lexerWords()) {
            List<Token> tokens = lex(w);
            if (tokens.size() == 1 && tokens.get(0).getText().equals(w) && isKeyword(tokens.get(0))) {
                keywords.add(w);
            }
        }
        return keywords;
    }

    @Test
    void everyKeywordOfTheLexerIsAKeywordOfTheGrammar() throws IOException {
        TreeSet<String> keywords = lexerKeywords();
        assertTrue(keywords.containsAll(List.of("show", "indicator", "year", "years", "catalog", "standardize", "units")),
                keywords.toString());
        List<String> missing = new ArrayList<>();
        for (String k : keywords) {
            String scope = grammar.scopes(k)[0];
            if (scope == null || !scope.startsWith("keyword.")) {
                missing.add(k);
            }
        }
        assertEquals(List.of(), missing, "the lexer's keywords " + missing + " are not keywords in " + GRAMMAR_FILE.getFileName()
                + ": add them to its rule 'keywords' (or 'operator-words')");
    }

    @Test
    void everyKeywordOfTheGrammarIsAKeywordOfTheLexer() throws IOException {
        TreeSet<String> keywords = lexerKeywords();
        List<String> extra = new ArrayList<>();
        for (String rule : List.of("keywords", "operator-words")) {
            grammar.words(rule).stream().filter(w -> !keywords.contains(w)).forEach(extra::add);
        }
        assertEquals(List.of(), extra, "words the grammar highlights as keywords that the lexer reads as names");
    }

    @Test
    void theGrammarIsTheEditorsAndNamesItsLanguage() {
        assertEquals("source.indikator", grammar.json.get("scopeName").getAsString());
        assertTrue(grammar.rules.size() >= 10);
    }
}
