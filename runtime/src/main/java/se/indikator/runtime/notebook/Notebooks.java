package se.indikator.runtime.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * Runs a script and writes it as a notebook: {@code .html}/{@code .htm} for a self-contained web page,
 * {@code .ipynb} for Jupyter. A script with errors still gives a notebook, with the diagnostics in
 * place; the run's result is returned so the caller can report them and choose an exit status.
 */
public final class Notebooks {
    private Notebooks() {
    }

    /** The notebook formats, chosen by the output file's extension. */
    public enum Format {
        /** One self-contained HTML5 file. */
        HTML,
        /** A Jupyter notebook (nbformat 4.5). */
        IPYNB;

        /** The format for {@code out}'s extension. */
        public static Format of(Path out) {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".ipynb")) {
                return IPYNB;
            }
            throw new IllegalArgumentException("cannot tell the notebook format of '" + out.getFileName()
                    + "': use a name ending in .html or .ipynb");
        }
    }

    /**
     * Runs {@code script} in {@code session} (relative paths in it are read from the script's folder)
     * and writes the notebook to {@code out}, creating its folder when needed.
     *
     * @throws IllegalArgumentException when {@code out} ends neither in .html/.htm nor in .ipynb
     * @throws IOException when the script cannot be read or the notebook cannot be written
     */
    public static RunResult write(Path script, Path out, Session session, LocalDate runDate) throws IOException {
        Format.of(out); // refuse an unknown extension before running anything
        String text = Files.readString(script, StandardCharsets.UTF_8);
        session.baseDir(script.toAbsolutePath().getParent());
        SourceFile source = new SourceFile(displayName(script), text);
        RunResult result = session.run(source);
        save(NotebookDocument.of(source, result, runDate, session.catalog()), out, session.catalog().settings().swedish());
        return result;
    }

    /**
     * Writes an already laid-out document to {@code out} in the format its extension names (e.g. the
     * shell's {@code :save}), creating the folder when needed; {@code swedish} chooses the HTML labels
     * and number format (the .ipynb tables keep their own; its captions and sections follow {@code swedish}).
     *
     * @throws IllegalArgumentException when {@code out} ends neither in .html/.htm nor in .ipynb
     * @throws IOException when the notebook cannot be written
     */
    public static void save(NotebookDocument doc, Path out, boolean swedish) throws IOException {
        Format format = Format.of(out);
        String rendered = format == Format.HTML ? HtmlNotebook.render(doc, swedish) : IpynbNotebook.render(doc, swedish);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, rendered, StandardCharsets.UTF_8);
    }

    /** The script's name as diagnostics show it: relative to the working folder when inside it. */
    private static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : file.toString();
    }
}
