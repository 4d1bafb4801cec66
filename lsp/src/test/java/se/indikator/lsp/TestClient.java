package se.indikator.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor's side of the protocol for the tests: it speaks to a server over a pair of streams with the real
 * framing — piped to a server in this process, or to the {@code indikator lsp} process — and keeps the
 * diagnostics and log messages the server sends.
 */
final class TestClient implements LanguageClient, AutoCloseable {
    static final long WAIT_SECONDS = 60;

    private final Map<String, BlockingQueue<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
    final BlockingQueue<String> logged = new LinkedBlockingQueue<>();
    private LanguageServer server;
    private Future<Void> listening;
    private Thread serving;
    private OutputStream toServer;

    /** A client of a server started in this process over piped streams. */
    static TestClient inProcess(Path folder) throws IOException {
        PipedOutputStream clientOut = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
        TestClient c = new TestClient();
        c.serving = new Thread(() -> {
            StdioServer.serve(serverIn, serverOut, folder);
            try {
                serverOut.close();
            } catch (IOException e) {
                // the client is gone already
            }
        }, "test-lsp-server");
        c.serving.setDaemon(true);
        c.serving.start();
        c.connect(clientIn, clientOut);
        return c;
    }

    /** A client of a server at the other end of {@code in} and {@code out} (another process). */
    static TestClient over(InputStream in, OutputStream out) {
        TestClient c = new TestClient();
        c.connect(in, out);
        return c;
    }

    private void connect(InputStream in, OutputStream out) {
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, in, out);
        server = launcher.getRemoteProxy();
        listening = launcher.startListening();
        toServer = out;
    }

    LanguageServer server() {
        return server;
    }

    InitializeResult initialize(Path root) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setCapabilities(new ClientCapabilities());
        if (root != null) {
            p.setRootUri(root.toUri().toString());
        }
        InitializeResult r = server.initialize(p).get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return r;
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "indikator", 1, text)));
    }

    void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** The next diagnostics published for {@code uri}. */
    PublishDiagnosticsParams diagnostics(String uri) throws InterruptedException {
        PublishDiagnosticsParams p = queue(uri).poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no diagnostics for " + uri + " within " + WAIT_SECONDS + " s; log: " + logged);
        }
        return p;
    }

    /** The diagnostics published for {@code uri} within {@code millis}, or null. */
    PublishDiagnosticsParams diagnosticsWithin(String uri, long millis) throws InterruptedException {
        return queue(uri).poll(millis, TimeUnit.MILLISECONDS);
    }

    private BlockingQueue<PublishDiagnosticsParams> queue(String uri) {
        return published.computeIfAbsent(uri, k -> new LinkedBlockingQueue<>());
    }

    List<CompletionItem> completion(String uri, int line, int character) throws Exception {
        return server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
                new Position(line, character))).get(WAIT_SECONDS, TimeUnit.SECONDS).getRight().getItems();
    }

    Hover hover(String uri, int line, int character) throws Exception {
        return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    List<? extends Location> definition(String uri, int line, int character) throws Exception {
        return server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri),
                new Position(line, character))).get(WAIT_SECONDS, TimeUnit.SECONDS).getLeft();
    }

    List<? extends Location> references(String uri, int line, int character) throws Exception {
        return server.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(uri),
                new Position(line, character), new ReferenceContext(true))).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    List<DocumentSymbol> symbols(String uri) throws Exception {
        return server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(WAIT_SECONDS, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
    }

    List<? extends TextEdit> format(String uri) throws Exception {
        return server.getTextDocumentService().formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri),
                new FormattingOptions(4, true))).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Shuts the server down and says exit. */
    void shutdown() throws Exception {
        server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    @Override
    public void close() throws Exception {
        listening.cancel(true);
        toServer.close();
        if (serving != null) {
            serving.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        queue(diagnostics.getUri()).add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        logged.add(messageParams.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logged.add(message.getMessage());
    }
}
