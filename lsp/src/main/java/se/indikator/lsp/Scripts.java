package se.indikator.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open scripts and the answers about them: each version is checked once its edits pause (at once when it
 * is opened or saved) and its diagnostics published; completion, hover, definitions, references, symbols and
 * formatting read the analysis of the version the editor shows, checking it first when it is not yet checked.
 * Checks run one at a time on their own thread. A fault while answering is logged to the editor and answered
 * with nothing, so no document can stop the server.
 */
final class Scripts implements TextDocumentService {
    /** How long edits must pause before a script is checked again. */
    static final long PAUSE_MILLIS = 250;

    /** A script as the editor has it. */
    private record Open(int version, String text) {
    }

    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final Map<String, Analysis> analyses = new ConcurrentHashMap<>();
    private final ExecutorService checks = Executors.newSingleThreadExecutor(daemon("indikator-lsp-check"));
    private final ExecutorService answers = Executors.newFixedThreadPool(2, daemon("indikator-lsp-answer"));
    private final Debouncer debouncer = new Debouncer();
    private final Checker checker;
    private volatile LanguageClient client;

    Scripts(Checker checker) {
        this.checker = checker;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    void close() {
        debouncer.close();
        checks.shutdownNow();
        answers.shutdownNow();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.put(uri, new Open(params.getTextDocument().getVersion(), text(params.getTextDocument().getText())));
        debouncer.schedule(uri, 0, () -> checkLater(uri));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        if (params.getContentChanges().isEmpty()) {
            return;
        }
        String text = params.getContentChanges().get(params.getContentChanges().size() - 1).getText();
        open.put(uri, new Open(params.getTextDocument().getVersion(), text(text)));
        debouncer.schedule(uri, PAUSE_MILLIS, () -> checkLater(uri));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        analyses.remove(uri);
        debouncer.cancel(uri);
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        analyses.remove(uri); // the files it reads may have changed with it
        debouncer.schedule(uri, 0, () -> checkLater(uri));
    }

    /** Re-checks every open script (a data file or an imported script changed). */
    void recheckAll() {
        analyses.clear();
        open.keySet().forEach(uri -> debouncer.schedule(uri, PAUSE_MILLIS, () -> checkLater(uri)));
    }

    private static String text(String t) {
        return t == null ? "" : t;
    }

    private void checkLater(String uri) {
        checks.execute(() -> {
            try {
                Analysis a = checked(uri);
                LanguageClient c = client;
                Open now = open.get(uri);
                if (a != null && c != null && now != null && now.version() == a.version()) {
                    c.publishDiagnostics(new PublishDiagnosticsParams(uri, LspDiagnostics.of(a), a.version()));
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                log("indikator could not check " + uri + ": " + e);
            }
        });
    }

    /** The analysis of the script's current version, checked now if it is not yet (on the checking thread). */
    private Analysis checked(String uri) {
        Open now = open.get(uri);
        if (now == null) {
            return null;
        }
        Analysis a = analyses.get(uri);
        if (a != null && a.version() == now.version() && a.text().equals(now.text())) {
            return a;
        }
        Analysis fresh = checker.check(uri, now.version(), now.text());
        analyses.put(uri, fresh);
        return fresh;
    }

    /** The analysis an answer reads, waiting for the check of the current version. */
    private Analysis current(String uri) {
        try {
            return checks.submit(() -> checked(uri)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            log("indikator could not check " + uri + ": " + e.getCause());
            return null;
        }
    }

    /** Answers from the current analysis of {@code uri} off the protocol's thread; a fault answers {@code none}. */
    private <T> CompletableFuture<T> answer(String uri, T none, Function<Analysis, T> f) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Analysis a = current(uri);
                return a == null ? none : f.apply(a);
            } catch (RuntimeException | StackOverflowError e) {
                log("indikator could not answer about " + uri + ": " + e);
                return none;
            }
        }, answers);
    }

    private void log(String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(MessageType.Error, message));
        }
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(params.getTextDocument().getUri(), Either.forRight(new CompletionList(false, List.of())),
                a -> Either.forRight(Completion.at(a, params.getPosition())));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(params.getTextDocument().getUri(), null, a -> Hovers.at(a, params.getPosition()).orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return answer(params.getTextDocument().getUri(), Either.forLeft(List.of()),
                a -> Either.forLeft(Navigation.definition(a, params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return answer(params.getTextDocument().getUri(), List.of(),
                a -> Navigation.references(a, params.getPosition(), declaration));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return answer(params.getTextDocument().getUri(), List.of(),
                a -> Navigation.symbols(a).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return answer(params.getTextDocument().getUri(), List.of(), Formatting::of);
    }
}
