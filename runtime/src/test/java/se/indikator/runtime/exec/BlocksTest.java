package se.indikator.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.check.BreakdownChecker;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;

/**
 * The range forms of compiled conditions, keys and values give what the row forms give, row by row; and
 * the fused kernel over compiled passes (which uses the range forms) gives bit for bit what
 * {@link Kernel#run} (row forms) gives.
 */
class BlocksTest {
    private static final Span S = Span.NONE;

    private static Dataset data(int rows, long seed) {
        Random rnd = new Random(seed);
        String[] regions = {"Skåne", "Stockholm", "Gotland", "Örebro", null};
        String[] countries = {"SE", "SE", "SE", "FI", "SY", "DE", null};
        String[] causes = {"I21.9", "C34.1", "X70", "I63.4", "J18", null};
        Integer[] age = new Integer[rows];
        Integer[] sex = new Integer[rows];
        Integer[] education = new Integer[rows];
        Boolean[] died = new Boolean[rows];
        Double[] cost = new Double[rows];
        String[] region = new String[rows];
        String[] country = new String[rows];
        String[] cause = new String[rows];
        for (int r = 0; r < rows; r++) {
            age[r] = rnd.nextInt(50) == 0 ? null : rnd.nextInt(105);
            sex[r] = 1 + rnd.nextInt(2);
            education[r] = rnd.nextInt(10) == 0 ? null : 1 + rnd.nextInt(3);
            died[r] = rnd.nextInt(100) == 0 ? null : rnd.nextInt(10) == 0;
            cost[r] = rnd.nextInt(30) == 0 ? null : rnd.nextGaussian() * 100 + 250.125;
            region[r] = regions[rnd.nextInt(regions.length)];
            country[r] = countries[rnd.nextInt(countries.length)];
            cause[r] = causes[rnd.nextInt(causes.length)];
        }
        return Dataset.builder("persons").ints("age", age).ints("sex", sex).ints("education", education)
                .booleans("died", died).decimals("cost", cost).text("region", region).text("country", country)
                .text("cause", cause).build();
    }

    private static Expr col(String name) {
        return new Expr.ColumnRef(name, S);
    }

    private static Expr num(double v) {
        return new Expr.NumberLit(v, false, Double.toString(v), S);
    }

    private static Expr str(String v) {
        return new Expr.StringLit(v, S);
    }

    private static Expr bin(Expr.BinaryOp op, Expr l, Expr r) {
        return new Expr.Binary(op, l, r, S);
    }

    private static List<Expr> conditions() {
        List<Expr> c = new ArrayList<>();
        c.add(col("died"));
        for (Expr.BinaryOp op : List.of(Expr.BinaryOp.EQ, Expr.BinaryOp.NEQ, Expr.BinaryOp.LT, Expr.BinaryOp.LE,
                Expr.BinaryOp.GT, Expr.BinaryOp.GE)) {
            c.add(bin(op, col("age"), num(65)));
            c.add(bin(op, col("education"), num(2)));
        }
        c.add(bin(Expr.BinaryOp.EQ, col("country"), str("SE")));
        c.add(bin(Expr.BinaryOp.NEQ, col("country"), str("SE")));
        c.add(bin(Expr.BinaryOp.EQ, col("country"), str("NO")));
        c.add(bin(Expr.BinaryOp.NEQ, col("country"), str("NO")));
        c.add(new Expr.Between(col("age"), num(20), num(44), false, S));
        c.add(new Expr.Between(col("age"), num(20), num(44), true, S));
        c.add(new Expr.In(col("country"), List.of(str("FI"), str("DE")), null, null, false, S));
        c.add(new Expr.In(col("country"), List.of(str("FI"), str("DE")), null, null, true, S));
        c.add(new Expr.IsMissing(col("education"), false, S));
        c.add(new Expr.IsMissing(col("education"), true, S));
        c.add(new Expr.IsMissing(col("country"), false, S));
        c.add(new Expr.IsMissing(col("country"), true, S));
        c.add(new Expr.Call("icd", S, List.of(col("cause"), str("I00-I99")), S));
        c.add(new Expr.Not(col("died"), S));
        c.add(new Expr.Logical(Expr.LogicalOp.AND, List.of(col("died"), bin(Expr.BinaryOp.GE, col("age"), num(80))), S));
        c.add(new Expr.Logical(Expr.LogicalOp.OR, List.of(col("died"), bin(Expr.BinaryOp.EQ, col("sex"), num(2)),
                new Expr.IsMissing(col("country"), false, S)), S));
        return c;
    }

    private static BreakdownDef band() {
        var band = new BreakdownExpr.Band("age", S, 0, 90, 5, S);
        return new BreakdownDef("age5", band, Set.of("age"), BreakdownChecker.bandLabels(band), S);
    }

    @Test
    void rangeFormsGiveWhatRowFormsGive() {
        Dataset d = data(5_000, 1);
        ExprCompiler ec = new ExprCompiler(d, new Catalog(), new Functions());
        int blocks = 0;
        for (Expr e : conditions()) {
            RowPredicate p = ec.predicate(e);
            if (!(p instanceof Blocks.Predicate bp)) {
                continue;
            }
            blocks++;
            for (int from = 0; from < d.rowCount(); from += 1000) {
                int to = Math.min(d.rowCount(), from + 1000);
                boolean[] out = new boolean[to - from];
                bp.testRange(from, to, out);
                for (int r = from; r < to; r++) {
                    assertEquals(p.test(r), out[r - from], e + " row " + r);
                }
            }
        }
        assertEquals(conditions().size(), blocks, "every condition of the list has a range form");
        KeyCompiler kc = new KeyCompiler(d, ec);
        List<String> regions = Categories.of(BreakdownDef.ofColumn("region", S), List.of(d));
        List<String> ages = Categories.of(BreakdownDef.ofColumn("age", S), List.of(d));
        List<RowKey> keys = List.of(kc.compile(BreakdownDef.ofColumn("region", S), regions),
                kc.compile(BreakdownDef.ofColumn("age", S), ages), kc.compile(band(), band().categories()),
                GroupKey.combine(List.of(kc.compile(BreakdownDef.ofColumn("region", S), regions),
                        kc.compile(band(), band().categories())), List.of(regions.size(), band().categories().size())));
        for (RowKey k : keys) {
            assertTrue(k instanceof Blocks.Key, "a range form");
            int[] out = new int[d.rowCount()];
            ((Blocks.Key) k).keyRange(0, d.rowCount(), out);
            for (int r = 0; r < d.rowCount(); r++) {
                assertEquals(k.key(r), out[r], "row " + r);
            }
        }
        for (String c : List.of("age", "cost")) {
            RowNumber n = ec.number(col(c));
            double[] out = new double[d.rowCount()];
            ((Blocks.Number) n).getRange(0, d.rowCount(), out);
            for (int r = 0; r < d.rowCount(); r++) {
                assertEquals(Double.doubleToLongBits(n.get(r)), Double.doubleToLongBits(out[r]), c + " row " + r);
            }
        }
    }

    @Test
    void fusedCompiledPassesAreBitIdenticalToRowByRowPasses() {
        Dataset d = data(2 * Kernel.PARALLEL_THRESHOLD + 777, 2);
        ExprCompiler ec = new ExprCompiler(d, new Catalog(), new Functions());
        KeyCompiler kc = new KeyCompiler(d, ec);
        List<String> regions = Categories.of(BreakdownDef.ofColumn("region", S), List.of(d));
        RowKey region = kc.compile(BreakdownDef.ofColumn("region", S), regions);
        RowKey age5 = kc.compile(band(), band().categories());
        int strata = band().categories().size();
        int rows = d.rowCount();
        List<Expr> cond = conditions();
        List<Kernel.PassInput> passes = new ArrayList<>();
        for (Expr flag : cond) {
            passes.add(new Kernel.PassInput(rows, RowPredicate.ALL, ec.predicate(flag), null, region, regions.size(), null, 1));
        }
        RowPredicate adults = ec.predicate(bin(Expr.BinaryOp.GE, col("age"), num(18)));
        RowPredicate women = ec.predicate(bin(Expr.BinaryOp.EQ, col("sex"), num(2)));
        passes.add(new Kernel.PassInput(rows, adults, ec.predicate(col("died")), null, region, regions.size(), age5, strata));
        passes.add(new Kernel.PassInput(rows, women, ec.predicate(col("died")), ec.number(col("cost")), region,
                regions.size(), age5, strata));
        passes.add(new Kernel.PassInput(rows, RowPredicate.ALL, null, ec.number(col("age")), region, regions.size(), null, 1));
        passes.add(new Kernel.PassInput(rows, adults, ec.predicate(cond.get(cond.size() - 1)), ec.number(col("cost")), null,
                0, age5, strata));
        // a row-by-row key and flag among block ones
        RowKey rowRegion = r -> region.key(r);
        RowPredicate rowDied = r -> ec.predicate(col("died")).test(r);
        passes.add(new Kernel.PassInput(rows, women, rowDied, ec.number(col("cost")), rowRegion, regions.size(), age5, strata));
        List<Kernel.Accumulated> fused = FusedKernel.run(passes);
        for (int i = 0; i < passes.size(); i++) {
            Kernel.Accumulated want = Kernel.run(passes.get(i));
            Kernel.Accumulated got = fused.get(i);
            String what = "pass " + i;
            assertArrayEquals(want.rows(), got.rows(), what);
            assertArrayEquals(want.flagged(), got.flagged(), what);
            assertArrayEquals(want.sum(), got.sum(), what);
            assertArrayEquals(want.sumSquares(), got.sumSquares(), what);
            assertArrayEquals(want.missing(), got.missing(), what);
            assertEquals(want.missingValues(), got.missingValues(), what);
            assertEquals(want.negativeValues(), got.negativeValues(), what);
            assertEquals(want.firstNegativeRow(), got.firstNegativeRow(), what);
            assertEquals(want.outsideStrata(), got.outsideStrata(), what);
        }
    }
}
