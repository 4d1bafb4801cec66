package se.indikator.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.ast.TreeDump;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SafeText;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.parse.Parser;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * The shell without a terminal: evaluates one finished input — a piece of script or a
 * {@code :command} — against a {@link Session} and returns what to print. The JLine shell and the
 * tests both drive it. Inputs that ran without errors are kept, so {@code :save} can write the
 * session as a script. What it returns shows control characters escaped ({@link SafeText}), except the
 * escape sequences of inline images.
 */
public final class ReplSession {
    private final Session session;
    private final List<String> accepted = new ArrayList<>();
    private final List<se.indikator.runtime.notebook.NotebookDocument> pages = new ArrayList<>();
    private int counter;
    private String lastInput = "";
    private boolean quit;
    private TerminalImages.Mode images = TerminalImages.Mode.TEXT;
    private int width = TerminalWidth.DEFAULT;

    /** How wide tables are printed: the terminal's width (the shell sets it before each input, so it follows resizing). */
    public void width(int columns) {
        this.width = columns > 0 ? Math.max(TerminalWidth.NARROWEST, columns) : TerminalWidth.DEFAULT;
    }

    /** How charts are shown: inline images (kitty, iTerm2, Sixel) or text charts. */
    public void images(TerminalImages.Mode mode) {
        this.images = mode;
    }

    public ReplSession(Path baseDir) {
        this.session = new Session(baseDir);
        this.session.javaCells(new LazyJavaCells());
    }

    public Session session() {
        return session;
    }

    public boolean quitRequested() {
        return quit;
    }

    /** Evaluates one input and returns the text to show (possibly empty). */
    public String eval(String input) {
        String trimmed = input.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        if (trimmed.startsWith(":")) {
            String out = command(trimmed);
            // :load prints a run's outputs, already made safe and possibly with images; the others are plain text
            return trimmed.split("\\s+", 2)[0].equals(":load") ? out : SafeText.lines(out);
        }
        counter++;
        lastInput = input;
        SourceFile source = new SourceFile("<" + counter + ">", input);
        RunResult r = session.run(source);
        pages.add(se.indikator.runtime.notebook.NotebookDocument.of(source, r, java.time.LocalDate.now()));
        StringBuilder out = new StringBuilder(OutputPrinter.print(r, images, width));
        out.append(DiagnosticPrinter.formatAll(r.diagnostics()));
        if (!r.hasErrors()) {
            accepted.add(input.endsWith("\n") ? input : input + "\n");
        }
        return out.toString();
    }

    static final List<String> COMMANDS = List.of(":help", ":load", ":data", ":describe", ":indicators", ":show", ":plan",
            ":sql", ":ast", ":set", ":columns", ":audit", ":reset", ":save", ":quit");

    private String command(String line) {
        String[] parts = line.split("\\s+", 2);
        String cmd = parts[0];
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (cmd) {
            case ":quit", ":q", ":exit" -> {
                quit = true;
                return "";
            }
            case ":help", ":h" -> {
                return Help.text(arg);
            }
            case ":data" -> {
                StringBuilder sb = new StringBuilder();
                session.catalog().allData().forEach((n, d) -> sb.append(String.format("%-16s %,10d rows  %2d columns  %s%n",
                        n, d.rowsHeld(), d.columns().size(), d.source())));
                return sb.length() == 0 ? "no data yet; read some with: data NAME = read \"FILE.csv\"\n" : sb.toString();
            }
            case ":describe" -> {
                Optional<Dataset> d = session.catalog().data(arg);
                if (d.isEmpty()) {
                    return "no data named '" + arg + "'; " + Suggest.hint(arg, session.catalog().allData().keySet(), "data name") + "\n";
                }
                return d.get().describe().render();
            }
            case ":indicators" -> {
                StringBuilder sb = new StringBuilder();
                for (IndicatorDef i : session.catalog().indicators().values()) {
                    sb.append(String.format("%-14s %s (%s)%n", i.name(), i.title() == null ? "" : i.title(), i.measure().describe()));
                }
                return sb.length() == 0 ? "no indicators yet\n" : sb.toString();
            }
            case ":show" -> {
                Optional<IndicatorDef> i = session.catalog().indicator(arg);
                return i.map(IndicatorDef::sourceText).orElse("no indicator named '" + arg + "'; "
                        + Suggest.hint(arg, session.catalog().indicators().keySet(), "indicator") + "\n");
            }
            case ":plan" -> {
                return session.explain(arg);
            }
            case ":sql" -> {
                return session.sql(arg);
            }
            case ":ast" -> {
                return ast(arg.isEmpty() ? lastInput : arg);
            }
            case ":set" -> {
                var s = session.catalog().settings();
                return "language " + s.language() + "\nconfidence " + s.levels() + "\nsuppress below " + s.suppressBelow()
                        + "\nadjust " + s.adjust() + "\ncolumns " + s.columns() + "\n";
            }
            case ":columns" -> {
                return columns(arg);
            }
            case ":audit" -> {
                return session.audit().report();
            }
            case ":reset" -> {
                session.reset();
                accepted.clear();
                pages.clear();
                return "session cleared\n";
            }
            case ":load" -> {
                return load(arg);
            }
            case ":save" -> {
                return save(arg);
            }
            default -> {
                return "unknown command '" + cmd + "'; " + Suggest.hint(cmd, COMMANDS, "command") + "\n";
            }
        }
    }

    /**
     * Each statement of {@code src} as the outline of its syntax tree followed by its canonical text,
     * an empty line between statements; then any syntax errors.
     */
    static String ast(String src) {
        Parser.Parsed parsed = Parser.parse(new SourceFile("<ast>", src));
        List<String> statements = new ArrayList<>();
        for (Stmt s : parsed.program().statements()) {
            statements.add(TreeDump.of(s) + Unparser.statement(s) + "\n");
        }
        return String.join("\n", statements) + DiagnosticPrinter.formatAll(parsed.diagnostics().all());
    }

    /** {@code :columns compact|counts|all}: the columns printed tables show from now on; alone, the choice in force. */
    private String columns(String arg) {
        var settings = session.catalog().settings();
        if (arg.isEmpty()) {
            return "columns " + settings.columns() + " (:columns compact, counts or all)\n";
        }
        if (!se.indikator.runtime.result.ColumnChoice.WORDS.contains(arg)) {
            return "unknown columns setting '" + arg + "'; "
                    + Suggest.hint(arg, se.indikator.runtime.result.ColumnChoice.WORDS, "setting") + "\n";
        }
        session.catalog().settings(settings.withColumns(arg));
        return "tables show " + (arg.equals("all") ? "every column" : arg.equals("counts")
                ? "the compact columns with numerator and denominator" : "the compact columns") + " from now on\n";
    }

    private String load(String arg) {
        Path file = session.baseDir().resolve(arg.replace("\"", ""));
        if (!Files.isRegularFile(file)) {
            return "no such file: " + SafeText.line(arg) + "\n";
        }
        try {
            Path saved = session.baseDir();
            RunResult r = session.runFile(file, true);
            session.baseDir(saved);
            String out = OutputPrinter.print(r, images, width) + DiagnosticPrinter.formatAll(r.diagnostics());
            if (!r.hasErrors()) {
                accepted.add("import \"" + arg.replace("\"", "") + "\"\n");
            }
            return out;
        } catch (IOException e) {
            return SafeText.lines("cannot read " + arg + ": " + e.getMessage()) + "\n";
        }
    }

    private String save(String arg) {
        if (arg.isEmpty()) {
            return "usage: :save FILE.ind\n";
        }
        Path file = session.baseDir().resolve(arg.replace("\"", ""));
        String lower = arg.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".ipynb")) {
            try {
                se.indikator.runtime.notebook.Notebooks.save(se.indikator.runtime.notebook.NotebookDocument.join("indikator",
                        pages, java.time.LocalDate.now()), file, session.catalog().settings().swedish());
                return "saved the session (" + pages.size() + " inputs) as a notebook: " + arg + "\n";
            } catch (IOException e) {
                return "cannot write " + arg + ": " + e.getMessage() + "\n";
            }
        }
        try {
            Files.writeString(file, String.join("", accepted), StandardCharsets.UTF_8);
            return "saved " + accepted.size() + " inputs to " + arg + "\n";
        } catch (IOException e) {
            return "cannot write " + arg + ": " + e.getMessage() + "\n";
        }
    }
}
