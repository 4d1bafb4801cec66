package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The indicator catalogue as a table (the model for managing national indicators): one row per
 * declared indicator with its metadata, measure, standardisation, polarity, target, disclosure rule,
 * version and status (active, under review, phased out).
 */
public final class CatalogueTable {
    private CatalogueTable() {
    }

    public static final List<String> COLUMNS = List.of("name", "title", "area", "dimension", "source", "measure",
            "standardisation", "ci", "polarity", "target", "suppress", "version", "status", "description");

    public static ResultTable of(List<IndicatorDef> indicators, boolean swedish) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorDef i : indicators) {
            List<Object> r = new ArrayList<>();
            r.add(i.name());
            r.add(i.title());
            r.add(i.meta("area").orElse(null));
            r.add(i.meta("dimension").orElse(null));
            r.add(i.meta("source").orElse(null));
            r.add(!i.isDerived() ? i.measure().describe() : i.derived().describe());
            r.add(i.standardisation() == null ? null : i.standardisation().describe());
            r.add(i.isDerived() ? "by its arms' kinds (compare's methods, else the delta method)" : i.ciMethod().keyword);
            r.add(i.polarity().keyword());
            r.add(i.target() == null ? null : i.target().comparator().symbol + " "
                    + (i.target().percent() ? Numbers.plain(i.target().value() * 100) + "%" : Numbers.plain(i.target().value())));
            r.add(i.isDerived() ? "inherited from its arms" : i.suppressNone() ? "none" : i.suppressRules().isEmpty() ? "default"
                    : String.join(" or ", i.suppressRules().stream().map(x -> x.describe()).toList()));
            r.add(i.meta("version").orElse(null));
            r.add(i.meta("status").orElse("active"));
            r.add(i.meta("description").orElse(null));
            rows.add(r);
        }
        return new ResultTable(swedish ? "Indikatorkatalog" : "Indicator catalogue", COLUMNS, rows, List.of(), 0, swedish);
    }

    /**
     * One indicator's catalogue entry, as the kernel's inspection and the language server's hover show it: each
     * column of its row that has a value, in the catalogue's order.
     */
    public static java.util.Map<String, String> entry(IndicatorDef indicator, boolean swedish) {
        ResultTable row = of(List.of(indicator), swedish);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        List<Object> values = row.rows().get(0);
        for (int c = 0; c < row.columns().size(); c++) {
            Object v = values.get(c);
            if (v != null && !v.toString().isBlank()) {
                out.put(row.columns().get(c), v.toString());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
