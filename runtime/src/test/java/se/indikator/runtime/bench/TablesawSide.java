package se.indikator.runtime.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The benchmark's Tablesaw side: reading persons.csv with the column types given, and idiomatic
 * Tablesaw code (derived columns, {@code summarize … by}, a join with the standard) for the same
 * three results as indikator, each as group → {numerator, denominator, value}.
 */
final class TablesawSide {
    private TablesawSide() {
    }

    static final java.util.Set<String> NORDIC_SET = java.util.Set.of("DK", "FI", "IS", "NO", "AX", "FO", "GL");

    static final java.util.Set<String> EU_SET = java.util.Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "EE", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES");

    static Table tablesawRead(Path csv) throws IOException {
        ColumnType[] types = {ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING,
                ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.STRING, ColumnType.BOOLEAN,
                ColumnType.STRING};
        try (java.io.Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return Table.read().csv(CsvReadOptions.builder(in).separator(';').header(true).columnTypes(types)
                    .maxCharsPerColumn(64).build());
        }
    }

    /** Idiomatic Tablesaw: derived columns, summarize … by, a join with the standard, summarize again. */
    static List<Map<String, double[]>> tablesawCompute(Table persons) {
        IntColumn age = persons.intColumn("age");
        int n = persons.rowCount();
        IntColumn age5 = IntColumn.create("age5", n);
        IntColumn edu = IntColumn.create("edu", n);
        IntColumn education = persons.intColumn("education");
        for (int i = 0; i < n; i++) {
            age5.set(i, Math.min(age.getInt(i) / 5, 18));
            edu.set(i, education.isMissing(i) ? 0 : education.getInt(i));
        }
        StringColumn born = persons.stringColumn("birth_country").map(TablesawSide::birthGroup, StringColumn::create)
                .setName("born");
        Table t = Table.create("p", persons.stringColumn("region"), persons.intColumn("sex"), edu, age5, born,
                persons.booleanColumn("died"));
        Table esp = Table.create("esp", IntColumn.indexColumn("age5", Benchmark.ESP2013.length, 0),
                DoubleColumn.create("w", Benchmark.ESP2013));
        List<Map<String, double[]>> out = new ArrayList<>();
        out.add(tablesawDsr(t, esp, "region"));
        out.add(tablesawDsr(t, esp, "edu"));
        Table known = t.where(t.stringColumn("born").isNotMissing());
        Table crude = known.summarize("died", AggregateFunctions.countTrue, AggregateFunctions.count).by("region", "born");
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int r = 0; r < crude.rowCount(); r++) {
            double x = ((NumericColumn<?>) named(crude, "Number True [died]")).getDouble(r);
            double nn = ((NumericColumn<?>) named(crude, "Count [died]")).getDouble(r);
            m.put(crude.column("region").getString(r) + "|" + crude.column("born").getString(r),
                    new double[] {x, nn, x / nn});
        }
        out.add(m);
        return out;
    }

    static Map<String, double[]> tablesawDsr(Table t, Table esp, String g1) {
        Table cells = t.summarize("died", AggregateFunctions.countTrue, AggregateFunctions.count).by(g1, "sex", "age5");
        named(cells, "Number True [died]").setName("x");
        named(cells, "Count [died]").setName("n");
        Table j = cells.joinOn("age5").inner(esp);
        NumericColumn<?> x = j.numberColumn("x");
        NumericColumn<?> nn = j.numberColumn("n");
        DoubleColumn w = j.doubleColumn("w");
        j.addColumns(w.multiply(x).divide(nn).setName("wxn"));
        Table g = j.summarize(List.of("x", "n", "wxn", "w"), AggregateFunctions.sum).by(g1, "sex");
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int r = 0; r < g.rowCount(); r++) {
            double sx = ((NumericColumn<?>) named(g, "Sum [x]")).getDouble(r);
            double sn = ((NumericColumn<?>) named(g, "Sum [n]")).getDouble(r);
            double swxn = ((NumericColumn<?>) named(g, "Sum [wxn]")).getDouble(r);
            double sw = ((NumericColumn<?>) named(g, "Sum [w]")).getDouble(r);
            m.put(g.column(g1).getString(r) + "|" + g.column("sex").getString(r),
                    new double[] {sx, sn, swxn / sw * 100000});
        }
        return m;
    }

    /** A summarize result's column by name, ignoring case (Tablesaw names them "Sum [x]", "Number True [died]"). */
    static tech.tablesaw.columns.Column<?> named(Table t, String name) {
        for (tech.tablesaw.columns.Column<?> c : t.columns()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalStateException("no column " + name + " in " + t.columnNames());
    }

    static String birthGroup(String c) {
        if (c == null || c.isEmpty()) {
            return StringColumnMissing.VALUE;
        }
        if (c.equals("SE")) {
            return "Sverige";
        }
        if (NORDIC_SET.contains(c)) {
            return "Norden utom Sverige";
        }
        if (EU_SET.contains(c)) {
            return "EU utom Norden";
        }
        return "Utanför EU";
    }

    /** Tablesaw's missing text value. */
    static final class StringColumnMissing {
        static final String VALUE = "";
    }
}
