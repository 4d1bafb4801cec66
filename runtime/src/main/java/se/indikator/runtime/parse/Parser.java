package se.indikator.runtime.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import se.indikator.grammar.IndikatorLexer;
import se.indikator.grammar.IndikatorParser;
import se.indikator.runtime.ast.Program;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;

/**
 * Parses a script into a {@link Program}: syntax errors become diagnostics (parsing recovers and
 * goes on, so one run reports many), {@code #'} prose lines are kept among the statements, and the
 * {@code #|} report options are checked ({@link ScriptOptions}) but are no statements.
 */
public final class Parser {
    private Parser() {
    }

    /** The result of parsing: the program (statements that parsed cleanly) and the syntax diagnostics. */
    public record Parsed(Program program, Diagnostics diagnostics, java.util.Set<String> unparsedNames) {
    }

    public static Parsed parse(SourceFile source) {
        Diagnostics diagnostics = new Diagnostics();
        Parsed nothing = new Parsed(new Program(source, List.of()), diagnostics, java.util.Set.of());
        if (!Limits.size(source, diagnostics)) {
            return nothing;
        }
        SyntaxErrors listener = new SyntaxErrors(source, diagnostics);
        IndikatorLexer lexer = new IndikatorLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (!Limits.tokens(source, tokens.getTokens(), diagnostics)) {
            return nothing;
        }
        IndikatorParser parser = new IndikatorParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        IndikatorParser.ProgramContext tree;
        try {
            tree = parser.program();
        } catch (StackOverflowError e) {
            diagnostics.error("E007", new se.indikator.runtime.diag.Span(source, 1, 1, 1, 2),
                    "the script nests too deeply to be read", "write deeply nested expressions in steps");
            return nothing;
        }

        AstBuilder builder = new AstBuilder(source);
        List<Stmt> statements = new ArrayList<>();
        java.util.Set<String> unparsed = new java.util.HashSet<>();
        for (IndikatorParser.StatementContext st : tree.statement()) {
            if (st.exception != null || hasError(st)) {
                declaredName(st).ifPresent(unparsed::add);
                continue;
            }
            try {
                statements.add(builder.statement(st));
            } catch (RuntimeException e) {
                // An incomplete subtree after error recovery: the syntax error is already reported.
                if (!diagnostics.hasErrors()) {
                    throw e;
                }
            }
        }
        for (Token t : tokens.getTokens()) {
            if (t.getChannel() == 2 && t.getType() == IndikatorLexer.PROSE) {
                String text = t.getText().substring(2);
                if (text.startsWith(" ")) {
                    text = text.substring(1);
                }
                statements.add(new Stmt.Prose(text, Spans.of(source, t)));
            }
        }
        statements.sort(Comparator.comparingInt((Stmt s) -> s.span().line()).thenComparingInt(s -> s.span().column()));
        ScriptOptions.read(source, statements, diagnostics);
        return new Parsed(new Program(source, statements), diagnostics, unparsed);
    }

    /** The name a statement that failed to parse would have declared, so its uses are not reported again. */
    private static java.util.Optional<String> declaredName(IndikatorParser.StatementContext st) {
        IndikatorParser.IdentContext name = null;
        if (st.indicatorStmt() != null) {
            name = st.indicatorStmt().name;
        } else if (st.dataStmt() != null) {
            name = st.dataStmt().name;
        } else if (st.breakdownStmt() != null) {
            name = st.breakdownStmt().name;
        } else if (st.standardisationStmt() != null) {
            name = st.standardisationStmt().name;
        } else if (st.listStmt() != null) {
            name = st.listStmt().name;
        }
        return name == null || name.getText().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(name.getText());
    }

    private static boolean hasError(org.antlr.v4.runtime.tree.ParseTree t) {
        if (t instanceof org.antlr.v4.runtime.tree.ErrorNode) {
            return true;
        }
        if (t instanceof org.antlr.v4.runtime.ParserRuleContext ctx && ctx.exception != null) {
            return true;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            if (hasError(t.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /** The language's keywords (the lexer's word tokens, soft ones included), for completion in the shell. */
    public static List<String> keywords() {
        org.antlr.v4.runtime.Vocabulary v = IndikatorLexer.VOCABULARY;
        List<String> out = new ArrayList<>();
        for (int t = 1; t <= v.getMaxTokenType(); t++) {
            String literal = v.getLiteralName(t);
            if (literal != null && literal.matches("'[a-z]+'")) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        return out;
    }

    /** The lexer's tokens of a line of text, for syntax colouring and completion in the shell. */
    public static List<LexToken> tokens(String text) {
        IndikatorLexer lexer = new IndikatorLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<LexToken> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            out.add(new LexToken(LexToken.kindOf(t.getType(), t.getChannel()), t.getStartIndex(), t.getStopIndex() + 1,
                    t.getText()));
        }
        return out;
    }
}
