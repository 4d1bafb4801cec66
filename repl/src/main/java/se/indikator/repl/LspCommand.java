package se.indikator.repl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import se.indikator.lsp.StdioServer;

/**
 * {@code indikator lsp}: the language server on standard input and output, as an editor starts it
 * (docs/editors.md); {@code --stdio}, which VS Code's client adds, says the same. Standard output carries only the protocol; anything else written to it goes to standard
 * error instead.
 */
final class LspCommand {
    private LspCommand() {
    }

    static int run(List<String> rest, PrintStream err) {
        if (!rest.isEmpty() && !(rest.size() == 1 && rest.get(0).equals("--stdio"))) {
            err.println("indikator: lsp takes no arguments but --stdio (an editor starts it and speaks on standard input and output)");
            return 2;
        }
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(err);
        return StdioServer.serve(new BufferedInputStream(new FileInputStream(FileDescriptor.in)), protocol,
                Path.of("").toAbsolutePath());
    }
}
