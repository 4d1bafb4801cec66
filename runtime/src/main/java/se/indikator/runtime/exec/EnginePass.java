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
     * Runs the query on the engine and accumulates its rows into the cells of each member, in order: its groups
     * (0: none, as the kernel has it) and strata, the national total after the groups.
     */
    static List<Kernel.Accumulated> run(PassSql q, EngineTable table, List<EngineQuery.Member> members) {
        try {
            return table.engine().query(q.sql(), rs -> accumulate(q, rs, members));
        } catch (SQLException e) {
            throw new se.indikator.runtime.data.EngineFailure(e);
        }
    }

    /**
     * The accumulation of each member from a query's rows, as {@link Kernel#runRange} accumulates the rows they stand
     * for: a row's combination of key values goes to the member's group and stratum found from the keys it is keyed by.
     */
    static List<Kernel.Accumulated> accumulate(PassSql q, ResultSet rs, List<EngineQuery.Member> members) throws SQLException {
        int n = members.size();
        Cells[] cells = new Cells[n];
        int[] part = new int[n];
        int[][] groupColumns = new int[n][];
        int[][] strataColumns = new int[n][];
        for (int i = 0; i < n; i++) {
            EngineQuery.Member m = members.get(i);
            cells[i] = new Cells((m.groups() + 1) * m.strata(), m.part().weight() != null);
            part[i] = q.parts().indexOf(m.part());
            groupColumns[i] = m.groups() == 0 ? new int[0] : columns(q.keys(), m.groupKeys());
            strataColumns[i] = columns(q.keys(), m.strataKeys());
        }
        int parts = q.parts().size();
        double[][] aggregates = new double[parts][PassSql.AGGREGATES.size()];
        int[] offsets = new int[parts]; // where each part's aggregates begin, and which they are: the same on every row
        int[][] present = new int[parts][];
        for (int p = 0; p < parts; p++) {
            offsets[p] = q.offset(p);
            present[p] = q.parts().get(p).aggregates().stream().mapToInt(Integer::intValue).toArray();
        }
        Object[] keyValues = new Object[q.keys().size()];
        while (rs.next()) {
            for (int k = 0; k < keyValues.length; k++) {
                keyValues[k] = rs.getObject(k + 1);
            }
            for (int p = 0; p < parts; p++) {
                read(rs, offsets[p], present[p], q.parts().get(p), aggregates[p]);
            }
            for (int i = 0; i < n; i++) {
                EngineQuery.Member m = members.get(i);
                int g = m.groups() == 0 ? -1 : combine(m.groupKeys(), groupColumns[i], keyValues);
                int s = m.strataKeys().isEmpty() ? 0 : combine(m.strataKeys(), strataColumns[i], keyValues);
                int national = s < 0 ? -1 : m.groups() * m.strata() + s;
                cells[i].add(aggregates[part[i]], national, g < 0 || s < 0 ? -1 : g * m.strata() + s);
            }
        }
        List<Kernel.Accumulated> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Cells c = cells[i];
            EngineQuery.Member m = members.get(i);
            out.add(new Kernel.Accumulated(m.groups(), m.strata(), c.rows, c.flagged, c.sum, c.sq, c.missing, c.missingValues,
                    c.negative, -1, c.outside, c.weighted));
        }
        return out;
    }

    /** A part's aggregates from column {@code at} on, with those the query leaves out as the part implies them. */
    private static void read(ResultSet rs, int at, int[] present, PassSql.Part part, double[] into) throws SQLException {
        java.util.Arrays.fill(into, 0);
        for (int j = 0; j < present.length; j++) {
            into[present[j]] = number(rs, at + j);
        }
        if (part.value() == null && part.weight() == null) {
            into[1] = into[0]; // every row kept has its (absent) value
        }
        if (part.value() == null) {
            into[3] = into[1]; // the value of a row without one is 1
            into[4] = into[1];
        }
    }

    /** The positions of {@code keys} among the query's key columns. */
    private static int[] columns(List<SqlKey> queryKeys, List<SqlKey> keys) {
        int[] out = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            out[i] = EngineQuery.column(queryKeys, keys.get(i));
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

        /** Adds a combination's aggregates (in {@link PassSql#AGGREGATES}' order) to the national cell and the group's. */
        void add(double[] a, int national, int group) {
            long n = (long) a[0];
            if (national < 0) { // outside the strata: counted there, and nowhere else
                outside += n;
                return;
            }
            long kept = (long) a[1];
            negative += (long) a[5];
            long absent = n - kept;
            missingValues += absent;
            for (int c : group < 0 ? new int[] {national} : new int[] {national, group}) {
                missing[c] += absent;
                rows[c] += kept;
                flagged[c] += a[2];
                sum[c] += a[3];
                sq[c] += a[4];
                if (weighted != null) {
                    weighted.sumW()[c] += a[6];
                    weighted.sumW2()[c] += a[7];
                    weighted.sumWY()[c] += a[8];
                    weighted.sumW2Y()[c] += a[9];
                    weighted.sumW2Y2()[c] += a[10];
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
        for (List<EngineQuery> queries : batch.engine.values()) {
            for (EngineQuery q : queries) {
                out.add(new se.indikator.runtime.plan.PhysicalPlan.Query(q.data(), q.table().engine().name(), q.sql().sql(),
                        q.serves()));
            }
        }
        return out;
    }

    /** The mixed-radix index of the keys read from their columns (first key slowest); -1 when one is -1. */
    private static int combine(List<SqlKey> keys, int[] columns, Object[] values) {
        int idx = 0;
        for (int i = 0; i < keys.size(); i++) {
            SqlKey k = keys.get(i);
            int c = k.categoryOf(values[columns[i]]);
            if (c < 0) {
                return -1;
            }
            idx = idx * k.size() + c;
        }
        return idx;
    }
}
