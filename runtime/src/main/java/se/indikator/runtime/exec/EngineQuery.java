package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.data.EngineFailure;
import se.indikator.runtime.data.EngineTable;
import se.indikator.runtime.sql.Dialect;
import se.indikator.runtime.sql.PassSql;
import se.indikator.runtime.sql.SqlKey;

/**
 * The passes of a batch over one engine's data sent as one query that reads the rows once: its key columns are
 * every key of the passes it serves (a region-by-sex pass and its national reference by sex share them), each
 * distinct pass (filter, flag, value, weight) is one part of it whatever its keys, and each pass's cells are added up
 * from the combinations of the keys it is keyed by. A pass joins a query while the combinations the query can return
 * stay few ({@link #LIMIT}); beyond that it starts a query of its own.
 */
final class EngineQuery {
    /** The most combinations of key values a query may have (each key's categories, a missing value and one outside). */
    static final long LIMIT = 50_000;

    /** A pass as the query serves it: its part and the keys its cells are kept by. */
    record Member(PassSql.Part part, List<SqlKey> groupKeys, List<SqlKey> strataKeys, int groups, int strata) {
    }

    private final EngineTable table;
    private final List<SqlKey> keys = new ArrayList<>();
    private final Map<Member, List<QueuedPass>> members = new LinkedHashMap<>();

    EngineQuery(EngineTable table) {
        this.table = table;
    }

    /** Adds a pass when the query's key combinations stay within {@link #LIMIT} (or the query is empty). */
    boolean offer(Member m, QueuedPass q) {
        List<SqlKey> more = new ArrayList<>(keys);
        for (SqlKey k : concat(m.groupKeys(), m.strataKeys())) {
            if (column(more, k) < 0) {
                more.add(k);
            }
        }
        if (!members.isEmpty() && combinations(more) > LIMIT) {
            return false;
        }
        keys.clear();
        keys.addAll(more);
        members.computeIfAbsent(m, x -> new ArrayList<>()).add(q);
        return true;
    }

    /** The query as sent. */
    PassSql sql() {
        return PassSql.of(parts(), table.relation(), keys);
    }

    /** The distinct parts, in the order the passes came. */
    List<PassSql.Part> parts() {
        List<PassSql.Part> out = new ArrayList<>();
        for (Member m : members.keySet()) {
            if (!out.contains(m.part())) {
                out.add(m.part());
            }
        }
        return out;
    }

    /** The logical passes the query serves, for the physical plan. */
    List<String> serves() {
        return members.values().stream().flatMap(List::stream).map(q -> q.label).toList();
    }

    /** The name of the data the query reads. */
    String data() {
        return members.values().iterator().next().get(0).data.name();
    }

    EngineTable table() {
        return table;
    }

    /**
     * Sends the query and gives each pass its accumulation. When the engine fails, each part is asked alone, so that
     * one pass's failure is not another's; a part whose sums the engine refused as out of range is asked once more
     * with exact sums (they come back infinite, as in memory); a pass whose part still fails is given the reason.
     */
    void run() {
        List<Member> order = new ArrayList<>(members.keySet());
        try {
            give(order, EnginePass.run(sql(), table, order));
        } catch (EngineFailure e) {
            List<PassSql.Part> parts = parts();
            for (PassSql.Part part : parts) {
                List<Member> alone = order.stream().filter(m -> m.part().equals(part)).toList();
                try {
                    give(alone, runAlone(part, alone, parts.size() == 1 ? e : null));
                } catch (EngineFailure again) {
                    alone.forEach(m -> members.get(m).forEach(p -> p.failure = "F:" + again.getMessage()));
                }
            }
        }
    }

    /** The accumulations of the members of one part, from a query of that part alone (or of {@code failed}'s). */
    private List<Kernel.Accumulated> runAlone(PassSql.Part part, List<Member> alone, EngineFailure failed) {
        EngineFailure failure = failed;
        if (failure == null) {
            try {
                return EnginePass.run(PassSql.of(List.of(part), table.relation(), keys), table, alone);
            } catch (EngineFailure e) {
                failure = e;
            }
        }
        if (!failure.outOfRange()) {
            throw failure;
        }
        Dialect dialect = Dialect.named(table.engine().dialect());
        return EnginePass.run(PassSql.of(List.of(part), table.relation(), keys, dialect), table, alone);
    }

    private void give(List<Member> order, List<Kernel.Accumulated> results) {
        for (int i = 0; i < order.size(); i++) {
            for (QueuedPass p : members.get(order.get(i))) {
                p.result = results.get(i);
            }
        }
    }

    /** The position of key {@code k}'s expression among {@code keys}, or -1. */
    static int column(List<SqlKey> keys, SqlKey k) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).sql().equals(k.sql())) {
                return i;
            }
        }
        return -1;
    }

    private static long combinations(List<SqlKey> keys) {
        long n = 1;
        for (SqlKey k : keys) {
            n = Math.multiplyExact(n, k.size() + 2L);
            if (n > LIMIT) {
                return n;
            }
        }
        return n;
    }

    private static List<SqlKey> concat(List<SqlKey> a, List<SqlKey> b) {
        List<SqlKey> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
