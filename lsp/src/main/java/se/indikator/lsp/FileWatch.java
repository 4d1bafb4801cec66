package se.indikator.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The workspace as the server hears of it: a data file or a script that changed on disk (the editor's file watcher),
 * or a changed setting, has every open script checked again, since any of them may read it.
 */
final class FileWatch implements WorkspaceService {
    private final Scripts scripts;

    FileWatch(Scripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        scripts.recheckAll();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        scripts.recheckAll();
    }
}
