package se.indikator.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the language server over a pair of streams — standard input and output for {@code indikator lsp} — with
 * the protocol's framing (a {@code Content-Length} header, then the JSON-RPC message) until the editor says
 * {@code exit} or closes the input.
 */
public final class StdioServer {
    private StdioServer() {
    }

    /**
     * Serves until the end; the exit status is 0 when the editor shut the server down before {@code exit} or closed
     * the input, 1 when it said {@code exit} without {@code shutdown} (as the protocol asks).
     *
     * @param folder the folder unsaved scripts' paths are relative to until the editor names a workspace
     */
    public static int serve(InputStream in, OutputStream out, Path folder) {
        AtomicReference<Future<Void>> listening = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean exited = new java.util.concurrent.atomic.AtomicBoolean();
        IndikatorServer server = new IndikatorServer(folder, () -> {
            exited.set(true);
            Future<Void> f = listening.get();
            if (f != null) {
                f.cancel(true);
            }
        });
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        listening.set(launcher.startListening());
        try {
            listening.get().get();
        } catch (CancellationException e) {
            // the editor said exit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the input broke off: the editor is gone
        }
        return exited.get() && !server.wasShutDown() ? 1 : 0;
    }
}
