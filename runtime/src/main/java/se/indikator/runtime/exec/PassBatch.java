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

    void run(ProgressListener progress) {
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
