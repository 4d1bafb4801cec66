package se.indikator.runtime.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.grammar.IndikatorParser.*;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Rename;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/**
 * The tree of a {@code data NAME = read "PATH" …} statement: its read options (separator, decimal mark, encoding,
 * thousands, sheet, range, header row) by name, its missing markers and its renamed columns.
 */
final class ReadStatement {
    private ReadStatement() {
    }

    static Stmt build(SourceFile source, DataStmtContext x, Span s) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<Rename> renames = new ArrayList<>();
        for (ReadOptionContext o : x.readOption()) {
            if (o instanceof OptSeparatorContext so) {
                options.put("separator", AstBuilder.unquote(so.STRING().getText()));
            } else if (o instanceof OptDecimalContext d) {
                options.put("decimal", AstBuilder.unquote(d.STRING().getText()));
            } else if (o instanceof OptEncodingContext e) {
                options.put("encoding", AstBuilder.unquote(e.STRING().getText()));
            } else if (o instanceof OptMissingContext m) {
                m.STRING().forEach(t -> missing.add(AstBuilder.unquote(t.getText())));
            } else if (o instanceof OptThousandsContext t) {
                options.put("thousands", AstBuilder.unquote(t.STRING().getText()));
            } else if (o instanceof OptSheetContext sh) {
                options.put(sh.NUMBER() != null ? "sheet number" : "sheet",
                        sh.NUMBER() != null ? sh.NUMBER().getText() : AstBuilder.unquote(sh.STRING().getText()));
            } else if (o instanceof OptRangeContext r) {
                options.put("range", AstBuilder.unquote(r.STRING().getText()));
            } else if (o instanceof OptHeaderContext h) {
                options.put("header", h.NUMBER().getText());
            } else if (o instanceof OptRenameContext r) {
                for (RenamingContext rn : r.renaming()) {
                    renames.add(rn.from != null ? new Rename(AstBuilder.unquote(rn.from.getText()), Spans.of(source, rn.from), name(source, rn.to))
                            : new Rename(AstBuilder.id(rn.fromName), Spans.of(source, rn.fromName), name(source, rn.to)));
                }
            }
        }
        return new Stmt.Data(name(source, x.name), AstBuilder.unquote(x.path.getText()), Spans.of(source, x.path), options, missing, renames, s);
    }


    private static Name name(SourceFile source, IdentContext ctx) {
        return new Name(AstBuilder.id(ctx), Spans.of(source, ctx));
    }
}
