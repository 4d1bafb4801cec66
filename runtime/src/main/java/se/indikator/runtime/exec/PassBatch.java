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
    /** The passes engines compute, by engine relation and query: a query written alike is sent once. */
    final java.util.Map<se.indikator.runtime.data.EngineTable, java.util.Map<String, List<QueuedPass>>> engine =
            new java.util.IdentityHashMap<>();

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
     * Queues a pass over data an engine holds as its query, compiled for the kernel's breakdowns and strata; a
     * pass that the portable SQL cannot express, or whose values the engine could not list, is queued with why.
     */
    QueuedPass addEngine(se.indikator.runtime.plan.QueryPlan.Pass pass, Dataset d, List<se.indikator.runtime.model.BreakdownDef> keys,
            List<List<String>> categories, int groups, List<se.indikator.runtime.model.BreakdownDef> strataDefs,
            List<List<String>> strataCategories, int strata, String label, Catalog catalog, Functions functions) {
        se.indikator.runtime.data.EngineTable table = d.engine().orElseThrow();
        se.indikator.runtime.sql.PassSql sql = null;
        String failure = null;
        try {
            sql = EnginePass.compile(pass, table.relation(), groups == 0 ? List.of() : keys, categories, strataDefs,
                    strataCategories, EnginePass.expressions(d, table, catalog, functions));
        } catch (se.indikator.runtime.sql.NotPortable e) {
            failure = "N:" + e.getMessage();
        } catch (se.indikator.runtime.data.EngineFailure e) {
            failure = "F:" + e.getMessage();
        }
        QueuedPass q = new QueuedPass(pass, d, null, null, groups, strata, label, sql);
        q.failure = failure;
        if (sql != null) {
            engine.computeIfAbsent(table, t -> new java.util.LinkedHashMap<>()).computeIfAbsent(sql.sql(), k -> new ArrayList<>())
                    .add(q);
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
        for (List<QueuedPass> same : engine.values().stream().flatMap(m -> m.values().stream()).toList()) {
            QueuedPass first = same.get(0);
            Kernel.Accumulated result = null;
            String failure = null;
            try {
                result = EnginePass.run(first.sql, first.data.engine().orElseThrow(), first.groups, first.strata);
            } catch (se.indikator.runtime.data.EngineFailure e) {
                failure = "F:" + e.getMessage();
            }
            for (QueuedPass q : same) {
                q.result = result;
                q.failure = failure;
            }
        }
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
