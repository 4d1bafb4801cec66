package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Suggest;

/**
 * {@code use stdlib.jamlik from "DIR"} and {@code import "FILE"}: another script's declarations run
 * in this session, with its paths relative to its own folder (a library's to the data folder named).
 */
final class Includes {
    /** The libraries that {@code use} knows, by name. */
    static final List<String> LIBRARIES = List.of("stdlib.jamlik");

    private final Session session;

    Includes(Session session) {
        this.session = session;
    }

    void use(Stmt.Use u, Diagnostics d) {
        if (!LIBRARIES.contains(u.library())) {
            d.error("E120", u.span(), "unknown library '" + u.library() + "'", Suggest.hint(u.library(), LIBRARIES, "library"));
            return;
        }
        String resource = "/se/indikator/stdlib/library/" + u.library().substring("stdlib.".length()) + ".ind";
        String text;
        try (var in = Session.class.getResourceAsStream(resource)) {
            if (in == null) {
                d.error("E120", u.span(), "library '" + u.library() + "' is missing from this build", "rebuild indikator");
                return;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            d.error("E120", u.span(), "cannot read library '" + u.library() + "': " + e.getMessage(), null);
            return;
        }
        Path dataDir = u.from() == null ? session.baseDir() : session.baseDir().resolve(u.from());
        if (!Files.isDirectory(dataDir)) {
            d.error("E122", u.span(), "the folder '" + u.from() + "' does not exist",
                    "write the register files there with: indikator synth --persons 200000 --seed 1 --out " + u.from());
            return;
        }
        for (Diagnostic x : runIn(dataDir, new SourceFile(u.library(), text))) {
            if (x.isError()) {
                d.error(x.code(), u.span(), "in library " + u.library() + ": " + x.message(),
                        x.hint() == null ? "the library reads its data from '" + (u.from() == null ? "." : u.from()) + "'"
                                : x.hint());
            } else {
                d.add(x);
            }
        }
    }

    void importFile(Stmt.Import imp, Diagnostics d) {
        Path file = session.baseDir().resolve(imp.path());
        if (!Files.isRegularFile(file)) {
            d.error("E121", imp.span(), "cannot import '" + imp.path() + "': no such file",
                    "paths are relative to the script's folder");
            return;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            runIn(file.toAbsolutePath().getParent(), new SourceFile(imp.path(), text)).forEach(d::add);
        } catch (IOException e) {
            d.error("E121", imp.span(), "cannot read '" + imp.path() + "': " + e.getMessage(), null);
        }
    }

    /** Declares what {@code source} declares, with {@code dir} as the folder of its paths; its diagnostics. */
    private List<Diagnostic> runIn(Path dir, SourceFile source) {
        Path saved = session.baseDir();
        session.baseDir(dir);
        try {
            return session.run(source, false).diagnostics();
        } finally {
            session.baseDir(saved);
        }
    }
}
