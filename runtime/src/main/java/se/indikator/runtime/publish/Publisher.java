package se.indikator.runtime.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.disclosure.Audit;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;
import se.indikator.runtime.session.Session;

/**
 * {@code indikator publish}: runs a script, derives the site from its declarations ({@link SitePlan}), runs
 * the publication's statements in the same session so that every table passes the disclosure ledger, audits
 * everything published, and only when the audit passes writes the site ({@link SiteWriter}). Nothing is
 * written when the script has errors, when nothing can be published or when the audit finds a protected count
 * exposed.
 */
public final class Publisher {
    private Publisher() {
    }

    /**
     * What publishing did.
     *
     * @param diagnostics the diagnostics of the script and of the publication's statements
     * @param problem why no site was written, in words, or null when it was
     * @param audit the audit of everything published, or null when it did not run
     * @param plan the site's plan, or null
     * @param written the files written, relative to the site's folder
     */
    public record Outcome(RunResult diagnostics, String problem, Audit audit, SitePlan plan, List<Path> written) {
        public Outcome {
            written = List.copyOf(written);
        }

        public boolean wrote() {
            return problem == null;
        }
    }

    /**
     * The site a script gives, before anything is published: the script's diagnostics, why there is no site
     * (or null), the plan and the statements of the publication.
     */
    public record Planned(RunResult diagnostics, String problem, SitePlan plan, PublicationScript statements) {
    }

    /**
     * Runs (or, without {@code execute}, only checks) the script and derives its site; the statements are
     * what {@code indikator publish --statements} prints, for {@code indikator run} of the same selection.
     */
    public static Planned plan(Session session, Path script, boolean swedish, boolean execute) throws IOException {
        RunResult run = session.runFile(script, execute);
        if (run.hasErrors()) {
            return new Planned(run, "the script has errors", null, null);
        }
        SitePlan.Result planned = SitePlan.of(session.catalog());
        if (planned.plan().isEmpty()) {
            return new Planned(run, planned.problem(), null, null);
        }
        return new Planned(run, null, planned.plan().get(), PublicationScript.of(planned.plan().get(), swedish));
    }

    /** Publishes {@code script} into the folder {@code out}, in Swedish or English. */
    public static Outcome publish(Session session, Path script, Path out, boolean swedish) throws IOException {
        String folder = SiteWriter.unusable(out);
        if (folder != null) {
            return new Outcome(new RunResult(List.of(), List.of()), folder, null, null, List.of());
        }
        Planned planned = plan(session, script, swedish, true);
        if (planned.problem() != null) {
            return new Outcome(planned.diagnostics(), planned.problem(), null, planned.plan(), List.of());
        }
        SitePlan plan = planned.plan();
        PublicationScript ps = planned.statements();
        RunResult published = session.run(new SourceFile("<publication>", ps.text()));
        List<se.indikator.runtime.diag.Diagnostic> all = new ArrayList<>(planned.diagnostics().diagnostics());
        all.addAll(published.diagnostics());
        RunResult diagnostics = new RunResult(all, List.of());
        if (published.hasErrors()) {
            return new Outcome(diagnostics, "the publication's statements have errors", null, plan, List.of());
        }
        Audit audit = session.audit();
        if (!audit.passes()) {
            return new Outcome(diagnostics, "the publication would disclose protected counts; nothing was written",
                    audit, plan, List.of());
        }
        List<ReleasedTable> tables = new ArrayList<>();
        int k = 0;
        for (StatementResult s : published.statements()) {
            if (!(s.statement() instanceof Stmt.Show)) {
                continue;
            }
            PublicationScript.TableKey key = ps.tables().get(k++);
            s.outputs().stream().filter(o -> o instanceof Output.Table).findFirst()
                    .ifPresent(o -> tables.add(new ReleasedTable(key, ((Output.Table) o).table())));
        }
        Site site = new Site(plan, new SiteWords(swedish), tables);
        return new Outcome(diagnostics, null, audit, plan, SiteWriter.write(site, out));
    }
}
