package se.indikator.lsp;

import org.eclipse.lsp4j.SymbolKind;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Span;

/**
 * A name a script declares — data (read, scanned or a database table), a connection, a list, a breakdown, a
 * standardisation, an indicator — or a file it imports,
 * with the place of the name and of the whole statement: what go to definition jumps to and what document
 * symbols list.
 */
record Declaration(String name, Kind kind, Span nameSpan, Stmt statement) {

    /** What a script declares. */
    enum Kind {
        DATA("data", SymbolKind.Variable),
        CONNECTION("connection", SymbolKind.Interface),
        LIST("list", SymbolKind.Array),
        BREAKDOWN("breakdown", SymbolKind.Enum),
        STANDARDISATION("standardisation", SymbolKind.Struct),
        INDICATOR("indicator", SymbolKind.Function),
        IMPORT("import", SymbolKind.File),
        USE("library", SymbolKind.Module);

        final String word;
        final SymbolKind symbol;

        Kind(String word, SymbolKind symbol) {
            this.word = word;
            this.symbol = symbol;
        }
    }

    /** The declaration a statement makes, if it makes one. */
    static java.util.Optional<Declaration> of(Stmt s) {
        Declaration d = null;
        if (s instanceof Stmt.Data x) {
            d = new Declaration(x.name().text(), Kind.DATA, x.name().span(), s);
        } else if (s instanceof Stmt.Scan x) {
            d = new Declaration(x.name().text(), Kind.DATA, x.name().span(), s);
        } else if (s instanceof Stmt.Table x) {
            d = new Declaration(x.name().text(), Kind.DATA, x.name().span(), s);
        } else if (s instanceof Stmt.Connection x) {
            d = new Declaration(x.name().text(), Kind.CONNECTION, x.name().span(), s);
        } else if (s instanceof Stmt.ListDecl x) {
            d = new Declaration(x.name().text(), Kind.LIST, x.name().span(), s);
        } else if (s instanceof Stmt.Breakdown x) {
            d = new Declaration(x.name().text(), Kind.BREAKDOWN, x.name().span(), s);
        } else if (s instanceof Stmt.Standardisation x) {
            d = new Declaration(x.name().text(), Kind.STANDARDISATION, x.name().span(), s);
        } else if (s instanceof Stmt.Indicator x) {
            d = new Declaration(x.name().text(), Kind.INDICATOR, x.name().span(), s);
        } else if (s instanceof Stmt.Import x) {
            d = new Declaration(x.path(), Kind.IMPORT, x.span(), s);
        } else if (s instanceof Stmt.Use x) {
            d = new Declaration(x.library(), Kind.USE, x.span(), s);
        }
        return java.util.Optional.ofNullable(d);
    }
}
