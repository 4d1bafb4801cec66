package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.AnalysisOption.Kind;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.exec.RowPredicate;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.PoissonIntervals;
import se.indikator.stdlib.equity.ConcentrationIndex;
import se.indikator.stdlib.equity.ConcentrationResult;
import se.indikator.stdlib.equity.SiiGroup;
import se.indikator.stdlib.equity.SiiOptions;
import se.indikator.stdlib.equity.SiiResult;
import se.indikator.stdlib.equity.SiiValueType;
import se.indikator.stdlib.equity.SlopeIndexOfInequality;

/**
 * {@code inequality of VALUE from DATA across QUANTILE population POP (se SE | limits L, U | count X) …}:
 * the slope and relative index of inequality (PHE's {@code phe_sii}) and the concentration index
 * from group values that are already computed, such as life expectancy by deprivation decile. One
 * result per combination of the {@code by} columns; every bad row is reported with its line.
 */
final class InequalityOfValues {
    private static final EnumSet<Kind> ALLOWED = EnumSet.of(Kind.POPULATION, Kind.SE, Kind.LIMITS, Kind.COUNT, Kind.TYPE,
            Kind.TRANSFORM, Kind.MULTIPLIER, Kind.CONFIDENCE, Kind.REPETITIONS, Kind.SEED, Kind.BY, Kind.WHERE, Kind.TO);
    private static final List<String> TYPES = List.of("default", "rate", "proportion");

    private final Context context;
    private final Diagnostics d;

    InequalityOfValues(Context context) {
        this.context = context;
        this.d = context.diagnostics();
    }

    /** What was checked and is ready to run. */
    private record Plan(Dataset data, Column value, Column quantile, Column population, Column se, Column lower,
            Column upper, double limitsLevel, Column count, SiiOptions options, List<Column> by, RowPredicate where,
            AnalysisOption to) {
    }

    Optional<Work> check(Stmt.InequalityOfValues s) {
        long errors = d.errorCount();
        AnalysisOptions o = AnalysisOptions.check(s.options(), ALLOWED, "inequality of values", d);
        Optional<Dataset> data = InputColumns.find(context, s.data(), d);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        InputColumns cols = new InputColumns(data.get(), d);
        Column value = cols.numeric(s.value(), "value").orElse(null);
        Column quantile = cols.any(s.across()).orElse(null);
        Column population = null;
        if (o.has(Kind.POPULATION)) {
            population = cols.numeric(o.get(Kind.POPULATION).orElseThrow().name(), "population").orElse(null);
        } else {
            d.error("E392", s.span(), "inequality of values needs the groups' populations",
                    "add 'population COLUMN' (the regression weights)");
        }
        String type = o.get(Kind.TYPE).map(t -> t.name().text().toLowerCase(Locale.ROOT)).orElse("default");
        if (!TYPES.contains(type)) {
            d.error("E393", o.get(Kind.TYPE).orElseThrow().name().span(), "unknown value type '" + type + "'",
                    Suggest.hint(type, TYPES, "value type"));
        }
        int uncertainties = (o.has(Kind.SE) ? 1 : 0) + (o.has(Kind.LIMITS) ? 1 : 0) + (o.has(Kind.COUNT) ? 1 : 0);
        if (uncertainties != 1) {
            d.error("E394", s.span(), uncertainties == 0 ? "the groups' values need their uncertainty"
                    : "give the uncertainty one way only",
                    "use one of 'se COLUMN', 'limits LOWER, UPPER [at 95%]' or 'count COLUMN' (rates and proportions)");
        }
        Column se = o.get(Kind.SE).flatMap(x -> cols.numeric(x.name(), "standard error")).orElse(null);
        Column lower = o.get(Kind.LIMITS).flatMap(x -> cols.numeric(x.names().get(0), "lower limit")).orElse(null);
        Column upper = o.get(Kind.LIMITS).flatMap(x -> cols.numeric(x.names().get(1), "upper limit")).orElse(null);
        double limitsLevel = o.get(Kind.LIMITS).filter(x -> !x.numbers().isEmpty()).map(AnalysisOption::number).orElse(0.95);
        Column count = o.get(Kind.COUNT).flatMap(x -> cols.numeric(x.name(), "count")).orElse(null);
        if (o.has(Kind.COUNT) && type.equals("default")) {
            d.error("E395", o.get(Kind.COUNT).orElseThrow().span(), "counts give limits only for rates and proportions",
                    "add 'type rate' or 'type proportion', or give 'se' or 'limits'");
        }
        if (o.has(Kind.TRANSFORM) && type.equals("default")) {
            d.error("E395", o.get(Kind.TRANSFORM).orElseThrow().span(),
                    "'transform' analyses rates on the log scale and proportions on the logit scale",
                    "add 'type rate' or 'type proportion', or leave 'transform' out");
        }
        double multiplier = o.get(Kind.MULTIPLIER).map(AnalysisOption::number).orElse(1.0);
        if (multiplier == 0) {
            d.error("E396", o.get(Kind.MULTIPLIER).orElseThrow().span(), "the multiplier cannot be 0",
                    "e.g. 'multiplier 100' for percentages, 'multiplier -1' to reverse the direction");
        }
        int repetitions = o.get(Kind.REPETITIONS).map(x -> (int) x.number()).orElse(SiiOptions.DEFAULT_REPETITIONS);
        if (repetitions < 1000) {
            d.error("E396", o.get(Kind.REPETITIONS).orElseThrow().span(), "at least 1000 repetitions are needed",
                    "PHE uses 100000 (the default)");
        }
        long seed = o.get(Kind.SEED).map(x -> (long) x.number()).orElse(SiiOptions.DEFAULT_SEED);
        List<Column> by = new ArrayList<>();
        o.get(Kind.BY).ifPresent(b -> b.names().forEach(n -> cols.any(n).ifPresent(by::add)));
        RowPredicate where = o.where(context, data.get(), d);
        if (d.errorCount() > errors) {
            return Optional.empty();
        }
        SiiValueType vt = switch (type) {
            case "rate" -> SiiValueType.RATE;
            case "proportion" -> SiiValueType.PROPORTION;
            default -> SiiValueType.DEFAULT;
        };
        List<ConfidenceLevel> levels = o.levels(List.of(0.95)).stream().map(ConfidenceLevel::of).toList();
        SiiOptions options = new SiiOptions(vt, o.has(Kind.TRANSFORM), multiplier, levels, repetitions, seed);
        Plan plan = new Plan(data.get(), value, quantile, population, se, lower, upper, limitsLevel, count, options, by,
                where, o.get(Kind.TO).orElse(null));
        Settings settings = context.catalog().settings();
        return Optional.of((results, out) -> run(s, plan, settings, out));
    }

    private void run(Stmt.InequalityOfValues s, Plan p, Settings settings, Presenter out) {
        Dataset data = p.data();
        Diagnostics rowErrors = new Diagnostics();
        InputColumns cols = new InputColumns(data, rowErrors);
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < data.rowCount(); r++) {
            if (!p.where().test(r)) {
                continue;
            }
            List<String> key = new ArrayList<>();
            for (Column c : p.by()) {
                key.add(c.format(r));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<String> columns = new ArrayList<>();
        p.by().forEach(c -> columns.add(c.name()));
        columns.addAll(List.of("statistic", "value"));
        for (ConfidenceLevel l : p.options().levels()) {
            columns.add("lower_" + l.label());
            columns.add("upper_" + l.label());
        }
        columns.add("method");
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<List<String>, List<Integer>> e : groups.entrySet()) {
            List<SiiGroup> sii = new ArrayList<>();
            List<ConcentrationIndex.Group> conc = new ArrayList<>();
            boolean bad = false;
            Map<String, Integer> ranks = ranks(p.quantile(), e.getValue());
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (int r : e.getValue()) {
                if (!p.quantile().isMissing(r) && !distinct.add(p.quantile().format(r))) {
                    cols.rowError("E526", r, p.quantile().name(), "the quantile " + p.quantile().format(r)
                            + " appears twice" + (e.getKey().isEmpty() ? "" : " in " + String.join(", ", e.getKey())),
                            "each group has one row; separate the analyses with 'by COLUMN'");
                    bad = true;
                    continue;
                }
                Optional<SiiGroup> g = group(p, r, cols, ranks.getOrDefault(p.quantile().format(r), 0));
                if (g.isEmpty()) {
                    bad = true;
                } else {
                    sii.add(g.get());
                    conc.add(new ConcentrationIndex.Group(g.get().quantile(), g.get().population(), g.get().value()));
                }
            }
            String label = e.getKey().isEmpty() ? "" : String.join(", ", e.getKey()) + ": ";
            if (bad) {
                notes.add(label + "not computed: the rows above have errors");
                continue;
            }
            if (sii.size() < 2) {
                notes.add(label + "not computed: " + sii.size() + " group; at least 2 are needed");
                continue;
            }
            SiiResult r;
            try {
                r = SlopeIndexOfInequality.compute(sii, p.options());
            } catch (IllegalArgumentException ex) {
                notes.add(label + "not computed: " + ex.getMessage());
                continue;
            }
            String method = "PHE SII: population-weighted regression on cumulative-share midpoints"
                    + (p.options().transform() ? (p.options().valueType() == SiiValueType.RATE ? ", log scale" : ", logit scale")
                    : "") + "; limits from " + p.options().repetitions() + " simulations (seed " + p.options().seed() + ")";
            rows.add(row(e.getKey(), "sii", r.sii(), r, true, method));
            rows.add(row(e.getKey(), "rii", r.rii(), r, false, method));
            rows.add(plain(e.getKey(), "intercept", r.intercept(), p, "value at the start of the scale (regression)"));
            try {
                ConcentrationResult c = ConcentrationIndex.compute(conc);
                rows.add(plain(e.getKey(), "concentration_index", c.relative(), p, "relative concentration index"));
                rows.add(plain(e.getKey(), "concentration_index_absolute", c.absolute(), p, "absolute concentration index"));
            } catch (IllegalArgumentException ex) {
                notes.add(label + "concentration index not computed: " + ex.getMessage());
            }
        }
        for (var diag : rowErrors.all()) {
            out.message(diag);
        }
        if (groups.isEmpty()) {
            notes.add("no rows" + (p.where() == RowPredicate.ALL ? "" : " pass the where condition"));
        }
        notes.add(0, "groups ordered by '" + p.quantile().name() + "'"
                + (p.quantile() instanceof TextColumn ? " in order of appearance" : "") + "; value type "
                + p.options().valueType().name().toLowerCase(Locale.ROOT)
                + (p.options().multiplier() != 1 ? "; multiplier " + se.indikator.runtime.ast.Numbers.plain(p.options().multiplier()) : ""));
        ResultTable table = new ResultTable("inequality of " + s.value().text() + " across " + s.across().text(), columns,
                rows, notes, 4, settings.swedish());
        if (p.to() != null) {
            out.write(table, p.to().text(), p.to().span());
        } else {
            out.table(table);
        }
    }

    /**
     * The rank 1..n of each quantile of a group's rows (keyed by its text): by numeric order for a
     * numeric quantile column, by order of appearance for text.
     */
    private static Map<String, Integer> ranks(Column quantile, List<Integer> rows) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int r : rows) {
            if (!quantile.isMissing(r)) {
                values.putIfAbsent(quantile.format(r), InputColumns.number(quantile, r));
            }
        }
        List<String> order = new ArrayList<>(values.keySet());
        if (!(quantile instanceof TextColumn)) {
            order.sort(java.util.Comparator.comparingDouble(values::get));
        }
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), i + 1);
        }
        return ranks;
    }

    /** One quantile's input, or empty after reporting what is wrong with its row. */
    private static Optional<SiiGroup> group(Plan p, int r, InputColumns cols, int rank) {
        String hint = "correct the row, or leave it out with a where option";
        String qName = p.quantile().name();
        if (p.quantile().isMissing(r)) {
            cols.rowError("E520", r, qName, "the quantile is missing", hint);
            return Optional.empty();
        }
        double pop = InputColumns.number(p.population(), r);
        double v = InputColumns.number(p.value(), r);
        boolean ok = true;
        if (!(pop > 0)) {
            cols.rowError("E521", r, p.population().name(), Double.isNaN(pop) ? "the population is missing"
                    : "the population must be positive, not " + p.population().format(r), hint);
            ok = false;
        }
        if (Double.isNaN(v)) {
            cols.rowError("E522", r, p.value().name(), "the value is missing", hint);
            ok = false;
        }
        SiiValueType type = p.options().valueType();
        if (ok && type == SiiValueType.PROPORTION && (v < 0 || v > 1)) {
            cols.rowError("E523", r, p.value().name(), "a proportion must lie between 0 and 1, not " + p.value().format(r),
                    "give proportions as fractions; use 'multiplier 100' to report percentage points");
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        if (p.se() != null) {
            double s = InputColumns.number(p.se(), r);
            if (!(s >= 0)) {
                cols.rowError("E524", r, p.se().name(), Double.isNaN(s) ? "the standard error is missing"
                        : "a standard error cannot be negative: " + p.se().format(r), hint);
                return Optional.empty();
            }
            return Optional.of(SiiGroup.withStandardError(rank, pop, v, s));
        }
        if (p.lower() != null) {
            double lo = InputColumns.number(p.lower(), r);
            double hi = InputColumns.number(p.upper(), r);
            if (Double.isNaN(lo) || Double.isNaN(hi)) {
                cols.rowError("E524", r, Double.isNaN(lo) ? p.lower().name() : p.upper().name(),
                        "a confidence limit is missing", hint);
                return Optional.empty();
            }
            if (lo > hi || v < lo || v > hi) {
                cols.rowError("E524", r, p.lower().name(), "the limits " + p.lower().format(r) + " – " + p.upper().format(r)
                        + " do not enclose the value " + p.value().format(r), hint);
                return Optional.empty();
            }
            if (type == SiiValueType.PROPORTION && (lo < 0 || hi > 1)) {
                cols.rowError("E523", r, p.lower().name(), "limits of a proportion must lie between 0 and 1", hint);
                return Optional.empty();
            }
            return Optional.of(SiiGroup.withLimits(rank, pop, v, lo, hi, ConfidenceLevel.of(p.limitsLevel())));
        }
        double x = InputColumns.number(p.count(), r);
        if (!(x >= 0)) {
            cols.rowError("E525", r, p.count().name(), Double.isNaN(x) ? "the count is missing"
                    : "a count cannot be negative: " + p.count().format(r), hint);
            return Optional.empty();
        }
        if (type == SiiValueType.PROPORTION) {
            if (x > pop) {
                cols.rowError("E525", r, p.count().name(), "the count " + p.count().format(r) + " exceeds the population "
                        + p.population().format(r), hint);
                return Optional.empty();
            }
            SiiGroup g = SiiGroup.proportionFromCount(rank, pop, x, pop);
            return Optional.of(SiiGroup.withLimits(rank, pop, v, g.limits().lower(), g.limits().upper(), ConfidenceLevel.P95));
        }
        if (x == 0) {
            cols.rowError("E525", r, p.count().name(), "a rate from 0 events has no limits to scale",
                    "give 'se' or 'limits' for these groups");
            return Optional.empty();
        }
        Interval b = PoissonIntervals.byar(x, ConfidenceLevel.P95);
        return Optional.of(SiiGroup.withLimits(rank, pop, v, b.lower() * v / x, b.upper() * v / x, ConfidenceLevel.P95));
    }

    private static List<Object> row(List<String> key, String statistic, double value, SiiResult r, boolean sii,
            String method) {
        List<Object> row = new ArrayList<>(key);
        row.add(statistic);
        row.add(Double.isNaN(value) ? null : value);
        for (SiiResult.Limits l : r.intervals()) {
            Interval i = sii ? l.sii() : l.rii();
            row.add(i.lower());
            row.add(i.upper());
        }
        row.add(method);
        return row;
    }

    private static List<Object> plain(List<String> key, String statistic, double value, Plan p, String method) {
        List<Object> row = new ArrayList<>(key);
        row.add(statistic);
        row.add(Double.isNaN(value) ? null : value);
        for (int i = 0; i < p.options().levels().size(); i++) {
            row.add(null);
            row.add(null);
        }
        row.add(method);
        return row;
    }
}
