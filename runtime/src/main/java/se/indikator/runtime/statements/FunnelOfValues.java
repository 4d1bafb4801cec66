package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.analysis.FunnelAnalysis;
import se.indikator.runtime.analysis.FunnelResult;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.AnalysisOption.Kind;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.exec.RowPredicate;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.equity.RatioFunnel;

/**
 * {@code funnel proportion|ratio|rate of NUM [/ DEN] from DATA [by UNIT] [options]}: the funnel plot of
 * units whose counts (and, for rates, possibly their rates) are given in a table, as PHE's funnel
 * functions take them. Prints the units with their limits and labels and draws the funnel; {@code to}
 * writes the units and {@code limits to} PHE's table of limits as CSV.
 */
final class FunnelOfValues {
    private static final EnumSet<Kind> PROPORTION = EnumSet.of(Kind.BY, Kind.PER, Kind.DISPERSION, Kind.WHERE,
            Kind.LIMITS_TO, Kind.TO);
    private static final EnumSet<Kind> RATIO = EnumSet.of(Kind.BY, Kind.AS, Kind.DISPERSION, Kind.WHERE, Kind.LIMITS_TO,
            Kind.TO);
    private static final EnumSet<Kind> RATE = EnumSet.of(Kind.BY, Kind.PER, Kind.RATE, Kind.DSR, Kind.YEARS,
            Kind.DISPERSION, Kind.WHERE, Kind.LIMITS_TO, Kind.TO);
    private static final List<String> SCALES = List.of("ratio", "count", "isr");

    private final Context context;
    private final Diagnostics d;

    FunnelOfValues(Context context) {
        this.context = context;
        this.d = context.diagnostics();
    }

    /** What was checked and is ready to run. */
    private record Plan(Dataset data, Column numerator, Column denominator, Column rate, Column unit,
            FunnelAnalysis analysis, FunnelAnalysis.Statistic statistic, RowPredicate where, AnalysisOption to,
            AnalysisOption limitsTo) {
    }

    Optional<Work> check(Stmt.FunnelOfValues s) {
        EnumSet<Kind> allowed = switch (s.statistic()) {
            case "proportion" -> PROPORTION;
            case "ratio" -> RATIO;
            default -> RATE;
        };
        long errors = d.errorCount();
        AnalysisOptions o = AnalysisOptions.check(s.options(), allowed, "a " + s.statistic() + " funnel", d);
        Optional<Dataset> data = InputColumns.find(context, s.data(), d);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        InputColumns cols = new InputColumns(data.get(), d);
        Column num = cols.numeric(s.numerator(), s.statistic().equals("ratio") ? "observed" : "numerator").orElse(null);
        Column den = s.denominator() == null ? null
                : cols.numeric(s.denominator(), s.statistic().equals("ratio") ? "expected" : "denominator").orElse(null);
        Column unit = o.get(Kind.BY).flatMap(b -> {
            if (b.names().size() > 1) {
                d.error("E397", b.names().get(1).span(), "a funnel has one unit column", "e.g. 'by region'");
            }
            return cols.any(b.name());
        }).orElse(null);
        Column rate = null;
        FunnelAnalysis.Statistic statistic;
        double multiplier = o.get(Kind.PER).map(AnalysisOption::number).orElse(1.0);
        RatioFunnel.Scale scale = RatioFunnel.Scale.RATIO;
        switch (s.statistic()) {
            case "proportion" -> {
                statistic = FunnelAnalysis.Statistic.PROPORTION;
                if (s.denominator() == null) {
                    d.error("E397", s.numerator().span(), "a proportion funnel needs numerator / denominator",
                            "e.g. funnel proportion of cases / persons from units by unit");
                }
            }
            case "ratio" -> {
                statistic = FunnelAnalysis.Statistic.RATIO;
                if (s.denominator() == null) {
                    d.error("E397", s.numerator().span(), "a ratio funnel needs observed / expected",
                            "e.g. funnel ratio of observed / expected from units by unit");
                }
                String as = o.get(Kind.AS).map(a -> a.name().text().toLowerCase(Locale.ROOT)).orElse("ratio");
                if (!SCALES.contains(as)) {
                    d.error("E393", o.get(Kind.AS).orElseThrow().name().span(), "unknown ratio scale '" + as + "'",
                            Suggest.hint(as, SCALES, "scale") + " (ratio: O/E; count: O/E − 1; isr: 100·O/E)");
                } else {
                    scale = RatioFunnel.Scale.valueOf(as.toUpperCase(Locale.ROOT));
                }
            }
            default -> {
                if (!o.has(Kind.PER)) {
                    d.error("E397", s.span(), "a rate funnel needs the rate's multiplier", "add e.g. 'per 100000'");
                }
                if (o.has(Kind.RATE) && o.has(Kind.DSR)) {
                    d.error("E397", o.get(Kind.DSR).orElseThrow().span(), "give either 'rate COLUMN' or 'dsr COLUMN'",
                            "'dsr' names directly standardised rates, 'rate' crude rates");
                }
                statistic = o.has(Kind.DSR) ? FunnelAnalysis.Statistic.DSR : FunnelAnalysis.Statistic.CRUDE_RATE;
                Optional<AnalysisOption> rc = o.get(Kind.DSR).or(() -> o.get(Kind.RATE));
                rate = rc.flatMap(r -> cols.numeric(r.name(), "rate")).orElse(null);
                if (rc.isEmpty() && s.denominator() == null) {
                    d.error("E397", s.numerator().span(), "a rate funnel needs a denominator or the units' rates",
                            "write 'of events / population', or add 'rate COLUMN' or 'dsr COLUMN'");
                }
            }
        }
        FunnelAnalysis.Dispersion dispersion = dispersion(o);
        double years = o.get(Kind.YEARS).map(AnalysisOption::number).orElse(1.0);
        if (!(years > 0)) {
            d.error("E396", o.get(Kind.YEARS).orElseThrow().span(), "the years of data must be positive", "e.g. 'years 3'");
        }
        if (!(multiplier > 0)) {
            d.error("E396", o.get(Kind.PER).orElseThrow().span(), "the multiplier must be positive", "e.g. 'per 100'");
        }
        RowPredicate where = o.where(context, data.get(), d);
        if (d.errorCount() > errors || dispersion == null) {
            return Optional.empty();
        }
        Plan plan = new Plan(data.get(), num, den, rate, unit,
                new FunnelAnalysis(statistic, multiplier, scale, years, dispersion, context.catalog().settings().swedish()), statistic, where,
                o.get(Kind.TO).orElse(null), o.get(Kind.LIMITS_TO).orElse(null));
        Settings settings = context.catalog().settings();
        return Optional.of((results, out) -> run(s, plan, settings, out));
    }

    /** The dispersion option, or null after an error. */
    private FunnelAnalysis.Dispersion dispersion(AnalysisOptions o) {
        Optional<AnalysisOption> opt = o.get(Kind.DISPERSION);
        if (opt.isEmpty()) {
            return FunnelAnalysis.Dispersion.NONE;
        }
        String v = opt.get().name().text().toLowerCase(Locale.ROOT);
        int i = FunnelAnalysis.Dispersion.NAMES.indexOf(v);
        if (i < 0) {
            d.error("E393", opt.get().name().span(), "unknown dispersion '" + v + "'",
                    Suggest.hint(v, FunnelAnalysis.Dispersion.NAMES, "dispersion")
                            + " (Spiegelhalter's multiplicative or additive random-effects limits)");
            return null;
        }
        return FunnelAnalysis.Dispersion.values()[i];
    }

    private void run(Stmt.FunnelOfValues s, Plan p, Settings settings, Presenter out) {
        Diagnostics rowErrors = new Diagnostics();
        InputColumns cols = new InputColumns(p.data(), rowErrors);
        List<Integer> rows = new ArrayList<>();
        List<double[]> inputs = new ArrayList<>();
        for (int r = 0; r < p.data().rowCount(); r++) {
            if (!p.where().test(r)) {
                continue;
            }
            double x = InputColumns.number(p.numerator(), r);
            double n = p.denominator() == null ? Double.NaN : InputColumns.number(p.denominator(), r);
            double rate = p.rate() == null ? Double.NaN : InputColumns.number(p.rate(), r);
            if (valid(p, r, x, n, rate, cols)) {
                rows.add(r);
                inputs.add(new double[] {x, n, rate});
            }
        }
        for (var diag : rowErrors.all()) {
            out.message(diag);
        }
        if (!rowErrors.isEmpty()) {
            out.text("funnel: not drawn; correct the rows above, or leave them out with a where option");
            return;
        }
        if (rows.size() < 2) {
            out.text("funnel: " + rows.size() + " unit" + (rows.size() == 1 ? "" : "s") + "; at least 2 are needed");
            return;
        }
        double[] x = inputs.stream().mapToDouble(v -> v[0]).toArray();
        double[] n = inputs.stream().mapToDouble(v -> v[1]).toArray();
        double[] rate = p.rate() == null ? null : inputs.stream().mapToDouble(v -> v[2]).toArray();
        FunnelAnalysis.Result result;
        List<List<Object>> limitRows;
        try {
            result = p.analysis().compute(x, n, rate);
            limitRows = p.limitsTo() == null ? List.of() : p.analysis().limitRows(result, x, n, rate);
        } catch (IllegalArgumentException e) {
            out.text("funnel: not computed: " + e.getMessage());
            return;
        }
        double below = settings.suppressBelow();
        String unitName = p.unit() == null ? "unit" : p.unit().name();
        List<String> columns = List.of(unitName, "numerator", "denominator", "value", "limit_lower_95", "limit_upper_95",
                "limit_lower_99_8", "limit_upper_99_8", "funnel", "note");
        List<List<Object>> table = new ArrayList<>();
        double sumX = 0;
        double sumN = 0;
        for (int i = 0; i < rows.size(); i++) {
            sumX += x[i];
            sumN += result.units().get(i).position() > 0 ? result.units().get(i).position() : 0;
        }
        List<Object> total = new ArrayList<>(List.of(settings.swedish() ? "Totalt" : "Total", sumX, sumN,
                result.baseline()));
        total.addAll(java.util.Arrays.asList(null, null, null, null, null, null));
        table.add(total);
        int suppressed = 0;
        List<FunnelResult.Point> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FunnelAnalysis.Unit u = result.units().get(i);
            String label = p.unit() == null ? String.valueOf(i + 1) : p.unit().format(rows.get(i));
            List<Object> row = new ArrayList<>();
            row.add(label);
            boolean hidden = x[i] < below;
            points.add(hidden ? new FunnelResult.Point(label, Double.NaN, Double.NaN, new double[4], null,
                    "numerator < " + se.indikator.runtime.ast.Numbers.plain(below))
                    : new FunnelResult.Point(label, u.position(), u.value(), u.limits(), u.significance(), null));
            if (hidden) {
                suppressed++;
                row.addAll(java.util.Arrays.asList(null, null, null, null, null, null, null, null,
                        "suppressed: numerator < " + se.indikator.runtime.ast.Numbers.plain(below)));
            } else {
                row.add(u.numerator());
                row.add(finite(u.position()));
                row.add(finite(u.value()));
                for (double l : u.limits()) {
                    row.add(finite(l));
                }
                row.add(u.label());
                row.add(null);
            }
            table.add(row);
        }
        List<String> notes = new ArrayList<>(result.notes());
        if (suppressed > 0) {
            notes.add(suppressed + " unit" + (suppressed == 1 ? "" : "s") + " not shown (fewer than "
                    + se.indikator.runtime.ast.Numbers.plain(below) + " events); they count in the baseline");
        }
        String title = "funnel " + s.statistic() + " of " + s.numerator().text()
                + (s.denominator() == null ? "" : " / " + s.denominator().text()) + " from " + s.data().text();
        ResultTable units = new ResultTable(title, columns, table, notes, 4, settings.swedish());
        String axis = switch (p.statistic()) {
            case PROPORTION -> settings.swedish() ? "Nämnare" : "Denominator";
            case RATIO -> settings.swedish() ? "Förväntat antal" : "Expected";
            default -> settings.swedish() ? "Befolkning" : "Population";
        };
        FunnelResult funnel = new FunnelResult(title, unitName, axis, points, result.baseline(),
                settings.swedish() ? "Sammanvägt" : "Pooled", null, p.analysis().curves(result), notes,
                se.indikator.runtime.ast.Polarity.NONE, 4, settings.swedish());
        if (p.to() != null) {
            out.write(units, p.to().text(), p.to().span());
        } else {
            out.table(units);
            out.chart(ChartRenderer.funnel(funnel), "funnel_" + s.statistic() + "_" + s.data().text());
        }
        if (p.limitsTo() != null) {
            ResultTable limits = new ResultTable("funnel limits " + s.data().text(), p.analysis().limitColumns(), limitRows,
                    List.of(result.notes().get(0)), 6, settings.swedish());
            out.write(limits, p.limitsTo().text(), p.limitsTo().span());
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Whether the row's counts can enter the funnel; reports the row otherwise. */
    private static boolean valid(Plan p, int r, double x, double n, double rate, InputColumns cols) {
        String hint = "correct the row, or leave it out with a where option";
        String num = p.numerator().name();
        if (Double.isNaN(x)) {
            cols.rowError("E530", r, num, "the count is missing", hint);
            return false;
        }
        if (x < 0) {
            cols.rowError("E530", r, num, "a count cannot be negative: " + p.numerator().format(r), hint);
            return false;
        }
        boolean proportion = p.statistic() == FunnelAnalysis.Statistic.PROPORTION;
        if (p.denominator() != null) {
            String den = p.denominator().name();
            if (Double.isNaN(n) && p.rate() == null) {
                cols.rowError("E531", r, den, "the denominator is missing", hint);
                return false;
            }
            if (!Double.isNaN(n) && !(n > 0)) {
                cols.rowError("E531", r, den, "the denominator must be positive, not " + p.denominator().format(r), hint);
                return false;
            }
            if (proportion && x > n) {
                cols.rowError("E532", r, num, "the numerator " + p.numerator().format(r) + " exceeds the denominator "
                        + p.denominator().format(r), hint);
                return false;
            }
        }
        if (p.rate() != null && x > 0 && !(rate > 0)) {
            cols.rowError("E533", r, p.rate().name(), Double.isNaN(rate) ? "the rate is missing"
                    : "a rate with events must be positive, not " + p.rate().format(r), hint);
            return false;
        }
        if (p.statistic() == FunnelAnalysis.Statistic.CRUDE_RATE && x == 0 && Double.isNaN(n)) {
            cols.rowError("E531", r, num, "a crude rate from 0 events needs its denominator",
                    "write 'of events / population' so that units without events have a size");
            return false;
        }
        return true;
    }
}
