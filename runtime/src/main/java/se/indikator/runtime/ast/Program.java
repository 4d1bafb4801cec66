package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.SourceFile;

/** A parsed script: its statements (and prose lines) in source order. */
public record Program(SourceFile source, List<Stmt> statements) {
    public Program {
        statements = List.copyOf(statements);
    }
}
