package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Suggest;

/**
 * {@code use stdlib.jamlik from "DIR"} and {@code import "FILE"}: another script's declarations checked and
 * entered in this session, with its paths relative to its own folder (a library's to the data folder named).
 * The folder is an argument of that check, never a setting saved and restored; an import of a file that is
 * already being imported is a cycle, reported at the import.
 */
final class Includes {
    /** The libraries that {@code use} knows, by name. */
    static final List<String> LIBRARIES = List.of("stdlib.jamlik");

    private final Session session;
    private final Path base;
    private final List<Path> chain;

    Includes(Session session, Path base, List<Path> chain) {
        this.session = session;
        this.base = base;
        this.chain = chain;
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
        Path dataDir;
        try {
            dataDir = u.from() == null ? base : base.resolve(u.from());
        } catch (InvalidPathException e) {
            d.error("E122", u.span(), "'" + u.from() + "' is not a folder name: " + e.getReason(), "write the folder's path");
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            d.error("E122", u.span(), "the folder '" + u.from() + "' does not exist",
                    "write the register files there with: indikator synth --persons 200000 --seed 1 --out " + u.from());
            return;
        }
        Path id = Path.of("<library " + u.library() + ">");
        if (chain.contains(id)) {
            d.error("E123", u.span(), "library '" + u.library() + "' uses itself", "remove the 'use' from the library");
            return;
        }
        for (Diagnostic x : declare(dataDir, new SourceFile(u.library(), text), id)) {
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
        Path file;
        try {
            file = base.resolve(imp.path()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            d.error("E121", imp.span(), "cannot import '" + imp.path() + "': not a file name (" + e.getReason() + ")",
                    "paths are relative to the script's folder");
            return;
        }
        if (!Files.isRegularFile(file)) {
            d.error("E121", imp.span(), "cannot import '" + imp.path() + "': no such file",
                    "paths are relative to the script's folder");
            return;
        }
        if (chain.contains(file)) {
            List<String> names = new ArrayList<>();
            for (Path p : chain.subList(chain.indexOf(file), chain.size())) {
                names.add(p.getFileName().toString());
            }
            names.add(file.getFileName().toString());
            d.error("E123", imp.span(), "import cycle: " + String.join(" → ", names),
                    "a file cannot import itself, directly or through other files; move the shared declarations into one file");
            return;
        }
        session.readFiles().add(file, "a script this run imports");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            declare(file.getParent(), new SourceFile(imp.path(), text), file).forEach(d::add);
        } catch (IOException | RuntimeException e) {
            d.error("E121", imp.span(), "cannot read '" + imp.path() + "': " + se.indikator.runtime.diag.IoReason.of(e), null);
        }
    }

    /** Checks {@code source}'s statements (declaring what it declares) with {@code dir} as its folder; its diagnostics. */
    private List<Diagnostic> declare(Path dir, SourceFile source, Path id) {
        List<Path> inner = new ArrayList<>(chain);
        inner.add(id);
        return session.check(source, dir, inner).diagnostics();
    }
}
