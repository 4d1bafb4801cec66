package se.indikator.runtime.exec;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.EngineTable;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.sql.Dialect;
import se.indikator.runtime.sql.PassSql;
import se.indikator.runtime.sql.SqlExpressions;
import se.indikator.runtime.sql.SqlKey;

/**
 * A pass over data an engine holds: compiled to one query ({@link PassSql}) and its rows turned into exactly the
 * accumulation {@link Kernel#run} makes of the same rows — the group and stratum of each returned combination
 * found from its keys as the in-memory keys find them, a row outside the strata counted only there, a row with a
 * missing value or weight counted as missing, and everything else added to its group and to the national total.
 * Only these cells cross from the engine; no row does.
 */
public final class EnginePass {
    private EnginePass() {
    }

    /** The expressions of a dataset an engine holds, in the engine's dialect. */
    public static SqlExpressions expressions(Dataset d, EngineTable table, Catalog catalog, Functions functions) {
        Dialect dialect = Dialect.named(table.engine().dialect());
        return new SqlExpressions(d, catalog, functions, dialect, column -> {
            try {
                return table.distinct(dialect.identifier(column)).stream().map(Object::toString).toList();
            } catch (SQLException e) {
                throw new se.indikator.runtime.data.EngineFailure(e);
            }
        });
    }

    /** The keys of breakdowns with their categories (as the kernel keys them). */
    static List<SqlKey> keys(List<BreakdownDef> breakdowns, List<List<String>> categories, SqlExpressions exprs) {
        List<SqlKey> out = new ArrayList<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            out.add(SqlKey.of(breakdowns.get(i), categories.get(i), exprs));
        }
        return out;
    }

    /**
     * Runs the query on the engine and accumulates its rows, for each of its passes, into the cells of {@code groups}
     * groups (0: none, as the kernel has it) and {@code strata} strata, the national total after the groups.
     */
    static List<Kernel.Accumulated> run(PassSql q, EngineTable table, int groups, int strata) {
        try {
            return table.engine().query(q.sql(), rs -> accumulate(q, rs, groups, strata));
        } catch (SQLException e) {
            throw new se.indikator.runtime.data.EngineFailure(e);
        }
    }

    /** The accumulation of each pass from a query's rows, as {@link Kernel#runRange} accumulates the rows they stand for. */
    static List<Kernel.Accumulated> accumulate(PassSql q, ResultSet rs, int groups, int strata) throws SQLException {
        int n = q.parts().size();
        Cells[] cells = new Cells[n];
        for (int i = 0; i < n; i++) {
            cells[i] = new Cells((groups + 1) * strata, q.parts().get(i).weight() != null);
        }
        int nationalBase = groups * strata;
        List<SqlKey> gk = q.groupKeys();
        List<SqlKey> sk = q.strataKeys();
        while (rs.next()) {
            int g = groups == 0 ? -1 : combine(gk, rs, 0);
            int s = sk.isEmpty() ? 0 : combine(sk, rs, gk.size());
            for (int i = 0; i < n; i++) {
                cells[i].add(rs, q.offset(i), s < 0 ? -1 : nationalBase + s, g < 0 || s < 0 ? -1 : g * strata + s);
            }
        }
        List<Kernel.Accumulated> out = new ArrayList<>();
        for (Cells c : cells) {
            out.add(new Kernel.Accumulated(groups, strata, c.rows, c.flagged, c.sum, c.sq, c.missing, c.missingValues,
                    c.negative, -1, c.outside, c.weighted));
        }
        return out;
    }

    /** A sum the engine returned: 0 where it summed no row (SQL's NULL, which some drivers read as NaN). */
    private static double number(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? 0 : ((Number) v).doubleValue();
    }

    /** One pass's cells as they are added up from the query's rows. */
    private static final class Cells {
        final double[] rows;
        final double[] flagged;
        final double[] sum;
        final double[] sq;
        final double[] missing;
        final Kernel.Weighted weighted;
        long missingValues;
        long negative;
        long outside;

        Cells(int cells, boolean weighted) {
            rows = new double[cells];
            flagged = new double[cells];
            sum = new double[cells];
            sq = new double[cells];
            missing = new double[cells];
            this.weighted = weighted ? Kernel.Weighted.of(cells) : null;
        }

        /** Adds a result row's aggregates from column {@code at} on to the national cell and the group's cell. */
        void add(ResultSet rs, int at, int national, int group) throws SQLException {
            long n = (long) number(rs, at);
            if (national < 0) { // outside the strata: counted there, and nowhere else
                outside += n;
                return;
            }
            long kept = (long) number(rs, at + 1);
            negative += (long) number(rs, at + 5);
            long absent = n - kept;
            missingValues += absent;
            for (int c : group < 0 ? new int[] {national} : new int[] {national, group}) {
                missing[c] += absent;
                rows[c] += kept;
                flagged[c] += number(rs, at + 2);
                sum[c] += number(rs, at + 3);
                sq[c] += number(rs, at + 4);
                if (weighted != null) {
                    weighted.sumW()[c] += number(rs, at + 6);
                    weighted.sumW2()[c] += number(rs, at + 7);
                    weighted.sumWY()[c] += number(rs, at + 8);
                    weighted.sumW2Y()[c] += number(rs, at + 9);
                    weighted.sumW2Y2()[c] += number(rs, at + 10);
                }
            }
        }
    }

    /**
     * The accumulation with the first row the pass keeps whose value is negative (its filter's and value's columns
     * brought into memory, {@code q.fetched}, to place the error on a row), as the kernel reports it.
     */
    static Kernel.Accumulated withFirstNegative(Kernel.Accumulated acc, QueuedPass q, Catalog catalog, Functions functions) {
        java.util.Set<String> columns = new java.util.HashSet<>();
        q.pass.filters().forEach(e -> se.indikator.runtime.ast.Exprs.walk(e, x -> {
            if (x instanceof se.indikator.runtime.ast.Expr.ColumnRef c) {
                columns.add(c.name());
            }
        }));
        columns.add(q.pass.valueColumn());
        Dataset rows;
        try {
            rows = se.indikator.runtime.data.EngineRows.inMemory(q.data, columns);
        } catch (SQLException e) {
            return acc;
        }
        CompiledSource c = new CompiledSource(rows, catalog, functions);
        RowPredicate filter = c.filter(q.pass.filters());
        RowNumber value = c.value(q.pass.valueColumn());
        int first = -1;
        for (int r = 0; r < rows.rowCount() && first < 0; r++) {
            if (filter.test(r) && value.get(r) < 0) {
                first = r;
            }
        }
        q.fetched = rows;
        return new Kernel.Accumulated(acc.groups(), acc.strata(), acc.rows(), acc.flagged(), acc.sum(), acc.sumSquares(),
                acc.missing(), acc.missingValues(), acc.negativeValues(), first, acc.outsideStrata(), acc.weighted());
    }

    /** The queries of a batch, as the physical plan shows them (the passes that failed to compile are left out). */
    static List<se.indikator.runtime.plan.PhysicalPlan.Query> queries(PassBatch batch) {
        List<se.indikator.runtime.plan.PhysicalPlan.Query> out = new ArrayList<>();
        for (var byKeys : batch.engine.values()) {
            for (EngineQuery q : byKeys.values()) {
                out.add(new se.indikator.runtime.plan.PhysicalPlan.Query(q.data(), q.table().engine().name(), q.sql().sql(),
                        q.serves()));
            }
        }
        return out;
    }

    /** The mixed-radix index of the keys from column {@code first} on (first key slowest); -1 when one is -1. */
    private static int combine(List<SqlKey> keys, ResultSet rs, int first) throws SQLException {
        int idx = 0;
        for (int i = 0; i < keys.size(); i++) {
            SqlKey k = keys.get(i);
            int c = k.categoryOf(rs.getObject(first + i + 1));
            if (c < 0) {
                return -1;
            }
            idx = idx * k.size() + c;
        }
        return idx;
    }
}
