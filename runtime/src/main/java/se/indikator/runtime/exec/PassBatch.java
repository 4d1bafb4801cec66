package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.progress.ProgressListener;

/** The passes of a batch of requests, by source; identical passes are queued once. */
final class PassBatch {
    final java.util.Map<Dataset, CompiledSource> compiled = new java.util.IdentityHashMap<>();
    final java.util.Map<Dataset, List<Kernel.PassInput>> inputs = new java.util.LinkedHashMap<>();
    final java.util.Map<Kernel.PassInput, List<QueuedPass>> waiting = new java.util.HashMap<>();
    /** The rows of data an engine holds that requests needing rows read in memory, by dataset and columns. */
    final java.util.Map<Dataset, java.util.Map<java.util.Set<String>, Dataset>> fetched = new java.util.IdentityHashMap<>();
    /** The queries engines are sent, by relation: the passes over the same data share one while its keys stay few. */
    final java.util.Map<se.indikator.runtime.data.EngineTable, List<EngineQuery>> engine = new java.util.IdentityHashMap<>();

    CompiledSource compiled(Dataset d, Catalog catalog, Functions functions) {
        return compiled.computeIfAbsent(d, x -> new CompiledSource(x, catalog, functions));
    }

    void add(QueuedPass q) {
        List<QueuedPass> same = waiting.get(q.input);
        if (same == null) {
            same = new ArrayList<>();
            waiting.put(q.input, same);
            inputs.computeIfAbsent(q.data, x -> new ArrayList<>()).add(q.input);
        }
        same.add(q);
    }

    /**
     * Queues a pass over data an engine holds as its part of the query of the passes over the same data; a pass that the portable SQL cannot express, or whose values the engine could not list, is queued
     * with why.
     */
    QueuedPass addEngine(se.indikator.runtime.plan.QueryPlan.Pass pass, Dataset d, List<se.indikator.runtime.model.BreakdownDef> keys,
            List<List<String>> categories, int groups, List<se.indikator.runtime.model.BreakdownDef> strataDefs,
            List<List<String>> strataCategories, int strata, String label, Catalog catalog, Functions functions) {
        se.indikator.runtime.data.EngineTable table = d.engine().orElseThrow();
        List<se.indikator.runtime.sql.SqlKey> groupKeys = null;
        List<se.indikator.runtime.sql.SqlKey> strataKeys = null;
        se.indikator.runtime.sql.PassSql.Part part = null;
        String failure = null;
        try {
            var exprs = EnginePass.expressions(d, table, catalog, functions);
            groupKeys = EnginePass.keys(groups == 0 ? List.of() : keys, categories, exprs);
            strataKeys = EnginePass.keys(strataDefs, strataCategories, exprs);
            part = se.indikator.runtime.sql.PassSql.part(pass, exprs);
        } catch (se.indikator.runtime.sql.NotPortable e) {
            failure = "N:" + e.getMessage();
        } catch (se.indikator.runtime.data.EngineFailure e) {
            failure = "F:" + e.getMessage();
        }
        QueuedPass q = new QueuedPass(pass, d, null, null, groups, strata, label, part);
        q.failure = failure;
        if (part != null) {
            var member = new EngineQuery.Member(part, groupKeys, strataKeys, groups, strata);
            List<EngineQuery> queries = engine.computeIfAbsent(table, t -> new ArrayList<>());
            if (queries.stream().noneMatch(query -> query.offer(member, q))) {
                EngineQuery query = new EngineQuery(table);
                query.offer(member, q);
                queries.add(query);
            }
        }
        return q;
    }

    /** The rows of data an engine holds, in memory with these columns, read once for the batch. */
    Dataset rows(Dataset d, java.util.Set<String> columns) {
        return fetched.computeIfAbsent(d, x -> new java.util.HashMap<>()).computeIfAbsent(columns, c -> {
            try {
                return se.indikator.runtime.data.EngineRows.inMemory(d, c);
            } catch (java.sql.SQLException e) {
                throw new se.indikator.runtime.data.EngineFailure(e);
            }
        });
    }

    void run(ProgressListener progress) {
        engine.values().forEach(queries -> queries.forEach(EngineQuery::run));
        List<Dataset> order = new ArrayList<>(inputs.keySet());
        List<List<Kernel.PassInput>> lists = order.stream().map(inputs::get).toList();
        List<List<Kernel.Accumulated>> results = FusedKernel.runAll(lists, progress, "computing");
        for (int s = 0; s < order.size(); s++) {
            for (int p = 0; p < lists.get(s).size(); p++) {
                for (QueuedPass q : waiting.get(lists.get(s).get(p))) {
                    q.result = results.get(s).get(p);
                }
            }
        }
    }
}
