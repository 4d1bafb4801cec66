package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.data.EngineFailure;
import se.indikator.runtime.data.EngineTable;
import se.indikator.runtime.sql.PassSql;
import se.indikator.runtime.sql.SqlKey;

/**
 * The passes of a batch over one engine's data with the same keys, sent as one query: each distinct pass (filter,
 * flag, value, weight) is one part of it, and the passes written alike — e.g. the population of two rates — share
 * their part. Its results, one accumulation per part, go to every pass that asked for it.
 */
final class EngineQuery {
    private final EngineTable table;
    private final List<SqlKey> groupKeys;
    private final List<SqlKey> strataKeys;
    private final int groups;
    private final int strata;
    private final Map<PassSql.Part, List<QueuedPass>> parts = new LinkedHashMap<>();

    EngineQuery(EngineTable table, List<SqlKey> groupKeys, List<SqlKey> strataKeys, int groups, int strata) {
        this.table = table;
        this.groupKeys = groupKeys;
        this.strataKeys = strataKeys;
        this.groups = groups;
        this.strata = strata;
    }

    void add(QueuedPass q) {
        parts.computeIfAbsent(q.part, p -> new ArrayList<>()).add(q);
    }

    /** The query as sent. */
    PassSql sql() {
        return PassSql.of(new ArrayList<>(parts.keySet()), table.relation(), groupKeys, strataKeys);
    }

    /** The data's name and engine, and the logical passes each part serves, for the physical plan. */
    List<String> serves() {
        return parts.values().stream().flatMap(List::stream).map(q -> q.label).toList();
    }

    /** The name of the data the query reads. */
    String data() {
        return parts.values().iterator().next().get(0).data.name();
    }

    EngineTable table() {
        return table;
    }

    /** Sends the query and gives each pass its accumulation, or, when the engine fails, the reason. */
    void run() {
        List<List<QueuedPass>> waiting = new ArrayList<>(parts.values());
        try {
            List<Kernel.Accumulated> results = EnginePass.run(sql(), table, groups, strata);
            for (int i = 0; i < waiting.size(); i++) {
                for (QueuedPass q : waiting.get(i)) {
                    q.result = results.get(i);
                }
            }
        } catch (EngineFailure e) {
            waiting.forEach(list -> list.forEach(q -> q.failure = "F:" + e.getMessage()));
        }
    }
}
