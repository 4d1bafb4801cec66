package se.indikator.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The indikator language server: what it can do (full-text sync, completion, hover, definitions, references,
 * document symbols, formatting), the scripts it answers about, and the end of a session — {@code shutdown}
 * then {@code exit}.
 */
public final class IndikatorServer implements LanguageServer, LanguageClientAware {
    private final Checker checker;
    private final Scripts scripts;
    private final Runnable onExit;
    private final WorkspaceService workspace;
    private volatile boolean shutDown;

    /**
     * A server whose unsaved scripts are checked against {@code folder} until the editor names a workspace, and
     * which calls {@code onExit} when the editor says {@code exit}.
     */
    public IndikatorServer(Path folder, Runnable onExit) {
        this.checker = new Checker(folder);
        this.scripts = new Scripts(checker);
        this.onExit = onExit;
        this.workspace = new FileWatch(scripts);
    }

    @Override
    public void connect(LanguageClient client) {
        scripts.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        String root = folders != null && !folders.isEmpty() ? folders.get(0).getUri() : params.getRootUri();
        if (root != null) {
            Path dir = Checker.fileOf(root);
            if (dir != null) {
                checker.fallbackFolder(dir);
            }
        }
        ServerCapabilities c = new ServerCapabilities();
        c.setTextDocumentSync(TextDocumentSyncKind.Full);
        c.setCompletionProvider(new CompletionOptions(false, List.of("\"", "/", ",")));
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setDocumentFormattingProvider(true);
        String version = IndikatorServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("indikator", version)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        scripts.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        scripts.close();
        onExit.run();
    }

    /** Whether the editor asked the server to shut down before it said exit. */
    public boolean wasShutDown() {
        return shutDown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return scripts;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
