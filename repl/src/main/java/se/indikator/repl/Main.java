package se.indikator.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code indikator} command line: {@code run FILE [--csv DIR]} runs a script and prints its
 * results; {@code check FILE} reports every problem without computing (exit status 1 on errors);
 * {@code audit FILE} runs it and proves its publications keep every protected count protected;
 * {@code jupyter install} and {@code kernel FILE} install and run the Jupyter kernel; {@code lsp} runs the
 * language server for editors.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        progress = ProgressLine.onStderr(err);
        System.exit(run(args, out, err));
    }

    /** Where scripts run from the command line report progress: a line on stderr when it is a terminal. */
    static se.indikator.runtime.progress.ProgressListener progress = se.indikator.runtime.progress.ProgressListener.NONE;

    static final String USAGE = """
            usage: indikator                            the interactive shell
                   indikator run FILE.ind [--csv DIR] [--images kitty|iterm|sixel|text|auto]
                                                       run a script and print its results
                   indikator check FILE.ind            report every problem without computing
                   indikator audit FILE.ind            run a script and prove that nothing it publishes
                                                       reveals a protected count (exit 1 when it does)
                   indikator notebook FILE.ind -o report.html|report.ipynb
                                                       run a script into a notebook to share
                   indikator publish FILE.ind -o DIR [--language sv|en]
                                                       build the static web site of its indicators
                                                       (--statements instead of -o DIR: what it computes)
                   indikator synth --persons N --seed S --out DIR
                                                       write synthetic Swedish registers
                   indikator cache [clear]             where the data cache is and its size; empty it
                   indikator jupyter install [--user | --prefix DIR]
                                                       install the Jupyter kernel (docs/jupyter.md)
                   indikator kernel CONNECTION_FILE    run the Jupyter kernel (Jupyter starts it)
                   indikator lsp                       run the language server on standard input and output
                                                       (an editor starts it; docs/editors.md)
                   indikator help                      this text
            """;

    /** What a command does with its one script file. */
    private interface ScriptCommand {
        int apply(Path file) throws IOException;
    }

    /** Runs a command on the one script named in {@code rest}, or says why it cannot (exit status 2). */
    private static int onScript(String command, List<String> rest, PrintStream err, ScriptCommand action) {
        if (rest.size() != 1) {
            err.print("indikator: " + command + " needs one script\n" + USAGE);
            return 2;
        }
        Path file = Path.of(rest.get(0));
        if (!Files.isRegularFile(file)) {
            err.println("indikator: no such script: " + file);
            return 2;
        }
        try {
            return action.apply(file);
        } catch (IOException e) {
            err.println("indikator: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs a command with {@code env} as its environment (where {@code COLUMNS} may give the width of tables). */
    static int run(String[] args, PrintStream out, PrintStream err, java.util.Map<String, String> env) {
        if (args.length == 0) {
            try {
                return Shell.system().run();
            } catch (IOException e) {
                err.println("indikator: cannot open the terminal: " + e.getMessage());
                return 2;
            }
        }
        if (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return 0;
        }
        String command = args[0];
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        switch (command) {
            case "run", "check" -> {
                TerminalImages.Mode images = TerminalImages.detect(System.getenv(), System.console() != null);
                int im = rest.indexOf("--images");
                if (im >= 0) {
                    TerminalImages.Mode m = im + 1 < rest.size()
                            ? TerminalImages.parse(rest.get(im + 1), System.getenv(), System.console() != null) : null;
                    if (m == null) {
                        err.println("indikator: --images takes kitty, iterm, sixel, text or auto");
                        return 2;
                    }
                    images = m;
                    rest.remove(im + 1);
                    rest.remove(im);
                }
                Path csv = null;
                int i = rest.indexOf("--csv");
                if (i >= 0) {
                    if (i + 1 >= rest.size()) {
                        err.println("indikator: --csv needs a folder, e.g. --csv out");
                        return 2;
                    }
                    csv = Path.of(rest.get(i + 1));
                    rest.remove(i + 1);
                    rest.remove(i);
                }
                Path finalCsv = csv;
                TerminalImages.Mode finalImages = images;
                int width = TerminalWidth.detect(env, System.console() != null);
                return onScript(command, rest, err,
                        file -> new ScriptRunner(out, err, progress).run(file, command.equals("run"), finalCsv, finalImages, width));
            }
            case "audit" -> {
                return onScript(command, rest, err, file -> new ScriptRunner(out, err, progress).audit(file));
            }
            case "notebook" -> {
                return NotebookCommand.run(rest, out, err);
            }
            case "publish" -> {
                return PublishCommand.run(rest, out, err);
            }
            case "synth" -> {
                return SynthCommand.run(rest, out, err);
            }
            case "cache" -> {
                return CacheCommand.run(rest, out, err);
            }
            case "jupyter" -> {
                return JupyterCommand.run(rest, out, err);
            }
            case "kernel" -> {
                return JupyterCommand.kernel(rest, err);
            }
            case "lsp" -> {
                return LspCommand.run(rest, err);
            }
            default -> {
                err.print("indikator: unknown command '" + command + "'\n" + USAGE);
                return 2;
            }
        }
    }
}
