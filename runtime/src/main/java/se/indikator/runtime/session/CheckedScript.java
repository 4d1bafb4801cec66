package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;
import se.indikator.runtime.statements.Work;

/**
 * A script after the check stage: every statement with the outputs it has so far (prose, a Java cell's
 * output) and the work it leaves for the run, and every diagnostic with the line of the statement it belongs to.
 */
final class CheckedScript {
    /**
     * One statement, its outputs (filled as the run goes), its work (null for declarations and prose) and the
     * settings in force after it.
     */
    record Entry(Stmt statement, List<Output> outputs, Work work, Settings settings) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Diagnostics diagnostics;
    private final Map<Diagnostic, Integer> anchors = new IdentityHashMap<>();

    CheckedScript(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void add(Entry e, int diagnosticsBefore) {
        entries.add(e);
        for (int k = diagnosticsBefore; k < diagnostics.all().size(); k++) {
            anchors.put(diagnostics.all().get(k), e.statement().span().line());
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The statements that have work, in order. */
    List<Entry> work() {
        return entries.stream().filter(e -> e.work() != null).toList();
    }

    private int run;

    /** The statements with work checked since the last call, in order (a Java cell that reads results runs them first). */
    List<Entry> takePendingWork() {
        List<Entry> pending = entries.subList(run, entries.size()).stream().filter(e -> e.work() != null).toList();
        run = entries.size();
        return pending;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    boolean hasErrors() {
        return diagnostics.hasErrors();
    }

    /**
     * The outcome: every statement with its outputs, and every diagnostic — those of the check and the messages
     * the run added to the statements' outputs — ordered by the line of the statement they belong to.
     */
    RunResult result(SourceFile source) {
        List<StatementResult> results = new ArrayList<>();
        for (Entry e : entries) {
            results.add(new StatementResult(e.statement(), e.outputs()));
            for (Output o : e.outputs()) {
                if (o instanceof Output.Message m) {
                    diagnostics.add(m.diagnostic());
                }
            }
        }
        List<Diagnostic> ordered = new ArrayList<>(diagnostics.all());
        ordered.sort(java.util.Comparator.comparingInt((Diagnostic x) -> anchors.getOrDefault(x,
                x.span().isKnown() && x.span().source() == source ? x.span().line() : Integer.MAX_VALUE)));
        return new RunResult(ordered, results);
    }
}
