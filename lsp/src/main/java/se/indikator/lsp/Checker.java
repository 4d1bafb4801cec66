package se.indikator.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.parse.Parser;
import se.indikator.runtime.session.LoadedData;
import se.indikator.runtime.session.Session;

/**
 * Checks a version of a script as {@code indikator check} does — parse, then every statement against the data
 * it reads — with the script's own folder as the base of its paths, so {@code read "…"} and {@code import "…"}
 * resolve as they do when it runs. Data files go through one {@link LoadedData} shared by every check, so
 * typing does not read a file again until it changes. Nothing is computed and nothing is written.
 */
final class Checker {
    /** How many tables are kept in memory between checks. */
    static final int KEPT_TABLES = 32;

    private final LoadedData loaded = new LoadedData(KEPT_TABLES);
    private volatile Path fallbackFolder;

    /** Checks scripts that are not files (an unsaved editor) against {@code fallbackFolder}. */
    Checker(Path fallbackFolder) {
        this.fallbackFolder = fallbackFolder;
    }

    /** Checks scripts that are not files against {@code folder} from now on (the editor's workspace). */
    void fallbackFolder(Path folder) {
        this.fallbackFolder = folder;
    }

    /** The folder of the script at {@code uri}: its file's folder, or the fallback for other kinds of document. */
    Path folderOf(String uri) {
        Path file = fileOf(uri);
        return file != null && file.getParent() != null ? file.getParent() : fallbackFolder;
    }

    /** The file a {@code file:} URI names, or null. */
    static Path fileOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The name diagnostics give the script: its file name, or the whole URI for other documents. */
    static String nameOf(String uri) {
        Path file = fileOf(uri);
        return file != null && file.getFileName() != null ? file.getFileName().toString() : uri;
    }

    /** Checks {@code text}, the version {@code version} of the script at {@code uri}. */
    Analysis check(String uri, int version, String text) {
        Path folder = folderOf(uri);
        SourceFile source = new SourceFile(nameOf(uri), text);
        Session session = new Session(folder);
        session.loadedData(loaded);
        RunResult result = session.check(source);
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        return new Analysis(uri, version, source, folder, Parser.parse(source).program(), session, diagnostics);
    }
}
