package se.indikator.runtime.exec;

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
 * The passes the fused kernel reads from tallies give bit for bit what {@link Kernel#run} gives row by row: with
 * conditions split into their simple parts, keys by table and evaluated, values with missing ones, rows outside the
 * strata and without a group, and tallies split when they would grow too large.
 */
class TallyTest {
    private static final Span S = Span.NONE;

    private static Dataset data(int rows, long seed) {
        Random rnd = new Random(seed);
        String[] regions = {"Skåne", "Stockholm", "Gotland", "Örebro", "Uppsala", null};
        String[] countries = {"SE", "SE", "FI", "SY", null};
        Integer[] age = new Integer[rows];
        Integer[] sex = new Integer[rows];
        Integer[] education = new Integer[rows];
        Integer[] days = new Integer[rows];
        Boolean[] died = new Boolean[rows];
        String[] region = new String[rows];
        String[] country = new String[rows];
        for (int r = 0; r < rows; r++) {
            age[r] = rnd.nextInt(40) == 0 ? null : rnd.nextInt(110);
            sex[r] = 1 + rnd.nextInt(2);
            education[r] = rnd.nextInt(8) == 0 ? null : 1 + rnd.nextInt(3);
            days[r] = rnd.nextInt(20) == 0 ? null : rnd.nextInt(5000);
            died[r] = rnd.nextInt(90) == 0 ? null : rnd.nextInt(9) == 0;
            region[r] = regions[rnd.nextInt(regions.length)];
            country[r] = countries[rnd.nextInt(countries.length)];
        }
        return Dataset.builder("persons").ints("age", age).ints("sex", sex).ints("education", education)
                .ints("days", days).booleans("died", died).text("region", region).text("country", country).build();
    }

    private static Expr col(String name) {
        return new Expr.ColumnRef(name, S);
    }

    private static Expr cmp(Expr.BinaryOp op, String column, double v) {
        return new Expr.Binary(op, col(column), new Expr.NumberLit(v, false, Double.toString(v), S), S);
    }

    private static Expr and(Expr... es) {
        return new Expr.Logical(Expr.LogicalOp.AND, List.of(es), S);
    }

    private static Expr or(Expr... es) {
        return new Expr.Logical(Expr.LogicalOp.OR, List.of(es), S);
    }

    private static Expr sweden() {
        return new Expr.Binary(Expr.BinaryOp.EQ, col("country"), new Expr.StringLit("SE", S), S);
    }

    private static BreakdownDef band() {
        var band = new BreakdownExpr.Band("age", S, 20, 90, 10, S);
        return new BreakdownDef("age10", band, Set.of("age"), BreakdownChecker.bandLabels(band), S);
    }

    @Test
    void tallyingGivesBitForBitWhatRowByRowPassesGive() {
        Dataset d = data(2 * Kernel.PARALLEL_THRESHOLD + 4321, 7);
        int rows = d.rowCount();
        ExprCompiler ec = new ExprCompiler(d, new Catalog(), new Functions());
        KeyCompiler kc = new KeyCompiler(d, ec);
        List<String> all = Categories.of(BreakdownDef.ofColumn("region", S), List.of(d));
        List<String> some = all.subList(1, 4); // rows of the other regions have no group
        List<String> sexes = Categories.of(BreakdownDef.ofColumn("sex", S), List.of(d));
        RowKey region = kc.compile(BreakdownDef.ofColumn("region", S), all);
        RowKey fewer = kc.compile(BreakdownDef.ofColumn("region", S), some);
        RowKey sex = kc.compile(BreakdownDef.ofColumn("sex", S), sexes);
        RowKey regionSex = GroupKey.combine(List.of(region, sex), List.of(all.size(), sexes.size()));
        RowKey age10 = kc.compile(band(), band().categories()); // under 20 and missing: outside the strata
        int strata = band().categories().size();
        RowPredicate died = ec.predicate(col("died"));
        RowPredicate adults = ec.predicate(cmp(Expr.BinaryOp.GE, "age", 18));
        RowPredicate foreignAdults = ec.predicate(and(cmp(Expr.BinaryOp.GE, "age", 18), new Expr.Not(sweden(), S)));
        RowPredicate either = ec.predicate(or(col("died"), cmp(Expr.BinaryOp.EQ, "education", 1),
                new Expr.IsMissing(col("country"), false, S)));
        RowPredicate longStay = ec.predicate(cmp(Expr.BinaryOp.GT, "days", 2500)); // a column stored in shorts
        RowNumber age = ec.number(col("age"));
        RowNumber days = ec.number(col("days"));
        List<Kernel.PassInput> p = new ArrayList<>();
        p.add(new Kernel.PassInput(rows, RowPredicate.ALL, died, null, region, all.size(), null, 1));
        p.add(new Kernel.PassInput(rows, foreignAdults, either, null, region, all.size(), age10, strata));
        p.add(new Kernel.PassInput(rows, longStay, died, null, regionSex, all.size() * sexes.size(), age10, strata));
        p.add(new Kernel.PassInput(rows, adults, died, age, fewer, some.size(), null, 1));
        p.add(new Kernel.PassInput(rows, RowPredicate.ALL, null, age, region, all.size(), age10, strata));
        p.add(new Kernel.PassInput(rows, RowPredicate.ALL, null, null, null, 0, null, 1));
        p.add(new Kernel.PassInput(rows, RowPredicate.ALL, null, null, fewer, some.size(), null, 1));
        p.add(new Kernel.PassInput(rows, either, longStay, null, null, 0, age10, strata));
        // many flags by one key: more than one tally
        for (int k = 0; k < 14; k++) {
            RowPredicate flag = ec.predicate(and(cmp(Expr.BinaryOp.GE, "age", 5 * k), cmp(Expr.BinaryOp.LT, "days", 300 * k)));
            p.add(new Kernel.PassInput(rows, adults, flag, null, region, all.size(), age10, strata));
        }
        // not tallied: a value stored in shorts, a row-by-row condition, a weight
        int first = p.size();
        p.add(new Kernel.PassInput(rows, adults, died, days, region, all.size(), null, 1));
        p.add(new Kernel.PassInput(rows, r -> r % 3 == 0, died, null, region, all.size(), null, 1));
        p.add(new Kernel.PassInput(rows, adults, died, null, region, all.size(), null, 1, age));

        Tallies.Plan plan = Tallies.plan(p);
        for (int i = 0; i < p.size(); i++) {
            assertEquals(i < first, plan.tallyOf()[i] >= 0, "pass " + i + " tallied");
        }
        assertTrue(plan.tallies().size() > 5, "the flags by one key are split over tallies: " + plan.tallies().size());
        plan.tallies().forEach(t -> assertTrue(t.size <= Tallies.LIMIT));
        assertTrue(plan.tallies().stream().anyMatch(Tally::paired), "a region and a condition both in bytes: by pairs");
        List<Kernel.Accumulated> fused = FusedKernel.run(p);
        for (int i = 0; i < p.size(); i++) {
            FusedKernelTest.assertSame(Kernel.run(p.get(i)), fused.get(i), "pass " + i);
        }
    }
}
