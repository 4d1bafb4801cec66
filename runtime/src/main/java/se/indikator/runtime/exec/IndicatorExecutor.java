package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Executes an indicator for a list of breakdowns: plans the passes, runs each with the
 * {@link Kernel} (numerator and denominator possibly from different data, joined by category index),
 * and computes each group's estimate and the national one.
 */
public final class IndicatorExecutor {
    private final Catalog catalog;
    private final Functions functions;
    private final Settings settings;

    /** An executor using the settings in force where the statement stands (not the script's last ones). */
    public IndicatorExecutor(Catalog catalog, Functions functions, Settings settings) {
        this.catalog = catalog;
        this.functions = functions;
        this.settings = settings;
    }

    /**
     * Everything computed for one request: the categories of each breakdown, each group's estimate (mixed-radix
     * order of the categories), the total of the rows the statement selects, and the estimates of the national
     * reference — one per group of the reference's own breakdowns (the kept ones, in {@code referenceGroups}),
     * and its total. Without a reference plan the total is its own reference.
     */
    public record Computed(QueryPlan plan, List<List<String>> categories, List<List<Double>> categoryValues,
            List<Estimate> groups, Estimate total, List<Estimate> referenceGroups, Estimate referenceTotal,
            List<Diagnostic> notices) {
    }

    /** The confidence levels of an indicator at this executor's settings. */
    private List<Double> levels(IndicatorDef ind) {
        return se.indikator.runtime.plan.Planner.levels(ind, settings);
    }

    /** Runs the plan and the plan of its reference. */
    public Computed execute(QueryPlan plan) {
        return executeAll(List.of(new Job(this, plan)), ProgressListener.NONE).get(0);
    }

    /** One request of a batch: a plan (with its reference's) and the executor with its settings. */
    public record Job(IndicatorExecutor executor, QueryPlan plan) {
    }

    /**
     * Computes many requests together: the passes of all of them are collected, identical passes are
     * made once, the passes over one source share one loop of the {@link FusedKernel}, and the sources
     * are read concurrently. Each request's {@link Computed} is then built exactly as
     * {@link #execute} builds it alone. Survival indicators take their own path; medians and
     * frequencies make their own extra passes.
     */
    public static List<Computed> executeAll(List<Job> jobs, ProgressListener progress) {
        Computed[] out = new Computed[jobs.size()];
        PassBatch batch = new PassBatch();
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            String task = "relative survival: " + j.plan().indicator().name();
            boolean survival = j.plan().indicator().measure().kind() == Measure.Kind.SURVIVAL;
            Prepared p = !survival ? j.executor().prepare(j.plan(), batch, true)
                    : se.indikator.stdlib.progress.TaskProgress.during((done, total) -> progress.progress(task, done, total),
                            () -> j.executor().prepare(j.plan(), batch, true));
            if (survival) {
                progress.finished(task);
            }
            if (p.survival != null) {
                out[i] = p.survival;
            } else {
                p.index = i;
                prepared.add(p);
            }
        }
        batch.run(progress);
        for (Prepared p : prepared) {
            out[p.index] = p.executor().finish(p);
        }
        return List.of(out);
    }

    /**
     * How {@link #executeAll} would run these requests, without running them: the loops over each source, the
     * passes made once for several logical passes, the frames, and the extra passes.
     */
    public static se.indikator.runtime.plan.PhysicalPlan physical(List<Job> jobs) {
        PassBatch batch = new PassBatch();
        List<String> extras = new ArrayList<>();
        List<se.indikator.runtime.plan.PhysicalPlan.Query> rowQueries = new ArrayList<>();
        for (Job j : jobs) {
            QueryPlan plan = j.plan();
            IndicatorDef ind = plan.indicator();
            rowQueries.addAll(RowPushdown.queries(plan, j.executor().catalog, j.executor().functions));
            if (ind.measure().kind() == Measure.Kind.SURVIVAL) {
                extras.add(ind.name() + ": relative survival, one event sweep over " + ind.cohortSource()
                        + (plan.reference() == null ? "" : " and one for its reference"));
                continue;
            }
            String name = ind.name();
            if (EngineChecks.needsRows(ind) && j.executor().onEngine(plan)) {
                extras.add(name + ": the rows it needs brought into memory from the engine, and computed there ("
                        + ind.measure().describe() + ")");
                continue;
            }
            j.executor().prepare(plan, batch, false);
            if (ind.measure().kind() == Measure.Kind.MEDIAN || ind.measure().kind() == Measure.Kind.PERCENTILE) {
                extras.add(name + ": the values of " + ind.measure().column() + " by group (" + ind.measure().describe() + ")"
                        + (plan.reference() == null ? "" : ", and by reference group"));
            }
            for (String f : ind.frequencies()) {
                extras.add(name + ": the frequency column " + f + " (dobson-non-independent)");
            }
            StandardisationSpec std = ind.standardisation();
            if (std != null && std.method() == StandardisationSpec.Method.INDIRECT && std.standard() != null) {
                extras.add(name + ": the reference rates of " + std.standard().text() + " (events and population)");
            }
        }
        List<se.indikator.runtime.plan.PhysicalPlan.Source> sources = new ArrayList<>();
        for (var e : batch.inputs.entrySet()) {
            List<Kernel.PassInput> inputs = e.getValue();
            List<se.indikator.runtime.plan.PhysicalPlan.Frame> frames = new ArrayList<>();
            for (List<Integer> members : FusedKernel.frames(inputs)) {
                QueuedPass first = batch.waiting.get(inputs.get(members.get(0))).get(0);
                List<se.indikator.runtime.plan.PhysicalPlan.Pass> passes = new ArrayList<>();
                for (int m : members) {
                    List<QueuedPass> served = batch.waiting.get(inputs.get(m));
                    passes.add(new se.indikator.runtime.plan.PhysicalPlan.Pass(aggregate(served.get(0).pass),
                            served.stream().map(q -> q.label).toList()));
                }
                List<Expr> filters = first.pass.filters();
                String filter = filters.isEmpty() ? "" : se.indikator.runtime.ast.Unparser.expr(filters.size() == 1
                        ? filters.get(0) : new Expr.Logical(Expr.LogicalOp.AND, filters, Span.NONE));
                List<String> keys = new ArrayList<>(first.pass.keys());
                if (!first.pass.strata().isEmpty()) {
                    keys.add("strata " + String.join(" × ", first.pass.strata()));
                }
                frames.add(new se.indikator.runtime.plan.PhysicalPlan.Frame(filter, String.join(", ", keys), passes));
            }
            sources.add(new se.indikator.runtime.plan.PhysicalPlan.Source(e.getKey().name(), e.getKey().rowCount(), frames));
        }
        List<se.indikator.runtime.plan.PhysicalPlan.Query> queries = new ArrayList<>(EnginePass.queries(batch));
        queries.addAll(rowQueries);
        return new se.indikator.runtime.plan.PhysicalPlan(sources, extras, queries);
    }

    /** Whether any pass of the plan reads data an engine holds. */
    private boolean onEngine(QueryPlan plan) {
        return plan.passes().stream().anyMatch(p -> catalog.data(p.source()).flatMap(Dataset::engine).isPresent());
    }

    private static String aggregate(QueryPlan.Pass p) {
        return switch (p.role()) {
            case COHORT -> "count(*)" + (p.flag() == null ? "" : ", count(*) where " + se.indikator.runtime.ast.Unparser.expr(p.flag()))
                    + (p.valueColumn() == null ? "" : ", sum(" + p.valueColumn() + "), sum(" + p.valueColumn() + "²)")
                    + (p.weightColumn() == null ? "" : ", weighted sums by " + p.weightColumn());
            case NUMERATOR, DENOMINATOR -> p.sum() ? "sum(" + p.valueColumn() + ")" : "count(*)";
        };
    }

    /** A request between planning and the statistic: its passes compiled and queued in a {@link PassBatch}. */
    private static final class Prepared {
        final IndicatorExecutor executor;
        final QueryPlan plan;
        final List<List<String>> categories;
        final List<List<Double>> categoryValues;
        final List<List<String>> referenceCategories;
        final List<BreakdownDef> strataDefs;
        final List<List<String>> strataCategories;
        Computed survival;
        Pooling pooling;
        Pooling referencePooling;
        List<QueuedPass> passes;
        List<QueuedPass> nationalPasses;
        int index;

        Prepared(IndicatorExecutor executor, QueryPlan plan, List<List<String>> categories, List<List<Double>> categoryValues,
                List<List<String>> referenceCategories, List<BreakdownDef> strataDefs, List<List<String>> strataCategories) {
            this.executor = executor;
            this.plan = plan;
            this.categories = categories;
            this.categoryValues = categoryValues;
            this.referenceCategories = referenceCategories;
            this.strataDefs = strataDefs;
            this.strataCategories = strataCategories;
        }

        IndicatorExecutor executor() {
            return executor;
        }
    }

    private Prepared prepare(QueryPlan plan, PassBatch batch, boolean computeSurvival) {
        List<Dataset> sources = plan.passes().stream().map(p -> catalog.data(p.source()).orElseThrow()).toList();
        List<List<String>> categories = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (BreakdownDef b : plan.breakdowns()) {
            Categories.Listed listed = Categories.list(b, sources);
            categories.add(listed.labels());
            values.add(listed.values());
        }
        List<BreakdownDef> strataDefs = plan.indicator().strata();
        List<List<String>> strataCategories = new ArrayList<>();
        for (BreakdownDef b : strataDefs) {
            strataCategories.add(Categories.of(b, sources));
        }
        QueryPlan reference = plan.reference();
        List<List<String>> referenceCategories = new ArrayList<>();
        if (reference != null) {
            plan.rule().kept().forEach(k -> referenceCategories.add(categories.get(k)));
        }
        Prepared p = new Prepared(this, plan, categories, values, referenceCategories, strataDefs, strataCategories);
        if (plan.indicator().measure().kind() == Measure.Kind.SURVIVAL) {
            p.survival = !computeSurvival ? null
                    : survival(plan, categories, values, referenceCategories, strataDefs, strataCategories, batch);
            return p;
        }
        String name = plan.indicator().name();
        p.pooling = Pooling.of(plan.breakdowns(), categories, sources);
        p.passes = queue(plan, plan, p.pooling, strataDefs, strataCategories, batch, name);
        if (reference != null) {
            p.referencePooling = Pooling.of(reference.breakdowns(), referenceCategories, sources);
            p.nationalPasses = queue(reference, plan, p.referencePooling, strataDefs, strataCategories, batch,
                    name + " reference");
        }
        return p;
    }

    private Computed finish(Prepared p) {
        QueryPlan plan = p.plan;
        QueryPlan reference = plan.reference();
        List<Diagnostic> warnings = new ArrayList<>();
        Aggregates single = aggregate(plan, p.passes, warnings);
        Aggregates agg = p.pooling.fold(single);
        String[] incomplete = p.pooling.pools() ? p.pooling.incomplete(single) : null;
        Aggregates nat = agg;
        String[] natIncomplete = incomplete;
        if (reference != null) {
            Aggregates natSingle = aggregate(reference, p.nationalPasses, warnings);
            nat = p.referencePooling.fold(natSingle);
            natIncomplete = p.referencePooling.pools() ? p.referencePooling.incomplete(natSingle) : null;
        }
        if (warnings.stream().anyMatch(Diagnostic::isError)) {
            return new Computed(plan, p.categories, p.categoryValues, List.of(), null, List.of(), null, List.copyOf(warnings));
        }
        double[] referenceRates = referenceRates(plan.indicator(), nat, p.strataDefs, p.strataCategories, warnings);
        StatisticStep stat = new StatisticStep(catalog, functions, plan.indicator(), levels(plan.indicator()), p.strataDefs,
                p.strataCategories, referenceRates);
        List<Estimate> groups = new ArrayList<>();
        int groupCount = agg.groups();
        for (int g = 0; g < groupCount; g++) {
            groups.add(incomplete != null && incomplete[g] != null ? withheld(incomplete[g], levels(plan.indicator()).size()) : stat.estimate(agg, g, nat));
        }
        Estimate total = stat.estimate(agg, agg.groups(), nat);
        List<Estimate> referenceGroups = new ArrayList<>();
        Estimate referenceTotal = total;
        if (reference != null) {
            for (int g = 0; g < nat.groups(); g++) {
                referenceGroups.add(natIncomplete != null && natIncomplete[g] != null ? withheld(natIncomplete[g], levels(plan.indicator()).size())
                        : stat.estimate(nat, g, nat));
            }
            referenceTotal = stat.estimate(nat, nat.groups(), nat);
        }
        warnings.addAll(stat.warnings());
        impossible(plan, p.categories, groups, total, warnings);
        return new Computed(plan, p.categories, p.categoryValues, groups, total, referenceGroups, referenceTotal,
                List.copyOf(new java.util.LinkedHashSet<>(warnings)));
    }

    /** A group that is not computed, for the reason given (e.g. a rolling window cut by the selection). */
    private static Estimate withheld(String reason, int n) {
        double[] none = new double[n];
        java.util.Arrays.fill(none, Double.NaN);
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, none, none.clone(), "", Estimate.Withheld.notComputed(reason));
    }

    /**
     * An error for the first group whose counts cannot be (a proportion's numerator above its denominator),
     * naming the group; a warning for groups of a rate with events and no population.
     */
    private static void impossible(QueryPlan plan, List<List<String>> categories, List<Estimate> groups, Estimate total,
            List<Diagnostic> out) {
        IndicatorDef ind = plan.indicator();
        List<Integer> sizes = categories.stream().map(List::size).toList();
        List<String> empty = new ArrayList<>();
        for (int g = 0; g <= groups.size(); g++) {
            Estimate e = g < groups.size() ? groups.get(g) : total;
            String where = g < groups.size() ? "in group " + label(GroupKey.split(g, sizes), categories) : "in all rows together";
            Measure.Kind kind = ind.measure().kind();
            boolean proportion = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT;
            if (proportion && ind.standardisation() == null && e.numerator() > e.denominator()) {
                out.add(Diagnostic.error("E160", ind.span(), "'" + ind.name() + "' " + where + ": the numerator "
                        + se.indikator.runtime.ast.Numbers.plain(e.numerator()) + " exceeds the denominator "
                        + se.indikator.runtime.ast.Numbers.plain(e.denominator()),
                        "a proportion counts events among its population; correct the data of " + String.join(" and ",
                                ind.sources()) + ", or leave those rows out with a where"));
                return;
            }
            if (Double.isInfinite(e.numerator()) || Double.isInfinite(e.denominator())) {
                out.add(Diagnostic.error("E161", ind.measure().span(), "'" + ind.name() + "' " + where
                        + ": the sum of the values is beyond what a number can hold (about 1.8 × 10^308)",
                        "the values are far too large for what they measure; check the column's unit and the data"));
                return;
            }
            boolean rate = ind.measure().kind() == Measure.Kind.RATE || ind.measure().kind() == Measure.Kind.RATIO;
            if (rate && g < groups.size() && e.denominator() == 0 && e.numerator() > 0) {
                empty.add(label(GroupKey.split(g, sizes), categories));
            }
        }
        if (!empty.isEmpty()) {
            out.add(Diagnostic.warning("W160", ind.span(), "'" + ind.name() + "' has events but no population in "
                    + (empty.size() <= 3 ? String.join(", ", empty) : empty.size() + " groups (" + empty.get(0) + " …)")
                    + "; those groups have no value, and their events count in the totals",
                    "check that the population covers every group the events fall in"));
        }
    }

    private static String label(int[] parts, List<List<String>> categories) {
        List<String> l = new ArrayList<>();
        for (int k = 0; k < parts.length; k++) {
            l.add(categories.get(k).get(parts[k]));
        }
        return String.join(" · ", l);
    }

    private Computed survival(QueryPlan plan, List<List<String>> categories, List<List<Double>> values,
            List<List<String>> referenceCategories, List<BreakdownDef> strataDefs, List<List<String>> strataCategories,
            PassBatch batch) {
        List<Estimate> all = survivalEstimates(plan, plan, batch, categories, strataDefs, strataCategories);
        int groups = all.size() - 1;
        Estimate total = all.get(groups);
        if (plan.reference() == null) {
            return new Computed(plan, categories, values, all.subList(0, groups), total, List.of(), total, List.of());
        }
        List<Estimate> ref = survivalEstimates(plan.reference(), plan, batch, referenceCategories, strataDefs, strataCategories);
        return new Computed(plan, categories, values, all.subList(0, groups), total, ref.subList(0, ref.size() - 1),
                ref.get(ref.size() - 1), List.of());
    }

    /**
     * The survival estimate of each group of a plan, followed by its total; the rows of data an engine holds are
     * those that {@code request} (the plan, or the plan whose reference it is) needs, read once for both.
     */
    private List<Estimate> survivalEstimates(QueryPlan plan, QueryPlan request, PassBatch batch, List<List<String>> categories,
            List<BreakdownDef> strataDefs, List<List<String>> strataCategories) {
        QueryPlan.Pass pass = plan.passes().get(0);
        Dataset source = catalog.data(pass.source()).orElseThrow();
        RowPushdown pushed = RowPushdown.of(request, source, catalog, functions);
        Dataset d = source.engine().isEmpty() ? source : batch.rows(source, EngineChecks.columns(request, pushed), pushed);
        ExprCompiler ec = new ExprCompiler(d, catalog, functions);
        KeyCompiler kc = new KeyCompiler(d, ec);
        List<Integer> sizes = categories.stream().map(List::size).toList();
        int groups = plan.breakdowns().isEmpty() ? 0 : sizes.stream().reduce(1, (a, b) -> a * b);
        List<RowKey> keys = new ArrayList<>();
        for (int i = 0; i < plan.breakdowns().size(); i++) {
            BreakdownDef b = plan.breakdowns().get(i);
            keys.add(b.isRolling() ? kc.compile(b.base(), Categories.of(b.base(), List.of(source)))
                    : kc.compile(b, categories.get(i)));
        }
        List<RowKey> stratumKeys = new ArrayList<>();
        for (int i = 0; i < strataDefs.size(); i++) {
            stratumKeys.add(kc.compile(strataDefs.get(i), strataCategories.get(i)));
        }
        List<Integer> strataSizes = strataCategories.stream().map(List::size).toList();
        int strata = strataSizes.stream().reduce(1, (a, b) -> a * b);
        RowPredicate filter = RowPredicate.ALL;
        for (Expr f : pushed.residual(pass.filters())) {
            RowPredicate prev = filter;
            RowPredicate next = ec.predicate(f);
            filter = prev == RowPredicate.ALL ? next : row -> prev.test(row) && next.test(row);
        }
        List<String> labels = strataCategories.isEmpty() ? List.of() : strataCategories.get(0);
        RowKey stratum = strataDefs.isEmpty() ? null : GroupKey.combine(stratumKeys, strataSizes);
        if (plan.breakdowns().stream().noneMatch(BreakdownDef::isRolling)) {
            return SurvivalStep.estimates(catalog, ec, d, plan.indicator(), filter,
                    groups == 0 ? null : GroupKey.combine(keys, sizes), groups, stratum, strata, labels,
                    levels(plan.indicator()));
        }
        RowPredicate selected = filter;
        return SurvivalWindows.estimates(plan.breakdowns(), keys, sizes, d, selected, level -> SurvivalStep.estimates(catalog,
                ec, d, plan.indicator(), selected, level, groups, stratum, strata, labels, levels(plan.indicator())),
                reason -> withheld(reason, levels(plan.indicator()).size()));
    }

    /**
     * Reference rates per stratum for indirect standardisation, followed by the reference crude rate
     * (the array has strata + 1 elements); null for other indicators.
     */
    private double[] referenceRates(IndicatorDef ind, Aggregates nat, List<BreakdownDef> strataDefs,
            List<List<String>> strataCategories, List<Diagnostic> warnings) {
        StandardisationSpec std = ind.standardisation();
        if (std == null || std.method() != StandardisationSpec.Method.INDIRECT) {
            return null;
        }
        int strata = nat.strata();
        double[] events = new double[strata];
        double[] pop = new double[strata];
        if (std.standard() == null) {
            for (int s = 0; s < strata; s++) {
                events[s] = nat.num()[nat.cell(nat.groups(), s)];
                pop[s] = nat.den()[nat.cell(nat.groups(), s)];
            }
        } else {
            Dataset table = catalog.data(std.standard().text()).map(se.indikator.runtime.data.EngineRows::all).orElseThrow();
            ExprCompiler ec = new ExprCompiler(table, catalog, functions);
            KeyCompiler kc = new KeyCompiler(table, ec);
            List<RowKey> keys = new ArrayList<>();
            for (int i = 0; i < strataDefs.size(); i++) {
                keys.add(kc.compile(strataDefs.get(i), strataCategories.get(i)));
            }
            RowKey stratum = GroupKey.combine(keys, strataCategories.stream().map(List::size).toList());
            String ev = std.eventsColumn() == null ? "events" : std.eventsColumn().text();
            String po = std.populationColumn() == null ? "population" : std.populationColumn().text();
            Kernel.Accumulated e = Kernel.run(new Kernel.PassInput(table.rowCount(), RowPredicate.ALL, null,
                    ec.number(new Expr.ColumnRef(ev, Span.NONE)), null, 0, stratum, strata));
            Kernel.Accumulated p = Kernel.run(new Kernel.PassInput(table.rowCount(), RowPredicate.ALL, null,
                    ec.number(new Expr.ColumnRef(po, Span.NONE)), null, 0, stratum, strata));
            for (int s = 0; s < strata; s++) {
                events[s] = e.sum()[e.cell(0, s)];
                pop[s] = p.sum()[p.cell(0, s)];
            }
        }
        double[] rates = new double[strata + 1];
        double te = 0;
        double tp = 0;
        for (int s = 0; s < strata; s++) {
            rates[s] = pop[s] > 0 ? events[s] / pop[s] : 0;
            te += events[s];
            tp += pop[s];
        }
        rates[strata] = tp > 0 ? te / tp : Double.NaN;
        return rates;
    }

    /**
     * Numerator and denominator arrays over (group, stratum) cells, national at group index {@code groups};
     * the weighted sums of a weighted cohort (else null) and the sorted values of a median or percentile.
     */
    record Aggregates(int groups, int strata, double[] num, double[] den, double[] sum, double[] sumSquares,
            double[] missing, double[][] values, Kernel.Weighted weighted) {
        int cell(int g, int s) {
            return g * strata + s;
        }
    }




    /**
     * Queues the passes of {@code plan}, which is {@code request} or its reference: those over an engine's data as
     * their part of a query, or, for a request that needs rows, over the rows {@code request} needs, read from the
     * engine with the conditions it can apply (its other conditions evaluated here); the others in memory.
     */
    private List<QueuedPass> queue(QueryPlan plan, QueryPlan request, Pooling pooling, List<BreakdownDef> strataDefs,
            List<List<String>> strataCategories, PassBatch batch, String label) {
        List<List<String>> categories = pooling.kernelCategories();
        List<Integer> sizes = categories.stream().map(List::size).toList();
        int groups = 1;
        for (int s : sizes) {
            groups *= s;
        }
        if (plan.breakdowns().isEmpty()) {
            groups = 0;
        }
        List<Integer> strataSizes = strataCategories.stream().map(List::size).toList();
        int strata = 1;
        for (int s : strataSizes) {
            strata *= s;
        }
        List<QueuedPass> out = new ArrayList<>();
        for (QueryPlan.Pass pass : plan.passes()) {
            Dataset d = catalog.data(pass.source()).orElseThrow();
            String passLabel = label + " " + pass.role().name().toLowerCase(java.util.Locale.ROOT);
            List<Expr> filters = pass.filters();
            if (d.engine().isPresent() && EngineChecks.needsRows(plan.indicator())) {
                RowPushdown pushed = RowPushdown.of(request, d, catalog, functions);
                filters = pushed.residual(filters);
                d = batch.rows(d, EngineChecks.columns(request, pushed), pushed);
            } else if (d.engine().isPresent()) {
                out.add(batch.addEngine(pass, d, pooling.kernelBreakdowns(), categories, groups, strataDefs, strataCategories,
                        strata, passLabel, catalog, functions));
                continue;
            }
            CompiledSource c = batch.compiled(d, catalog, functions);
            RowKey group = groups == 0 ? null : c.key(pooling.kernelBreakdowns(), categories);
            RowKey stratum = strataDefs.isEmpty() ? null : c.key(strataDefs, strataCategories);
            Kernel.PassInput input = new Kernel.PassInput(d.rowCount(), c.filter(filters), c.flag(pass.flag()),
                    c.value(pass.valueColumn()), group, groups, stratum, strata, c.value(pass.weightColumn()));
            QueuedPass q = new QueuedPass(pass, d, c, input, groups, strata, passLabel);
            batch.add(q);
            out.add(q);
        }
        return out;
    }

    private Aggregates aggregate(QueryPlan plan, List<QueuedPass> passes, List<Diagnostic> warnings) {
        int groups = passes.get(0).groups;
        int strata = passes.get(0).strata;
        double[] num = null;
        double[] den = null;
        double[] sum = null;
        double[] sq = null;
        double[] missing = null;
        double[][] values = null;
        Kernel.Weighted weighted = null;
        if (EngineChecks.refuse(plan.indicator(), passes, warnings)) {
            int cells = (groups + 1) * strata;
            return new Aggregates(groups, strata, new double[cells], new double[cells], new double[cells], new double[cells],
                    new double[cells], null, null);
        }
        for (QueuedPass q : passes) {
            QueryPlan.Pass pass = q.pass;
            Dataset d = q.data;
            Kernel.Accumulated acc = q.result;
            Kernel.PassInput in = q.input;
            if (d.engine().isPresent() && acc.negativeValues() > 0 && pass.sum()) {
                acc = EnginePass.withFirstNegative(acc, q, catalog, functions);
                d = q.fetched;
            }
            PassWarnings.report(pass, d, acc, plan.indicator(), warnings);
            if (missing == null) {
                missing = acc.missing().clone();
            } else {
                for (int k = 0; k < missing.length; k++) {
                    missing[k] += acc.missing()[k];
                }
            }
            switch (pass.role()) {
                case COHORT -> {
                    Measure.Kind kind = plan.indicator().measure().kind();
                    if (kind == Measure.Kind.MEDIAN || kind == Measure.Kind.PERCENTILE) {
                        values = ValueCollector.collect(d.rowCount(), in.filter(), in.value(), in.group(), groups);
                    }
                    boolean valued = pass.valueColumn() != null;
                    den = acc.rows();
                    num = pass.flag() == null ? (valued ? acc.sum() : acc.rows()) : acc.flagged();
                    if (valued) {
                        num = acc.sum();
                    }
                    sum = acc.sum();
                    sq = acc.sumSquares();
                    weighted = acc.weighted();
                }
                case NUMERATOR -> {
                    num = pass.sum() ? acc.sum() : acc.rows();
                    sq = pass.sum() ? acc.sumSquares() : acc.rows();
                    sum = num;
                    List<String> freq = plan.indicator().frequencies();
                    if (!freq.isEmpty()) {
                        sq = new double[num.length];
                        for (int k = 0; k < freq.size(); k++) {
                            RowNumber fk = q.compiled.value(freq.get(k));
                            Kernel.Accumulated f = Kernel.run(new Kernel.PassInput(d.rowCount(), in.filter(), null, fk,
                                    in.group(), groups, in.stratum(), strata));
                            double weight = (k + 1.0) * (k + 1.0);
                            for (int cell = 0; cell < sq.length; cell++) {
                                sq[cell] += weight * f.sum()[cell];
                            }
                        }
                    }
                }
                case DENOMINATOR -> den = pass.sum() ? acc.sum() : acc.rows();
            }
        }
        if (den == null) {
            den = new double[num.length];
            java.util.Arrays.fill(den, Double.NaN);
        }
        if (sum == null) {
            sum = new double[num.length];
            sq = new double[num.length];
        }
        return new Aggregates(groups, strata, num, den, sum, sq, missing, values, weighted);
    }
}
