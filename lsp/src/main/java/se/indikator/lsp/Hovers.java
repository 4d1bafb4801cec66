package se.indikator.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import se.indikator.runtime.ast.Identifiers;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.data.ColumnSummary;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DatasetSummary;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.result.CatalogueTable;
import se.indikator.runtime.parse.LexToken;
import se.indikator.runtime.parse.Parser;

/**
 * What hovering over a word shows, in Markdown: an indicator's title, measure and metadata with its definition;
 * a data table's columns with their types and missing values; a breakdown's categories; a column's type in the
 * tables that have it; a function's signature; a keyword's one line of help.
 */
final class Hovers {
    private Hovers() {
    }

    /** The hover at {@code position}, or empty where there is nothing to say. */
    static Optional<Hover> at(Analysis a, Position position) {
        int offset = Ranges.offset(a.text(), position);
        for (LexToken t : Parser.tokens(a.text())) {
            if (t.start() <= offset && offset < t.end() || t.end() == offset && t.start() < offset && word(t)) {
                if (!word(t)) {
                    return Optional.empty();
                }
                return text(a, NameIndex.unquoted(t.text()), t.kind() == LexToken.Kind.KEYWORD)
                        .map(md -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, md), Ranges.between(a.text(), t.start(), t.end())));
            }
        }
        return Optional.empty();
    }

    private static boolean word(LexToken t) {
        return t.kind() == LexToken.Kind.NAME || t.kind() == LexToken.Kind.KEYWORD || t.text().startsWith("`");
    }

    /** What to say about {@code name}: the things the session declared first, a keyword's help last. */
    static Optional<String> text(Analysis a, String name, boolean keyword) {
        Catalog c = a.session().catalog();
        Optional<IndicatorDef> indicator = c.indicator(name);
        if (indicator.isPresent()) {
            return Optional.of(indicator(indicator.get(), c.settings().swedish()));
        }
        Optional<Dataset> data = c.data(name);
        if (data.isPresent()) {
            return Optional.of(data(name, data.get()));
        }
        Optional<BreakdownDef> breakdown = c.breakdown(name);
        if (breakdown.isPresent()) {
            return Optional.of(breakdown(breakdown.get()));
        }
        if (c.standardisation(name).isPresent()) {
            return Optional.of("standardisation `" + name + "`\n\n```indikator\n" + Unparser.standardisation(c.standardisation(name).get())
                    + "\n```");
        }
        if (c.list(name).isPresent()) {
            return Optional.of("list `" + name + "`: " + String.join(", ", c.list(name).get()));
        }
        if (keyword) {
            Optional<String> help = KeywordHelp.of(name);
            if (help.isPresent()) {
                return Optional.of("**" + name + "** — " + help.get());
            }
        }
        Optional<String> column = column(c, name);
        if (column.isPresent()) {
            return column;
        }
        return a.session().functions().get(name).map(f -> "function `" + f.signature() + "`"
                + (f.description() == null || f.description().isEmpty() ? "" : "\n\n" + f.description()));
    }

    /** An indicator: its title, its catalogue entry (as {@code catalogue} and the kernel show it), its data and definition. */
    static String indicator(IndicatorDef i, boolean swedish) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(i.title() == null || i.title().isEmpty() ? i.name() : escape(i.title())).append("**  \n");
        sb.append("indicator `").append(i.name()).append("`\n\n");
        CatalogueTable.entry(i, swedish).forEach((column, value) -> {
            if (!column.equals("name") && !column.equals("title")) {
                sb.append("- ").append(column).append(": ").append(escape(value)).append('\n');
            }
        });
        sb.append("- data: ").append(escape(String.join(", ", i.sources()))).append('\n');
        if (i.sourceText() != null && !i.sourceText().isBlank()) {
            sb.append("\n```indikator\n").append(i.sourceText().strip()).append("\n```\n");
        }
        return sb.toString();
    }

    static String data(String name, Dataset d) {
        DatasetSummary s = DatasetSummary.of(d);
        StringBuilder sb = new StringBuilder();
        sb.append("data `").append(name).append("`: ").append(s.rows()).append(" rows");
        if (s.source() != null && !s.source().isEmpty()) {
            sb.append(" from ").append(escape(s.source()));
        }
        sb.append("\n\n| column | type | missing |\n|---|---|---:|\n");
        for (ColumnSummary col : s.columns()) {
            sb.append("| ").append(escape(Identifiers.written(col.name()))).append(" | ")
                    .append(col.type().name().toLowerCase(Locale.ROOT)).append(" | ").append(col.missing()).append(" |\n");
        }
        return sb.toString();
    }

    static String breakdown(BreakdownDef b) {
        StringBuilder sb = new StringBuilder("breakdown `" + b.name() + "`");
        if (b.definition() != null) {
            sb.append("\n\n```indikator\n").append(Unparser.breakdown(b.definition())).append("\n```");
        }
        if (!b.categories().isEmpty()) {
            sb.append("\n\ncategories: ").append(String.join(", ", b.categories().stream()
                    .filter(x -> !x.equals(BreakdownDef.UNMAPPED)).map(Hovers::escape).toList()));
        }
        return sb.toString();
    }

    /** A column's type and missing values in every table that has it. */
    static Optional<String> column(Catalog c, String name) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Dataset> e : c.allData().entrySet()) {
            e.getValue().column(name).ifPresent(col -> {
                ColumnSummary s = ColumnSummary.of(col);
                lines.add("- in `" + e.getKey() + "`: " + s.type().name().toLowerCase(Locale.ROOT) + ", " + s.missing()
                        + " missing of " + s.rows());
            });
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of("column `" + name + "`\n\n" + String.join("\n", lines));
    }

    /** Text safe inside Markdown: characters that Markdown reads as formatting are escaped. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
