package se.indikator.runtime.plan;

import java.util.List;

/**
 * How a batch of logical plans is run: for each data source one loop over its rows, in which identical
 * passes of different requests (or of a result and its reference) are made once and passes with the same
 * filter and keys form a frame that selects the rows and computes their cells once; and the extra passes
 * that run outside those loops (the values of medians, the frequency columns of Dobson's non-independent
 * limits, relative survival's event sweep, an indirect standard's reference table); and the queries sent to the
 * engines that hold data where they lie. Printable ({@code :plan}, and {@code :sql} for the queries).
 */
public record PhysicalPlan(List<Source> sources, List<String> extras, List<Query> queries) {

    public PhysicalPlan {
        sources = List.copyOf(sources);
        extras = List.copyOf(extras);
        queries = List.copyOf(queries);
    }

    /** A plan with every pass in memory. */
    public PhysicalPlan(List<Source> sources, List<String> extras) {
        this(sources, extras, List.of());
    }

    /** A pass sent to the engine that holds its data, as the query sent, and the logical passes it serves. */
    public record Query(String data, String engine, String sql, List<String> serves) {
        public Query {
            serves = List.copyOf(serves);
        }
    }

    /** The queries sent to engines, each after a comment naming where it runs and what it serves. */
    public String sql() {
        if (queries.isEmpty()) {
            return "no query: every pass runs in memory\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Query q : queries) {
            sb.append("-- on ").append(q.engine()).append(", data ").append(q.data()).append(": ")
                    .append(String.join("; ", q.serves())).append('\n').append(q.sql()).append(";\n");
        }
        return sb.toString();
    }

    /** One loop over a data source's rows. */
    public record Source(String name, int rows, List<Frame> frames) {
        public Source {
            frames = List.copyOf(frames);
        }
    }

    /** Passes that share a filter and keys. */
    public record Frame(String filter, String keys, List<Pass> passes) {
        public Frame {
            passes = List.copyOf(passes);
        }
    }

    /** One pass as it runs, and the logical passes it serves (e.g. "amenable numerator", "amenable reference numerator"). */
    public record Pass(String aggregate, List<String> serves) {
        public Pass {
            serves = List.copyOf(serves);
        }
    }

    /** The plan as an indented text, e.g. {@code loop over deaths (1 204 rows): 2 passes in 1 frame}. */
    public String print() {
        StringBuilder sb = new StringBuilder();
        int passes = 0;
        int logical = 0;
        for (Source s : sources) {
            for (Frame f : s.frames()) {
                passes += f.passes().size();
                for (Pass p : f.passes()) {
                    logical += p.serves().size();
                }
            }
        }
        sb.append("physical plan: ").append(sources.size()).append(sources.size() == 1 ? " loop, " : " loops, ")
                .append(passes).append(passes == 1 ? " pass" : " passes").append(" for ").append(logical)
                .append(logical == 1 ? " logical pass" : " logical passes");
        if (!queries.isEmpty()) {
            int served = queries.stream().mapToInt(q -> q.serves().size()).sum();
            sb.append("; ").append(queries.size()).append(queries.size() == 1 ? " query" : " queries").append(" on engines for ")
                    .append(served).append(served == 1 ? " logical pass" : " logical passes");
        }
        sb.append('\n');
        for (Source s : sources) {
            int n = s.frames().stream().mapToInt(f -> f.passes().size()).sum();
            sb.append("  loop over ").append(s.name()).append(" (").append(s.rows()).append(" rows): ").append(n)
                    .append(n == 1 ? " pass in " : " passes in ").append(s.frames().size())
                    .append(s.frames().size() == 1 ? " frame\n" : " frames\n");
            for (Frame f : s.frames()) {
                sb.append("    frame ").append(f.filter().isEmpty() ? "all rows" : "where " + f.filter())
                        .append(f.keys().isEmpty() ? "" : ", by " + f.keys()).append('\n');
                for (Pass p : f.passes()) {
                    sb.append("      ").append(p.aggregate()).append(" — ").append(String.join("; ", p.serves()))
                            .append(p.serves().size() > 1 ? " (shared)" : "").append('\n');
                }
            }
        }
        for (Query q : queries) {
            sb.append("  query on ").append(q.engine()).append(" over ").append(q.data()).append(" — ")
                    .append(String.join("; ", q.serves())).append(q.serves().size() > 1 ? " (shared)" : "").append('\n');
        }
        for (String e : extras) {
            sb.append("  extra pass: ").append(e).append('\n');
        }
        return sb.toString();
    }
}
