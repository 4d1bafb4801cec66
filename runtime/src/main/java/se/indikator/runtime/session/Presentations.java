package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.Chart;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.ResultTable;

/**
 * The statements that present several results at once or as pictures: {@code plot} (a chart of one
 * indicator's result), {@code profile} (one group's deviation from the national value on many
 * indicators, oriented by polarity, as a table or with {@code plot} as a chart) and {@code plot heat}
 * (groups × indicators coloured by verdict). Charts are also written as PNG and SVG files.
 */
final class Presentations {
    private final Session session;
    private final Diagnostics d;

    Presentations(Session session, Diagnostics d) {
        this.session = session;
        this.d = d;
    }

    Runnable check(Stmt s, List<Output> out) {
        Settings settings = session.catalog().settings();
        if (s instanceof Stmt.Plot p) {
            ChartKind kind = kind(p);
            if (kind == null) {
                return null;
            }
            Optional<Session.Request> r = session.request(p.indicator(), p.by(), p.where(), d);
            return r.map(req -> (Runnable) () -> session.table(req, out).ifPresent(t -> {
                String file = p.indicator().text() + (p.by().isEmpty() ? "" : "_by_"
                        + String.join("_", p.by().stream().map(Name::text).toList()));
                emit(ChartRenderer.render(kind, t, settings.swedish()), file, out);
            })).orElse(null);
        } else if (s instanceof Stmt.Profile p) {
            List<Session.Request> national = new ArrayList<>();
            List<Session.Request> group = new ArrayList<>();
            for (Name ind : p.indicators()) {
                List<Name> by = p.by() == null ? List.of() : List.of(p.by());
                List<Name> byGroup = p.by() == null ? List.of(p.breakdown()) : List.of(p.breakdown(), p.by());
                Optional<Session.Request> n = session.request(ind, by, null, d);
                Optional<Session.Request> g = session.request(ind, byGroup, null, d);
                if (n.isPresent() && g.isPresent()) {
                    national.add(n.get());
                    group.add(g.get());
                }
            }
            if (national.size() != p.indicators().size()) {
                return null;
            }
            return () -> {
                List<ResultTable> nat = new ArrayList<>();
                List<ResultTable> grp = new ArrayList<>();
                for (int i = 0; i < national.size(); i++) {
                    Optional<ResultTable> a = session.table(national.get(i), out);
                    Optional<ResultTable> b = session.table(group.get(i), out);
                    if (a.isEmpty() || b.isEmpty()) {
                        return;
                    }
                    nat.add(a.get());
                    grp.add(b.get());
                }
                List<String> cats = grp.isEmpty() ? List.of() : categories(grp.get(0), 0);
                if (!cats.contains(p.value())) {
                    out.add(new Output.Message(Diagnostic.error("E360", p.valueSpan(), "\"" + p.value()
                            + "\" is not a category of '" + p.breakdown().text() + "'", Suggest.hint(p.value(), cats, "category"))));
                    return;
                }
                ResultTable table = ProfileTable.build(p, nat, grp, settings.swedish());
                if (p.plot()) {
                    emit(ChartRenderer.render(ChartKind.PROFILE, table, settings.swedish()), "profile_" + p.value(), out);
                } else {
                    out.add(new Output.Table(table, null));
                }
            };
        } else if (s instanceof Stmt.Heat h) {
            List<Session.Request> reqs = new ArrayList<>();
            for (Name ind : h.indicators()) {
                session.request(ind, List.of(h.breakdown()), null, d).ifPresent(reqs::add);
            }
            if (reqs.size() != h.indicators().size()) {
                return null;
            }
            return () -> {
                List<ResultTable> tables = new ArrayList<>();
                for (Session.Request r : reqs) {
                    Optional<ResultTable> t = session.table(r, out);
                    if (t.isEmpty()) {
                        return;
                    }
                    tables.add(t.get());
                }
                ResultTable heat = HeatTable.build(h, tables, settings.swedish());
                emit(ChartRenderer.render(ChartKind.HEAT, heat, settings.swedish()), "heat_" + h.breakdown().text(), out);
            };
        }
        return null;
    }

    static List<String> categories(ResultTable t, int column) {
        List<String> out = new ArrayList<>();
        for (List<Object> row : t.rows().subList(1, t.rows().size())) {
            Object v = row.get(column);
            if (v != null && !out.contains(v.toString())) {
                out.add(v.toString());
            }
        }
        return out;
    }

    private ChartKind kind(Stmt.Plot p) {
        if (p.kind() == null) {
            return p.by().size() >= 2 ? ChartKind.GROUPED_BARS : ChartKind.RANKED_BARS;
        }
        ChartKind k = switch (p.kind().text().toLowerCase(Locale.ROOT)) {
            case "ranked", "bars" -> ChartKind.RANKED_BARS;
            case "grouped" -> ChartKind.GROUPED_BARS;
            case "trend", "lines" -> ChartKind.TREND;
            case "funnel" -> ChartKind.FUNNEL;
            default -> null;
        };
        if (k == null) {
            d.error("E361", p.kind().span(), "unknown chart '" + p.kind().text() + "'",
                    Suggest.hint(p.kind().text(), List.of("ranked", "grouped", "trend", "funnel"), "chart"));
        } else if (k == ChartKind.GROUPED_BARS && p.by().size() != 2) {
            d.error("E362", p.kind().span(), "a grouped chart needs two breakdowns after 'by'", "e.g. plot x by utbildning, kön");
            return null;
        }
        return k;
    }

    /** Writes a chart's files and adds it to the outputs (for statements that also print a table). */
    void emitChart(Chart chart, String baseName, List<Output> out) {
        emit(chart, baseName, out);
    }

    private void emit(Chart chart, String baseName, List<Output> out) {
        String safe = baseName.replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        Path dir = session.plotsDir();
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(safe + ".png");
            Path svg = dir.resolve(safe + ".svg");
            Files.write(png, chart.png());
            Files.writeString(svg, chart.svg(), StandardCharsets.UTF_8);
            files.add(png);
            files.add(svg);
        } catch (IOException e) {
            out.add(new Output.Message(Diagnostic.warning("W170", se.indikator.runtime.diag.Span.NONE,
                    "the chart could not be written to " + dir + ": " + e.getMessage(), "check that the folder can be written")));
        }
        out.add(new Output.Chart(chart, files));
    }
}
