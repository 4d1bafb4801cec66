package se.indikator.runtime.exec;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Windows;

/**
 * The categories of a breakdown over the data it is applied to: declared categories in declaration
 * order, or for a plain column the union of its values over all sources, numbers in numeric order
 * and text in Swedish alphabetical order (å, ä, ö last).
 */
public final class Categories {
    private Categories() {
    }

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    public static List<String> of(BreakdownDef b, List<Dataset> sources) {
        return list(b, sources).labels();
    }

    /**
     * The categories with their numeric values: for a plain numeric column each category's number (in
     * the order of {@link #of}); for text and declared categories, no numbers (null entries).
     */
    public static Listed list(BreakdownDef b, List<Dataset> sources) {
        if (b.hasFixedCategories()) {
            return new Listed(b.categories(), java.util.Collections.nCopies(b.categories().size(), null));
        }
        if (b.isRolling()) {
            Windows w = windows(b, sources);
            return new Listed(w.labels(), w.middles());
        }
        Listed found = values(b, sources);
        if (!b.keepsUnmapped()) {
            return found;
        }
        List<String> labels = new ArrayList<>(found.labels());
        List<Double> values = new ArrayList<>(found.values());
        labels.add(BreakdownDef.UNMAPPED);
        values.add(null);
        return new Listed(labels, values);
    }

    /**
     * The windows of a rolling breakdown over the single periods of its column in these data (numbers only: text
     * values of the column are not periods).
     */
    public static Windows windows(BreakdownDef b, List<Dataset> sources) {
        List<Double> periods = values(b.base(), sources).values().stream().filter(java.util.Objects::nonNull).toList();
        return Windows.of(periods, b.rollingWidth());
    }

    private static Listed values(BreakdownDef b, List<Dataset> sources) {
        String colName = b.columns().iterator().next();
        Set<String> text = new LinkedHashSet<>();
        TreeSet<Double> numbers = new TreeSet<>();
        for (Dataset d : sources) {
            Column c = d.column(colName).orElseThrow();
            if (d.engine().isPresent()) {
                engineValues(d, colName, c instanceof TextColumn, text, numbers);
            } else if (c instanceof TextColumn t) {
                for (int k = 0; k < t.dictionarySize(); k++) {
                    text.add(t.label(k));
                }
            } else if (c instanceof IntColumn ic) {
                int rows = ic.size();
                int min = ic.min();
                int max = ic.max();
                if (ic.missingCount() < rows && (long) max - min < 1_000_000) {
                    boolean[] seen = new boolean[max - min + 1];
                    for (int r = 0; r < rows; r++) {
                        int v = ic.get(r);
                        if (v != IntColumn.MISSING) {
                            seen[v - min] = true;
                        }
                    }
                    for (int k = 0; k < seen.length; k++) {
                        if (seen[k]) {
                            numbers.add((double) (k + min));
                        }
                    }
                } else {
                    for (int r = 0; r < rows; r++) {
                        int v = ic.get(r);
                        if (v != IntColumn.MISSING) {
                            numbers.add((double) v);
                        }
                    }
                }
            } else if (c instanceof DoubleColumn dc) {
                for (int r = 0; r < dc.size(); r++) {
                    double v = dc.get(r);
                    if (!Double.isNaN(v)) {
                        numbers.add(v);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        numbers.forEach(v -> {
            out.add(Numbers.plain(v));
            values.add(v);
        });
        List<String> texts = new ArrayList<>(text);
        texts.sort(Comparator.comparing((String s) -> s, SWEDISH));
        out.addAll(texts);
        texts.forEach(t -> values.add(null));
        return new Listed(out, values);
    }

    /** Adds the distinct values of a column of data an engine holds, as the engine lists them. */
    private static void engineValues(Dataset d, String column, boolean isText, Set<String> text, TreeSet<Double> numbers) {
        var table = d.engine().orElseThrow();
        var exprs = EnginePass.expressions(d, table, null, null);
        try {
            for (Object v : table.distinct(isText ? exprs.column(column) : exprs.numericColumn(column))) {
                if (isText) {
                    text.add(v.toString());
                } else {
                    numbers.add(((Number) v).doubleValue());
                }
            }
        } catch (java.sql.SQLException e) {
            throw new se.indikator.runtime.data.EngineFailure(e);
        }
    }

    /** Category labels and, where the categories are numbers, their values (null elsewhere). */
    public record Listed(List<String> labels, List<Double> values) {
        public Listed {
            labels = List.copyOf(labels);
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
