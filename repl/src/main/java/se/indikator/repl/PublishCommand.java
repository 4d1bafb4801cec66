package se.indikator.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.publish.Publisher;
import se.indikator.runtime.session.Session;

/**
 * {@code indikator publish FILE.ind -o DIR [--language sv|en]}: runs the script, builds the static site of its
 * indicators into DIR when the audit of everything it publishes passes, and says what it wrote or why it
 * wrote nothing (exit status 1). {@code --statements} instead prints the statements the site would run after
 * the script, which {@code indikator run} turns into the same tables.
 */
final class PublishCommand {
    private PublishCommand() {
    }

    static final String USAGE = "usage: indikator publish FILE.ind -o DIR [--language sv|en]\n"
            + "       indikator publish FILE.ind --statements [--language sv|en]";

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        Path target = null;
        boolean swedish = true;
        int o = rest.indexOf("-o");
        if (o >= 0 && o + 1 < rest.size()) {
            target = Path.of(rest.get(o + 1));
            rest.subList(o, o + 2).clear();
        }
        int l = rest.indexOf("--language");
        if (l >= 0) {
            String lang = l + 1 < rest.size() ? rest.get(l + 1) : "";
            if (!lang.equals("sv") && !lang.equals("en")) {
                err.println("indikator publish: --language takes sv or en");
                return 2;
            }
            swedish = lang.equals("sv");
            rest.subList(l, l + 2).clear();
        }
        boolean statements = rest.remove("--statements");
        if ((target == null) == !statements || rest.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        Path script = Path.of(rest.get(0));
        if (!Files.isRegularFile(script)) {
            err.println("indikator: no such script: " + script);
            return 2;
        }
        Session session = new Session(script.toAbsolutePath().getParent());
        session.progress(Main.progress);
        try {
            if (statements) {
                Publisher.Planned p = Publisher.plan(session, script, swedish, false);
                if (!p.diagnostics().diagnostics().isEmpty()) {
                    err.print(DiagnosticPrinter.formatAll(p.diagnostics().diagnostics()));
                }
                if (p.problem() != null) {
                    err.println("indikator publish: " + p.problem());
                    return 1;
                }
                out.print(p.statements().text());
                return 0;
            }
            Publisher.Outcome r = Publisher.publish(session, script, target, swedish);
            if (!r.diagnostics().diagnostics().isEmpty()) {
                err.print(DiagnosticPrinter.formatAll(r.diagnostics().diagnostics()));
            }
            if (r.plan() != null) {
                r.plan().skipped().forEach(s -> err.println("not published: " + s));
            }
            if (!r.wrote()) {
                if (r.audit() != null) {
                    out.print(r.audit().report());
                }
                err.println("indikator publish: " + r.problem());
                return 1;
            }
            out.print(r.audit().report());
            out.println("wrote " + r.written().size() + " files to " + target + " (" + r.plan().pages().size()
                    + " indicators); open " + target.resolve("index.html"));
            return 0;
        } catch (IOException e) {
            err.println("indikator: cannot write the site in " + target + ": " + e.getMessage());
            return 2;
        }
    }
}
