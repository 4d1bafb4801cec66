package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.analysis.FunnelAnalysis;
import se.indikator.runtime.analysis.FunnelResult;
import se.indikator.runtime.analysis.LimitCurve;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.AnalysisOption.Kind;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartFrame;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.IndicatorTable;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.equity.RatioFunnel;

/**
 * {@code funnel IND by B [dispersion …] [limits to "…"] [to "…"]}: PHE's funnel plot of an indicator's
 * units. Each unit's result with the 95% (2σ) and 99.8% (3σ) control limits around the national value of
 * the same slice (its reference) at the unit's own size — binomial for proportions, Poisson for rates (crude
 * and directly standardised, at the derived population) and for indirectly standardised ratios (around 1, at
 * the expected events) — and its significance label (e.g. "High (0.001)", "Not significant"). Drawn as a
 * funnel chart too. Units whose values are hidden are neither drawn nor classified.
 */
final class Funnel implements Work {
    private static final EnumSet<Kind> ALLOWED = EnumSet.of(Kind.DISPERSION, Kind.LIMITS_TO, Kind.TO);

    private final ResultRequest request;
    private final Stmt.Funnel statement;
    private final FunnelAnalysis analysis;
    private final FunnelAnalysis.Statistic statistic;
    private final AnalysisOption to;
    private final AnalysisOption limitsTo;

    private Funnel(ResultRequest request, Stmt.Funnel statement, FunnelAnalysis analysis, FunnelAnalysis.Statistic statistic,
            AnalysisOption to, AnalysisOption limitsTo) {
        this.request = request;
        this.statement = statement;
        this.analysis = analysis;
        this.statistic = statistic;
        this.to = to;
        this.limitsTo = limitsTo;
    }

    static Optional<Work> check(Stmt.Funnel f, Context c) {
        Diagnostics d = c.diagnostics();
        long errors = d.errorCount();
        AnalysisOptions opts = AnalysisOptions.check(f.options(), ALLOWED, "funnel IND by B", d);
        Optional<ResultRequest> req = c.request(f.indicator(), List.of(f.by()), null)
                .filter(q -> !RollingRefusal.refused(q, 0, f.by(), "funnel", c.diagnostics()));
        if (req.isEmpty() || d.errorCount() > errors) {
            return Optional.empty();
        }
        IndicatorDef ind = req.get().indicator();
        if (WeightedRefusal.refused(ind, f.indicator(), "funnel", d) || DerivedRefusal.refused(ind, f.indicator(), "funnel", d)) {
            return Optional.empty();
        }
        Optional<FunnelAnalysis.Statistic> statistic = statistic(ind);
        if (statistic.isEmpty()) {
            d.error("E398", f.indicator().span(), "a funnel needs a proportion, a rate or an indirectly standardised ratio; '"
                    + ind.name() + "' is " + describe(ind), "use 'plot " + ind.name() + " by " + f.by().text()
                    + "' for other measures");
            return Optional.empty();
        }
        FunnelAnalysis.Dispersion dispersion = FunnelAnalysis.Dispersion.NONE;
        Optional<AnalysisOption> dis = opts.get(Kind.DISPERSION);
        if (dis.isPresent()) {
            int i = FunnelAnalysis.Dispersion.NAMES.indexOf(dis.get().name().text().toLowerCase(Locale.ROOT));
            if (i < 0) {
                d.error("E393", dis.get().name().span(), "unknown dispersion '" + dis.get().name().text() + "'",
                        Suggest.hint(dis.get().name().text(), FunnelAnalysis.Dispersion.NAMES, "dispersion"));
                return Optional.empty();
            }
            dispersion = FunnelAnalysis.Dispersion.values()[i];
        }
        return Optional.of(new Funnel(req.get(), f, analysis(ind, statistic.get(), dispersion, c.settings().swedish()),
                statistic.get(), opts.get(Kind.TO).orElse(null), opts.get(Kind.LIMITS_TO).orElse(null)));
    }

    /** The funnel of an indicator's units: its statistic, the measure's multiplier, ratios as ISRs when per 100. */
    static FunnelAnalysis analysis(IndicatorDef ind, FunnelAnalysis.Statistic statistic, FunnelAnalysis.Dispersion dispersion,
            boolean swedish) {
        RatioFunnel.Scale scale = statistic == FunnelAnalysis.Statistic.RATIO && ind.measure().multiplier() == 100
                ? RatioFunnel.Scale.ISR : RatioFunnel.Scale.RATIO;
        return new FunnelAnalysis(statistic, multiplier(ind.measure()), scale, 1, dispersion, swedish);
    }

    private static double multiplier(Measure m) {
        return switch (m.kind()) {
            case PERCENT -> 100;
            case PROPORTION -> 1;
            default -> m.multiplier();
        };
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

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(r -> {
            Built b = build(r, analysis, statistic, limitsTo != null);
            if (to != null) {
                out.write(b.units(), to.text(), to.span());
            } else {
                out.table(b.units());
                out.chart(ChartRenderer.funnel(b.funnel(), ChartFrame.of(r)), "funnel_" + statement.indicator().text() + "_by_"
                        + statement.by().text());
            }
            if (limitsTo != null && b.limits() != null) {
                out.write(b.limits(), limitsTo.text(), limitsTo.span());
            }
        });
    }

    /** The funnel, the units' table and, when asked for, PHE's table of limits (else null). */
    record Built(FunnelResult funnel, ResultTable units, ResultTable limits) {
    }

    static Built build(IndicatorResult r, FunnelAnalysis analysis, FunnelAnalysis.Statistic statistic, boolean withLimits) {
        boolean sv = r.settings().swedish();
        IndicatorDef ind = r.indicator();
        ResultTable base = IndicatorTable.of(r);
        List<Integer> used = new ArrayList<>();
        List<double[]> inputs = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            GroupResult g = r.rows().get(i);
            Estimate e = g.estimate();
            boolean ok = g.role() == GroupResult.Role.GROUP && !g.disclosure().valueHidden() && !g.disclosure().countHidden()
                    && !Double.isNaN(e.value())
                    && (statistic == FunnelAnalysis.Statistic.DSR ? e.numerator() > 0 : e.denominator() > 0);
            if (ok) {
                used.add(i);
                inputs.add(new double[] {e.numerator(), e.denominator(), e.value()});
            }
        }
        int noteColumn = base.columnIndex("note");
        List<String> columns = new ArrayList<>(base.columns().subList(0, noteColumn));
        boolean position = statistic == FunnelAnalysis.Statistic.DSR;
        if (position) {
            columns.add("funnel_denominator");
        }
        columns.addAll(List.of("limit_lower_95", "limit_upper_95", "limit_lower_99_8", "limit_upper_99_8", "funnel", "note"));
        List<String> notes = new ArrayList<>(base.footnotes());
        FunnelAnalysis.Result result = null;
        ResultTable limits = null;
        List<LimitCurve> curves = List.of();
        GroupResult national = r.national();
        double centre = statistic == FunnelAnalysis.Statistic.RATIO || national.disclosure().valueHidden() ? Double.NaN
                : national.estimate().value() / multiplier(ind.measure());
        if (used.size() >= 2) {
            double[] x = inputs.stream().mapToDouble(v -> v[0]).toArray();
            double[] n = inputs.stream().mapToDouble(v -> v[1]).toArray();
            double[] rate = inputs.stream().mapToDouble(v -> v[2]).toArray();
            boolean rates = statistic == FunnelAnalysis.Statistic.DSR || statistic == FunnelAnalysis.Statistic.CRUDE_RATE;
            double[] den = statistic == FunnelAnalysis.Statistic.DSR ? nan(n.length) : n;
            try {
                result = analysis.compute(x, den, rates ? rate : null, centre);
                if (withLimits) {
                    limits = new ResultTable("funnel limits " + ind.name(), analysis.limitColumns(),
                            analysis.limitRows(result, x, den, rates ? rate : null), List.of(result.notes().get(0)), 6, sv);
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
        List<List<Object>> rows = new ArrayList<>();
        List<FunnelResult.Point> points = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            GroupResult g = r.rows().get(i);
            List<Object> src = base.rows().get(i);
            List<Object> row = new ArrayList<>(src.subList(0, noteColumn));
            int k = used.indexOf(i);
            FunnelAnalysis.Unit u = k >= 0 && result != null ? result.units().get(k) : null;
            if (u != null) {
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
            row.add(src.get(noteColumn));
            rows.add(row);
            if (g.role() == GroupResult.Role.GROUP) {
                String label = String.join(" · ", r.labels(g).stream().map(String::valueOf).toList());
                points.add(u == null
                        ? new FunnelResult.Point(label, Double.NaN, Double.NaN, new double[4], null,
                                g.disclosure().valueHidden() ? g.disclosure().reason() : "no value")
                        : new FunnelResult.Point(label, u.position(), u.value(), u.limits(), u.significance(), null));
            }
        }
        ResultTable units = new ResultTable("funnel " + ind.name(), columns, rows, notes, r.decimals(), sv);
        double shownCentre = result == null ? Double.NaN : result.baseline();
        String axis = switch (statistic) {
            case PROPORTION -> sv ? "Nämnare" : "Denominator";
            case RATIO -> sv ? "Förväntat antal" : "Expected";
            default -> sv ? "Befolkning" : "Population";
        };
        String title = ind.title() == null || ind.title().isBlank() ? ind.name() : ind.title();
        FunnelResult funnel = new FunnelResult(title, r.breakdowns().get(0).name(), axis, points, shownCentre,
                statistic == FunnelAnalysis.Statistic.RATIO ? "1" : sv ? "Riket" : "National", r.referenceNote(), curves,
                notes, ind.polarity(),
                r.decimals(), sv);
        return new Built(funnel, units, limits);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
