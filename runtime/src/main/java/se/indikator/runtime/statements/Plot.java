package se.indikator.runtime.statements;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.analysis.FunnelAnalysis;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.chart.ChartFrame;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.chart.RegionTiles;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.plan.ResultRequest;

/**
 * {@code plot IND by B [where C] [as ranked|grouped|trend|funnel|map] [sorted]}: the result as a chart, also
 * written as PNG and SVG. Bars keep the breakdown's declared order (an education gradient stays a gradient);
 * units of comparison (regions) are ranked by value, and {@code sorted} ranks any breakdown. Each group's
 * comparison and the national line are its own reference's. {@code as map} draws the regions as a tile map;
 * units that are no region are named in a warning.
 */
final class Plot implements Work {
    private final ResultRequest request;
    private final Stmt.Plot statement;
    private final ChartKind kind;

    private Plot(ResultRequest request, Stmt.Plot statement, ChartKind kind) {
        this.request = request;
        this.statement = statement;
        this.kind = kind;
    }

    static Optional<Work> check(Stmt.Plot p, Context c) {
        ChartKind kind = kind(p, c.diagnostics());
        if (kind == null) {
            return Optional.empty();
        }
        Optional<ResultRequest> r = c.request(p.indicator(), p.by(), p.where());
        if (r.isPresent() && kind == ChartKind.FUNNEL && (p.by().size() != 1 || Funnel.statistic(r.get().indicator()).isEmpty())) {
            c.diagnostics().error("E363", p.kind().span(), p.by().size() != 1 ? "a funnel needs one breakdown after 'by'"
                    : "a funnel needs a proportion, a rate or an indirectly standardised ratio",
                    "e.g. plot op90 by region as funnel");
            return Optional.empty();
        }
        return r.map(req -> new Plot(req, p, kind));
    }

    private static ChartKind kind(Stmt.Plot p, Diagnostics d) {
        if (p.kind() == null) {
            return p.by().size() >= 2 ? ChartKind.GROUPED_BARS : ChartKind.RANKED_BARS;
        }
        ChartKind k = switch (p.kind().text().toLowerCase(Locale.ROOT)) {
            case "ranked", "bars" -> ChartKind.RANKED_BARS;
            case "grouped" -> ChartKind.GROUPED_BARS;
            case "trend", "lines" -> ChartKind.TREND;
            case "funnel" -> ChartKind.FUNNEL;
            case "map" -> ChartKind.MAP;
            default -> null;
        };
        if (k == null) {
            d.error("E361", p.kind().span(), "unknown chart '" + p.kind().text() + "'",
                    Suggest.hint(p.kind().text(), List.of("ranked", "grouped", "trend", "funnel", "map"), "chart"));
        } else if (k == ChartKind.GROUPED_BARS && p.by().size() != 2) {
            d.error("E362", p.kind().span(), "a grouped chart needs two breakdowns after 'by'", "e.g. plot x by utbildning, kön");
            return null;
        } else if (k == ChartKind.MAP && p.by().size() != 1) {
            d.error("E364", p.kind().span(), "a map needs one breakdown of regions after 'by'", "e.g. plot op90 by region as map");
            return null;
        }
        return k;
    }

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(r -> {
            String file = statement.indicator().text() + (statement.by().isEmpty() ? "" : "_by_"
                    + String.join("_", statement.by().stream().map(Name::text).toList()));
            if (kind == ChartKind.FUNNEL) {
                FunnelAnalysis.Statistic statistic = Funnel.statistic(r.indicator()).orElseThrow();
                FunnelAnalysis analysis = Funnel.analysis(r.indicator(), statistic, FunnelAnalysis.Dispersion.NONE,
                        r.settings().swedish());
                out.chart(ChartRenderer.funnel(Funnel.build(r, analysis, statistic, false).funnel(), ChartFrame.of(r)), file);
                return;
            }
            if (kind == ChartKind.MAP) {
                List<String> unplaced = RegionTiles.unmatched(r.groups().stream().map(g -> r.label(g, 0)).toList());
                if (!unplaced.isEmpty()) {
                    out.message(Diagnostic.warning("W171", statement.kind().span(), unplaced.size() + " of "
                            + r.groups().size() + " units of '" + statement.by().get(0).text() + "' are no region and are "
                            + "left off the map: " + String.join(", ", unplaced.subList(0, Math.min(6, unplaced.size())))
                            + (unplaced.size() > 6 ? ", …" : ""), "regions are matched by name (Skåne, Region Skåne, "
                            + "Skåne län) or by county code (01 … 25)"));
                }
                out.chart(ChartRenderer.render(kind, r, true), file + "_map");
                return;
            }
            boolean rank = statement.sorted() || (!r.breakdowns().isEmpty() && r.isUnit(0));
            out.chart(ChartRenderer.render(kind, r, rank), file);
        });
    }
}
