package se.indikator.runtime.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/** Source spans of ANTLR tokens and rule contexts; ANTLR types stay inside this package. */
final class Spans {
    private Spans() {
    }

    static Span of(SourceFile source, Token t) {
        int col = t.getCharPositionInLine() + 1;
        String text = t.getText() == null ? "" : t.getText();
        int nl = text.indexOf('\n');
        int len = nl >= 0 ? nl : text.length();
        return new Span(source, t.getLine(), col, t.getLine(), col + Math.max(1, len));
    }

    static Span of(SourceFile source, ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < start.getTokenIndex() ? start : ctx.getStop();
        Span a = of(source, start);
        Span b = of(source, stop);
        return new Span(source, a.line(), a.column(), b.line(), b.endColumn());
    }
}
