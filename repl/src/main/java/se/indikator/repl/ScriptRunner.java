package se.indikator.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.progress.ProgressListener;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/** Runs or checks a script file in a fresh session and prints results and diagnostics. */
final class ScriptRunner {
    private final PrintStream out;
    private final PrintStream err;
    private final ProgressListener progress;

    ScriptRunner(PrintStream out, PrintStream err) {
        this(out, err, ProgressListener.NONE);
    }

    ScriptRunner(PrintStream out, PrintStream err, ProgressListener progress) {
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    int run(Path file, boolean execute, Path csvDir) throws IOException {
        return run(file, execute, csvDir, TerminalImages.detect(System.getenv(), System.console() != null),
                TerminalWidth.DEFAULT);
    }

    /**
     * Runs a script without printing its results and prints the audit of what it publishes: 0 when every
     * protected count keeps its protection interval, 1 when something is exposed, 2 when the script has errors.
     */
    int audit(Path file) throws IOException {
        Session session = new Session(file.toAbsolutePath().getParent());
        session.javaCells(new LazyJavaCells());
        session.progress(progress);
        RunResult r = session.runFile(file, true);
        if (r.hasErrors()) {
            err.print(DiagnosticPrinter.formatAll(r.diagnostics()));
            err.println(DiagnosticPrinter.summary(r.diagnostics()));
            err.println("indikator: the script must run without errors before it can be audited");
            return 2;
        }
        se.indikator.runtime.disclosure.Audit audit = session.audit();
        out.print(se.indikator.runtime.diag.SafeText.lines(file + ": " + audit.report()));
        return audit.passes() ? 0 : 1;
    }

    /** Runs (or checks) a script, printing its tables within {@code width} columns. */
    int run(Path file, boolean execute, Path csvDir, TerminalImages.Mode images, int width) throws IOException {
        Session session = new Session(file.toAbsolutePath().getParent());
        session.javaCells(new LazyJavaCells());
        session.progress(progress);
        if (csvDir != null) {
            session.csvDir(csvDir.toAbsolutePath());
        }
        RunResult r = session.runFile(file, execute);
        if (execute && !r.hasErrors()) {
            out.print(OutputPrinter.print(r, images, width));
        }
        if (!r.diagnostics().isEmpty()) {
            err.print(DiagnosticPrinter.formatAll(r.diagnostics()));
        }
        if (r.hasErrors() || !execute) {
            err.println(DiagnosticPrinter.summary(r.diagnostics()));
        }
        return r.hasErrors() ? 1 : 0;
    }
}
