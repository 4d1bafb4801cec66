package se.indikator.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Program;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.parse.LexToken;
import se.indikator.runtime.parse.Parser;

/**
 * The names of one script: what it declares (the first declaration of a name wins, as in the checker) and
 * every token that writes a name, so that a name's definition and its references can be found from any of
 * its uses. A name is matched as written, a backquoted one without its backquotes.
 */
final class NameIndex {
    /** A name written in the text, with its character range. */
    record Use(String name, int start, int end) {
    }

    private final Map<String, Declaration> declarations = new LinkedHashMap<>();
    private final List<Declaration> imports = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();

    private NameIndex() {
    }

    /** The index of a parsed script and its text. */
    static NameIndex of(Program program, String text) {
        NameIndex index = new NameIndex();
        for (Stmt s : program.statements()) {
            Declaration.of(s).ifPresent(d -> {
                if (d.kind() == Declaration.Kind.IMPORT || d.kind() == Declaration.Kind.USE) {
                    index.imports.add(d);
                } else {
                    index.declarations.putIfAbsent(d.name(), d);
                }
            });
        }
        for (LexToken t : Parser.tokens(text)) {
            if (t.kind() == LexToken.Kind.NAME || t.kind() == LexToken.Kind.KEYWORD || t.text().startsWith("`")) {
                index.uses.add(new Use(unquoted(t.text()), t.start(), t.end()));
            }
        }
        return index;
    }

    static String unquoted(String name) {
        return name.length() >= 2 && name.startsWith("`") && name.endsWith("`") ? name.substring(1, name.length() - 1) : name;
    }

    /** Every declaration and import, in the order of the script. */
    List<Declaration> all() {
        List<Declaration> out = new ArrayList<>(declarations.values());
        out.addAll(imports);
        out.sort(java.util.Comparator.comparingInt((Declaration d) -> d.statement().span().line())
                .thenComparingInt(d -> d.statement().span().column()));
        return out;
    }

    Optional<Declaration> declaration(String name) {
        return Optional.ofNullable(declarations.get(name));
    }

    /** The imports of other scripts ({@code import "…"}). */
    List<Declaration> imports() {
        return imports.stream().filter(d -> d.kind() == Declaration.Kind.IMPORT).toList();
    }

    /** The name written at a character index, if one is. */
    Optional<Use> at(int offset) {
        for (Use u : uses) {
            if (u.start() <= offset && offset <= u.end()) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** Every place the name is written, its declaration included. */
    List<Use> references(String name) {
        return uses.stream().filter(u -> u.name().equals(name)).toList();
    }
}
