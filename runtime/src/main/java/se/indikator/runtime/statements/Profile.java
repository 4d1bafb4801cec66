package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.analysis.ProfileResult;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.ResultTable;

/**
 * {@code profile region "Skåne" on a, b, c [by kön] [where year == 2023]} (a table) and {@code plot profile …} (the chart): one
 * unit's deviation from its reference on many indicators, for women and men separately when {@code by} is
 * given, each against the country of the same sex — read from each indicator's result by the unit's
 * breakdown (and the series'), so the profile says what {@code show} says.
 */
final class Profile implements Work {
    private final List<ResultRequest> requests;
    private final Stmt.Profile statement;

    private Profile(List<ResultRequest> requests, Stmt.Profile statement) {
        this.requests = List.copyOf(requests);
        this.statement = statement;
    }

    static Optional<Work> check(Stmt.Profile p, Context c) {
        List<Name> by = p.by() == null ? List.of(p.breakdown()) : List.of(p.breakdown(), p.by());
        return c.requests(p.indicators(), by, p.where()).map(r -> new Profile(r, p));
    }

    @Override
    public List<ResultRequest> requests() {
        return requests;
    }

    @Override
    public void present(Results results, Presenter out) {
        Optional<List<IndicatorResult>> all = results.all(out);
        if (all.isEmpty()) {
            return;
        }
        boolean sv = all.get().get(0).settings().swedish();
        String title = (sv ? "Profil: " : "Profile: ") + statement.value();
        Optional<ProfileResult> profile = ProfileResult.of(title, statement.value(), all.get(), sv);
        if (profile.isEmpty()) {
            List<String> cats = all.get().get(0).categories().get(0);
            out.message(Diagnostic.error("E360", statement.valueSpan(), "\"" + statement.value() + "\" is not a category of '"
                    + statement.breakdown().text() + "'", Suggest.hint(statement.value(), cats, "category")));
            return;
        }
        if (statement.plot()) {
            out.chart(ChartRenderer.profile(profile.get()), "profile_" + statement.value());
        } else {
            out.table(table(profile.get(), all.get().get(0)));
        }
    }

    private static ResultTable table(ProfileResult p, IndicatorResult first) {
        List<String> columns = new ArrayList<>(List.of("indicator", "title"));
        if (p.seriesName() != null) {
            columns.add(p.seriesName());
        }
        columns.addAll(List.of("value", "national", "deviation_pct", "oriented_deviation_pct", "vs_national", "note"));
        List<List<Object>> rows = new ArrayList<>();
        for (ProfileResult.Row r : p.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.indicator());
            row.add(r.title());
            if (p.seriesName() != null) {
                row.add(r.series());
            }
            row.add(num(r.value()));
            row.add(num(r.reference()));
            row.add(num(r.deviationPct()));
            row.add(num(r.orientedDeviationPct()));
            row.add(r.comparison().word());
            row.add(r.note());
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        String note = first.referenceNote();
        if (note != null) {
            notes.add(note.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + note.substring(1));
        }
        return new ResultTable(p.title(), columns, rows, notes, 1, p.decimalComma());
    }

    private static Object num(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
