package se.indikator.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import se.indikator.runtime.session.CompletionChoices;

/**
 * Completion as the protocol answers it, from the runtime's choices in context ({@link CompletionChoices}, which
 * the shell and the Jupyter kernel share the words of): each choice replaces the word typed so far.
 */
final class Completion {
    private Completion() {
    }

    /** The completion list at {@code position} of the analysed script. */
    static CompletionList at(Analysis a, Position position) {
        String text = a.text();
        int cursor = Ranges.offset(text, position);
        CompletionChoices.Offered offered = CompletionChoices.at(a.session(), text, cursor);
        Range replaced = Ranges.between(text, Math.min(offered.context().start(), cursor), cursor);
        List<CompletionItem> items = new ArrayList<>();
        int order = 0;
        for (CompletionChoices.Choice c : offered.choices()) {
            CompletionItem item = new CompletionItem(c.text());
            item.setKind(kind(c.kind()));
            item.setDetail(c.detail());
            item.setTextEdit(Either.forLeft(new TextEdit(replaced, c.text())));
            item.setSortText(String.format("%04d", order++));
            items.add(item);
        }
        return new CompletionList(false, items);
    }

    static CompletionItemKind kind(CompletionChoices.Kind k) {
        return switch (k) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case DATA -> CompletionItemKind.Variable;
            case COLUMN -> CompletionItemKind.Field;
            case BREAKDOWN -> CompletionItemKind.Enum;
            case INDICATOR -> CompletionItemKind.Function;
            case STANDARDISATION -> CompletionItemKind.Struct;
            case POPULATION -> CompletionItemKind.Constant;
            case MEASURE -> CompletionItemKind.Unit;
            case FUNCTION -> CompletionItemKind.Method;
            case LIST -> CompletionItemKind.Constant;
            case FILE -> CompletionItemKind.File;
            case FOLDER -> CompletionItemKind.Folder;
        };
    }
}
