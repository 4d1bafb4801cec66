package se.indikator.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.parse.Parser;

/**
 * Go to definition, find references and document symbols over a script's {@link NameIndex}: a name's
 * definition is its declaration in the script, else in a script it imports (followed through their imports,
 * each file once); an import's path leads to the imported file.
 */
final class Navigation {
    private Navigation() {
    }

    /** Where the name or import at {@code position} is declared. */
    static List<Location> definition(Analysis a, Position position) {
        int offset = Ranges.offset(a.text(), position);
        NameIndex index = NameIndex.of(a.program(), a.text());
        for (Declaration imp : index.imports()) {
            Range r = Ranges.of(imp.nameSpan(), a.text());
            if (contains(r, position)) {
                Path file = a.folder().resolve(imp.name()).normalize();
                return Files.isRegularFile(file) ? List.of(new Location(file.toUri().toString(), start())) : List.of();
            }
        }
        Optional<NameIndex.Use> use = index.at(offset);
        if (use.isEmpty()) {
            return List.of();
        }
        Optional<Declaration> here = index.declaration(use.get().name());
        if (here.isPresent()) {
            return List.of(new Location(a.uri(), Ranges.of(here.get().nameSpan(), a.text())));
        }
        return inImports(index, a.folder(), use.get().name(), new HashSet<>()).map(List::of).orElse(List.of());
    }

    /** The declaration of {@code name} in the scripts {@code index} imports, and in theirs. */
    private static Optional<Location> inImports(NameIndex index, Path folder, String name, Set<Path> seen) {
        for (Declaration imp : index.imports()) {
            Path file = folder.resolve(imp.name()).normalize();
            if (!seen.add(file) || !Files.isRegularFile(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            SourceFile source = new SourceFile(imp.name(), text);
            NameIndex other = NameIndex.of(Parser.parse(source).program(), source.text());
            Optional<Declaration> d = other.declaration(name);
            if (d.isPresent()) {
                return Optional.of(new Location(file.toUri().toString(), Ranges.of(d.get().nameSpan(), source.text())));
            }
            Optional<Location> deeper = inImports(other, file.getParent(), name, seen);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /** Every place in the script that writes the name at {@code position}, its declaration if asked. */
    static List<Location> references(Analysis a, Position position, boolean withDeclaration) {
        NameIndex index = NameIndex.of(a.program(), a.text());
        Optional<NameIndex.Use> use = index.at(Ranges.offset(a.text(), position));
        if (use.isEmpty()) {
            return List.of();
        }
        Optional<Range> declared = index.declaration(use.get().name()).map(d -> Ranges.of(d.nameSpan(), a.text()));
        List<Location> out = new ArrayList<>();
        for (NameIndex.Use u : index.references(use.get().name())) {
            Range r = Ranges.between(a.text(), u.start(), u.end());
            if (withDeclaration || declared.isEmpty() || !declared.get().equals(r)) {
                out.add(new Location(a.uri(), r));
            }
        }
        return out;
    }

    /** The script's declarations as symbols: name, kind, the statement's range and the name's. */
    static List<DocumentSymbol> symbols(Analysis a) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Declaration d : NameIndex.of(a.program(), a.text()).all()) {
            Range whole = Ranges.of(d.statement().span(), a.text());
            Range name = Ranges.of(d.nameSpan(), a.text());
            if (!contains(whole, name.getStart())) {
                whole = name;
            }
            String detail = d.statement() instanceof Stmt.Indicator i && i.title() != null ? i.title() : d.kind().word;
            out.add(new DocumentSymbol(d.name(), d.kind().symbol, whole, name, detail));
        }
        return out;
    }

    private static Range start() {
        return new Range(new Position(0, 0), new Position(0, 0));
    }

    static boolean contains(Range r, Position p) {
        return compare(r.getStart(), p) <= 0 && compare(p, r.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }
}
