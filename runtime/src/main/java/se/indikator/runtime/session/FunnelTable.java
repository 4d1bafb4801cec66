package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.AnalysisOption.Kind;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.equity.RatioFunnel;

/**
 * {@code funnel IND by B [dispersion …] [limits to "…"] [to "…"]}: PHE's funnel plot of an indicator's
 * units. Each unit's result with the 95% (2σ) and 99.8% (3σ) control limits around the pooled value at
 * the unit's own size — binomial for proportions, Poisson for rates (crude and directly standardised,
 * at the derived population) and for indirectly standardised ratios (at the expected events) — and its
 * significance label (e.g. "High (0.001)", "Not significant"). Drawn as a funnel chart too.
 */
final class FunnelTable {
    private static final EnumSet<Kind> ALLOWED = EnumSet.of(Kind.DISPERSION, Kind.LIMITS_TO, Kind.TO);

    private final Session session;
    private final Diagnostics d;

    FunnelTable(Session session, Diagnostics d) {
        this.session = session;
        this.d = d;
    }

    Runnable check(Stmt.Funnel f, List<Output> out, Presentations charts) {
        long errors = d.errorCount();
        AnalysisOptions opts = AnalysisOptions.check(f.options(), ALLOWED, "funnel IND by B", d);
        Optional<Session.Request> req = session.request(f.indicator(), List.of(f.by()), null, d);
        if (req.isEmpty() || d.errorCount() > errors) {
            return null;
        }
        IndicatorDef ind = req.get().indicator();
        Optional<FunnelAnalysis.Statistic> statistic = statistic(ind);
        if (statistic.isEmpty()) {
            d.error("E398", f.indicator().span(), "a funnel needs a proportion, a rate or an indirectly standardised ratio; '"
                    + ind.name() + "' is " + describe(ind), "use 'plot " + ind.name() + " by " + f.by().text()
                    + "' for other measures");
            return null;
        }
        FunnelAnalysis.Dispersion dispersion = FunnelAnalysis.Dispersion.NONE;
        Optional<AnalysisOption> dis = opts.get(Kind.DISPERSION);
        if (dis.isPresent()) {
            int i = FunnelAnalysis.Dispersion.NAMES.indexOf(dis.get().name().text().toLowerCase(Locale.ROOT));
            if (i < 0) {
                d.error("E393", dis.get().name().span(), "unknown dispersion '" + dis.get().name().text() + "'",
                        Suggest.hint(dis.get().name().text(), FunnelAnalysis.Dispersion.NAMES, "dispersion"));
                return null;
            }
            dispersion = FunnelAnalysis.Dispersion.values()[i];
        }
        Measure m = ind.measure();
        double multiplier = switch (m.kind()) {
            case PERCENT -> 100;
            case PROPORTION -> 1;
            default -> m.multiplier();
        };
        RatioFunnel.Scale scale = statistic.get() == FunnelAnalysis.Statistic.RATIO && m.multiplier() == 100
                ? RatioFunnel.Scale.ISR : RatioFunnel.Scale.RATIO;
        FunnelAnalysis analysis = new FunnelAnalysis(statistic.get(), multiplier, scale, 1, dispersion,
                session.catalog().settings().swedish());
        Settings settings = session.catalog().settings();
        AnalysisOption to = opts.get(Kind.TO).orElse(null);
        AnalysisOption limitsTo = opts.get(Kind.LIMITS_TO).orElse(null);
        return () -> session.table(req.get(), out).ifPresent(t -> {
            Built b = build(t, analysis, statistic.get(), limitsTo != null, settings);
            if (to != null) {
                TableFile.write(b.units(), session.baseDir(), to.text(), to.span(), out);
            } else {
                out.add(new Output.Table(b.units(), null));
                charts.emitChart(ChartRenderer.render(ChartKind.FUNNEL, b.units(), settings.swedish()),
                        "funnel_" + f.indicator().text() + "_by_" + f.by().text(), out);
            }
            if (limitsTo != null && b.limits() != null) {
                TableFile.write(b.limits(), session.baseDir(), limitsTo.text(), limitsTo.span(), out);
            }
        });
    }

    private static String describe(IndicatorDef ind) {
        if (ind.standardisation() != null && ind.standardisation().method() == StandardisationSpec.Method.DIRECT
                && ind.measure().kind() != Measure.Kind.RATE) {
            return "a directly standardised " + ind.measure().describe();
        }
        return "a " + ind.measure().describe();
    }

    /** The funnel's statistic for the indicator, or empty when funnels do not apply. */
    static Optional<FunnelAnalysis.Statistic> statistic(IndicatorDef ind) {
        StandardisationSpec std = ind.standardisation();
        Measure.Kind k = ind.measure().kind();
        if (std != null && std.method() == StandardisationSpec.Method.INDIRECT) {
            return Optional.of(k == Measure.Kind.RATIO ? FunnelAnalysis.Statistic.RATIO : FunnelAnalysis.Statistic.DSR);
        }
        if (std != null) {
            return k == Measure.Kind.RATE ? Optional.of(FunnelAnalysis.Statistic.DSR) : Optional.empty();
        }
        return switch (k) {
            case PROPORTION, PERCENT -> Optional.of(FunnelAnalysis.Statistic.PROPORTION);
            case RATE, RATIO -> Optional.of(FunnelAnalysis.Statistic.CRUDE_RATE);
            default -> Optional.empty();
        };
    }

    /** The units' table and, when asked for, PHE's table of limits. */
    record Built(ResultTable units, ResultTable limits) {
    }

    /** The units' table, and PHE's table of limits when {@code withLimits} (else null). */
    static Built build(ResultTable t, FunnelAnalysis analysis, FunnelAnalysis.Statistic statistic, boolean withLimits,
            Settings settings) {
        ResultMeta meta = t.meta().orElseThrow();
        List<Integer> used = new ArrayList<>();
        List<double[]> inputs = new ArrayList<>();
        for (int r = 1; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            Double n = (Double) row.get(t.columnIndex("numerator"));
            Double dn = (Double) row.get(t.columnIndex("denominator"));
            Double v = (Double) row.get(t.columnIndex("value"));
            boolean ok = n != null && v != null && (statistic == FunnelAnalysis.Statistic.DSR ? n > 0 : dn != null && dn > 0);
            if (ok) {
                used.add(r);
                inputs.add(new double[] {n, dn == null ? Double.NaN : dn, v});
            }
        }
        List<String> columns = new ArrayList<>(t.columns().subList(0, t.columnIndex("note")));
        // a standardised rate sits on the funnel at its derived population (events × N / rate)
        boolean position = statistic == FunnelAnalysis.Statistic.DSR;
        if (position) {
            columns.add("funnel_denominator");
        }
        columns.addAll(List.of("limit_lower_95", "limit_upper_95", "limit_lower_99_8", "limit_upper_99_8", "funnel", "note"));
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        FunnelAnalysis.Result result = null;
        ResultTable limits = null;
        List<se.indikator.runtime.result.LimitCurve> curves = List.of();
        if (used.size() >= 2) {
            double[] x = inputs.stream().mapToDouble(v -> v[0]).toArray();
            double[] n = inputs.stream().mapToDouble(v -> v[1]).toArray();
            double[] rate = inputs.stream().mapToDouble(v -> v[2]).toArray();
            // a DSR is positioned by its derived population; crude rates by their own denominator
            boolean rates = statistic == FunnelAnalysis.Statistic.DSR || statistic == FunnelAnalysis.Statistic.CRUDE_RATE;
            double[] den = statistic == FunnelAnalysis.Statistic.DSR ? nan(n.length) : n;
            try {
                result = analysis.compute(x, den, rates ? rate : null);
                if (withLimits) {
                    limits = new ResultTable("funnel limits " + meta.indicator(), analysis.limitColumns(),
                            analysis.limitRows(result, x, den, rates ? rate : null), List.of(result.notes().get(0)), 6,
                            settings.swedish());
                }
                notes.addAll(result.notes());
                curves = analysis.curves(result);
            } catch (IllegalArgumentException e) {
                notes.add("funnel not computed: " + e.getMessage());
                result = null;
            }
        } else {
            notes.add("funnel not computed: fewer than 2 units with a value");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> src = t.rows().get(r);
            List<Object> row = new ArrayList<>(src.subList(0, t.columnIndex("note")));
            int k = used.indexOf(r);
            if (k >= 0 && result != null) {
                FunnelAnalysis.Unit u = result.units().get(k);
                if (position) {
                    row.add(Double.isFinite(u.position()) ? u.position() : null);
                }
                for (double l : u.limits()) {
                    row.add(Double.isFinite(l) ? l : null);
                }
                row.add(u.label());
            } else {
                row.addAll(java.util.Arrays.asList(null, null, null, null, null));
                if (position) {
                    row.add(null);
                }
            }
            row.add(src.get(t.columnIndex("note")));
            rows.add(row);
        }
        ResultTable units = new ResultTable("funnel " + meta.indicator(), columns, rows, notes, t.decimals(),
                settings.swedish()).withMeta(meta).withCurves(curves);
        return new Built(units, limits);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
