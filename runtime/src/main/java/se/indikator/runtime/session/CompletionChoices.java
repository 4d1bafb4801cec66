package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.indikator.runtime.ast.Identifiers;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.StandardPopulations;
import se.indikator.runtime.parse.Parser;

/**
 * The choices at a cursor in their context ({@link CompletionContext}), each with what kind of thing it is and
 * a short detail — {@code region} a column of {@code deaths, population}, {@code kön} a breakdown — from what
 * a session that checked the script knows. Only the choices that begin with the word typed so far are offered.
 */
public final class CompletionChoices {
    /** What kind of thing a choice is. */
    public enum Kind {
        KEYWORD, DATA, COLUMN, BREAKDOWN, INDICATOR, STANDARDISATION, POPULATION, MEASURE, FUNCTION, LIST, FILE, FOLDER
    }

    /** One choice: the text to insert, its kind and a detail for people. */
    public record Choice(String text, Kind kind, String detail) {
    }

    /** The choices at a cursor and where the text they replace starts. */
    public record Offered(CompletionContext context, List<Choice> choices) {
        public Offered {
            choices = List.copyOf(choices);
        }
    }

    /** The measures as they are written after {@code measure}. */
    static final List<String> MEASURES = List.of("proportion", "percent", "rate per 100000", "ratio", "ratio per 100",
            "mean of", "median of", "percentile 90 of", "count", "relative survival at 5 years", "life expectancy at 30 by");

    private CompletionChoices() {
    }

    /** The choices at {@code cursor} in {@code text}, from what {@code session} knows. */
    public static Offered at(Session session, String text, int cursor) {
        CompletionContext c = CompletionContext.at(text, cursor);
        Map<String, Choice> out = new LinkedHashMap<>();
        switch (c.kind()) {
            case PATH -> Completions.files(session, c.partial()).forEach(f -> add(out, f.text(),
                    f.folder() ? Kind.FOLDER : Kind.FILE, f.folder() ? "folder" : "file"));
            case BY -> {
                breakdowns(session, out);
                columns(session, c, out);
            }
            case MEASURE -> MEASURES.forEach(m -> add(out, m, Kind.MEASURE, "measure"));
            case DATA -> data(session, out);
            case WHERE -> {
                columns(session, c, out);
                session.catalog().userLists().keySet().forEach(l -> add(out, l, Kind.LIST, "list"));
                session.functions().all().values().forEach(f -> add(out, f.name(), Kind.FUNCTION, f.signature()));
                List.of("and", "or", "not", "between", "in", "is", "missing").forEach(k -> add(out, k, Kind.KEYWORD, "keyword"));
            }
            case INDICATOR -> indicators(session, out);
            case STANDARDISATION -> session.catalog().standardisations().keySet()
                    .forEach(s -> add(out, s, Kind.STANDARDISATION, "standardisation"));
            case POPULATION -> StandardPopulations.names().forEach(p -> add(out, p, Kind.POPULATION, "standard population"));
            case ANY -> everything(session, out);
        }
        List<Choice> matching = new ArrayList<>();
        for (Choice ch : out.values()) {
            if (ch.text().startsWith(c.partial()) && !ch.text().equals(c.partial())) {
                matching.add(ch);
            }
        }
        return new Offered(c, matching);
    }

    private static void add(Map<String, Choice> out, String text, Kind kind, String detail) {
        out.putIfAbsent(text, new Choice(text, kind, detail));
    }

    private static void breakdowns(Session session, Map<String, Choice> out) {
        session.catalog().breakdowns().keySet().forEach(b -> add(out, Identifiers.written(b), Kind.BREAKDOWN, "breakdown"));
    }

    private static void data(Session session, Map<String, Choice> out) {
        session.catalog().allData().forEach((name, d) -> add(out, Identifiers.written(name), Kind.DATA,
                "data: " + d.rowCount() + " rows, " + d.columns().size() + " columns"));
    }

    private static void indicators(Session session, Map<String, Choice> out) {
        session.catalog().indicators().forEach((name, i) -> add(out, Identifiers.written(name), Kind.INDICATOR,
                i.title() == null || i.title().isEmpty() ? "indicator" : i.title()));
    }

    /**
     * The columns the context means: of the data a {@code where} filters, else of the data the statement's
     * indicator reads, else of every data table; each with the tables that have it.
     */
    private static void columns(Session session, CompletionContext c, Map<String, Choice> out) {
        Map<String, Dataset> all = session.catalog().allData();
        List<String> tables = new ArrayList<>();
        if (c.data().isPresent() && all.containsKey(c.data().get())) {
            tables.add(c.data().get());
        } else if (c.data().isEmpty() && c.indicator().isPresent()) {
            session.catalog().indicator(c.indicator().get()).map(IndicatorDef::sources).ifPresent(tables::addAll);
        }
        if (tables.isEmpty()) {
            tables.addAll(all.keySet());
        }
        Map<String, TreeSet<String>> owners = new LinkedHashMap<>();
        for (String t : tables) {
            Dataset d = all.get(t);
            if (d != null) {
                d.columnNames().forEach(col -> owners.computeIfAbsent(col, k -> new TreeSet<>()).add(t));
            }
        }
        owners.forEach((col, in) -> add(out, Identifiers.written(col), Kind.COLUMN, "column of " + String.join(", ", in)));
    }

    private static void everything(Session session, Map<String, Choice> out) {
        indicators(session, out);
        breakdowns(session, out);
        data(session, out);
        columns(session, new CompletionContext(CompletionContext.Kind.ANY, java.util.Optional.empty(),
                java.util.Optional.empty(), 0, ""), out);
        session.catalog().standardisations().keySet().forEach(s -> add(out, s, Kind.STANDARDISATION, "standardisation"));
        session.catalog().userLists().keySet().forEach(l -> add(out, l, Kind.LIST, "list"));
        session.functions().all().values().forEach(f -> add(out, f.name(), Kind.FUNCTION, f.signature()));
        StandardPopulations.names().forEach(p -> add(out, p, Kind.POPULATION, "standard population"));
        TreeSet<String> words = new TreeSet<>(Completions.KEYWORDS);
        words.addAll(Parser.keywords());
        words.forEach(k -> add(out, k, Kind.KEYWORD, "keyword"));
    }
}
