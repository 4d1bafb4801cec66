package se.indikator.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.notebook.Notebooks;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * {@code indikator notebook FILE.ind -o report.html|report.ipynb}: runs the script and writes one
 * self-contained HTML file (prose, coloured code, tables, charts as inline SVG, diagnostics in place)
 * or a Jupyter notebook with the outputs.
 */
final class NotebookCommand {
    private NotebookCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        int o = args.indexOf("-o");
        if (o < 0 || o + 1 >= args.size() || args.size() != 3) {
            err.println("usage: indikator notebook FILE.ind -o report.html|report.ipynb");
            return 2;
        }
        Path target = Path.of(args.get(o + 1));
        List<String> rest = new java.util.ArrayList<>(args);
        rest.remove(o + 1);
        rest.remove(o);
        Path script = Path.of(rest.get(0));
        if (!Files.isRegularFile(script)) {
            err.println("indikator: no such script: " + script);
            return 2;
        }
        String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm") && !name.endsWith(".ipynb")) {
            err.println("indikator notebook: the output must end in .html or .ipynb, not " + target.getFileName());
            return 2;
        }
        Session session = new Session(script.toAbsolutePath().getParent());
        session.progress(Main.progress); // loads, passes and simulations on the progress line, as for run
        session.javaCells(new LazyJavaCells());
        try {
            RunResult r = Notebooks.write(script, target, session, LocalDate.now());
            if (!r.diagnostics().isEmpty()) {
                err.print(DiagnosticPrinter.formatAll(r.diagnostics()));
            }
            out.println("wrote " + target + (r.hasErrors() ? " (with the errors shown in place)" : ""));
            return r.hasErrors() ? 1 : 0;
        } catch (IOException e) {
            err.println("indikator: cannot write " + target + ": " + e.getMessage());
            return 2;
        }
    }
}
