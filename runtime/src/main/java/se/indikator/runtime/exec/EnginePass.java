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

    /** The query of a pass with its breakdowns' and strata's categories (as the kernel keys them). */
    public static PassSql compile(QueryPlan.Pass pass, String relation, List<BreakdownDef> breakdowns,
            List<List<String>> categories, List<BreakdownDef> strata, List<List<String>> strataCategories,
            SqlExpressions exprs) {
        List<SqlKey> groupKeys = new ArrayList<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            groupKeys.add(SqlKey.of(breakdowns.get(i), categories.get(i), exprs));
        }
        List<SqlKey> strataKeys = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            strataKeys.add(SqlKey.of(strata.get(i), strataCategories.get(i), exprs));
        }
        return PassSql.of(pass, relation, groupKeys, strataKeys, exprs);
    }

    /**
     * Runs the query on the engine and accumulates its rows into the cells of {@code groups} groups (0: none, as
     * the kernel has it) and {@code strata} strata, the national total after the groups.
     */
    public static Kernel.Accumulated run(PassSql q, EngineTable table, int groups, int strata) {
        try {
            return table.engine().query(q.sql(), rs -> accumulate(q, rs, groups, strata));
        } catch (SQLException e) {
            throw new se.indikator.runtime.data.EngineFailure(e);
        }
    }

    /** The accumulation of a query's rows, as {@link Kernel#runRange} accumulates the rows they stand for. */
    static Kernel.Accumulated accumulate(PassSql q, ResultSet rs, int groups, int strata) throws SQLException {
        int cells = (groups + 1) * strata;
        double[] rows = new double[cells];
        double[] flagged = new double[cells];
        double[] sum = new double[cells];
        double[] sq = new double[cells];
        double[] missing = new double[cells];
        Kernel.Weighted weighted = q.weighted() ? Kernel.Weighted.of(cells) : null;
        long missingValues = 0;
        long negative = 0;
        long outside = 0;
        int nationalBase = groups * strata;
        List<SqlKey> gk = q.groupKeys();
        List<SqlKey> sk = q.strataKeys();
        int keyColumns = gk.size() + sk.size();
        while (rs.next()) {
            int g = groups == 0 ? -1 : combine(gk, rs, 0);
            int s = sk.isEmpty() ? 0 : combine(sk, rs, gk.size());
            long n = rs.getLong(keyColumns + 1);
            if (s < 0) {
                outside += n;
                continue;
            }
            long kept = rs.getLong(keyColumns + 2);
            double f = rs.getDouble(keyColumns + 3);
            double total = rs.getDouble(keyColumns + 4);
            double squares = rs.getDouble(keyColumns + 5);
            negative += rs.getLong(keyColumns + 6);
            long absent = n - kept;
            missingValues += absent;
            int nc = nationalBase + s;
            int gc = g < 0 ? -1 : g * strata + s;
            for (int c : gc < 0 ? new int[] {nc} : new int[] {nc, gc}) {
                missing[c] += absent;
                rows[c] += kept;
                flagged[c] += f;
                sum[c] += total;
                sq[c] += squares;
                if (weighted != null) {
                    weighted.sumW()[c] += rs.getDouble(keyColumns + 7);
                    weighted.sumW2()[c] += rs.getDouble(keyColumns + 8);
                    weighted.sumWY()[c] += rs.getDouble(keyColumns + 9);
                    weighted.sumW2Y()[c] += rs.getDouble(keyColumns + 10);
                    weighted.sumW2Y2()[c] += rs.getDouble(keyColumns + 11);
                }
            }
        }
        return new Kernel.Accumulated(groups, strata, rows, flagged, sum, sq, missing, missingValues, negative, -1, outside,
                weighted);
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

    /** The queries of a batch, as the physical plan shows them (those that failed to compile are left out). */
    static List<se.indikator.runtime.plan.PhysicalPlan.Query> queries(PassBatch batch) {
        List<se.indikator.runtime.plan.PhysicalPlan.Query> out = new ArrayList<>();
        for (var byTable : batch.engine.values()) {
            for (List<QueuedPass> same : byTable.values()) {
                QueuedPass first = same.get(0);
                out.add(new se.indikator.runtime.plan.PhysicalPlan.Query(first.data.name(),
                        first.data.engine().orElseThrow().engine().name(), first.sql.sql(), same.stream().map(q -> q.label).toList()));
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
