package se.indikator.runtime.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.plan.QueryPlan;

/**
 * The SQL a pass is sent as, per dialect, kept as reviewed files in {@code src/test/resources/sql}: a pass with a
 * band, a case with a missing arm, a function of a text column, a list, {@code not between} and a weight. A file
 * that is missing is a failure; {@code -Dindikator.regenerate=true} writes them, to be reviewed.
 */
class PassSqlSnapshotTest {
    private static final Path DIR = Path.of("src/test/resources/sql");

    private static final Dataset SCHEMA = Dataset.builder("p")
            .ints("age", 4, null, 95)
            .text("region", "Skåne", null, "Örebro")
            .text("cause", "I21", "C50", "K35")
            .decimals("cost", 1.5, null, 2.0)
            .dates("visit", LocalDate.of(2020, 1, 1), null, LocalDate.of(2019, 12, 31))
            .booleans("died", true, null, false)
            .build();

    private static String sql(Dialect dialect) {
        Catalog catalog = new Catalog();
        catalog.putList("nordic", List.of("Skåne", "Örebro"));
        SqlExpressions exprs = new SqlExpressions(SCHEMA, catalog, new Functions(), dialect,
                column -> List.of("I21", "C50", "K35"));
        Span s = Span.NONE;
        BreakdownExpr.Band band = new BreakdownExpr.Band("age", s, 0, 90, 15, s);
        BreakdownDef ages = new BreakdownDef("age15", band, Set.of("age"), List.of("0-14", "15-29", "30-44", "45-59", "60-74",
                "75-89", "90+"), s);
        BreakdownExpr.Case grp = new BreakdownExpr.Case(new Expr.ColumnRef("region", s), List.of(
                new BreakdownExpr.When(List.of(new Expr.StringLit("Skåne", s)), false, new BreakdownExpr.Label("Syd", false, s), s),
                new BreakdownExpr.When(List.of(), true, new BreakdownExpr.Label("Uppgift saknas", false, s), s)),
                new BreakdownExpr.Label("Övrigt", false, s), s);
        BreakdownDef region = new BreakdownDef("grp", grp, Set.of("region"), List.of("Syd", "Uppgift saknas", "Övrigt"), s);
        Expr amenable = new Expr.Call("amenable", s, List.of(new Expr.ColumnRef("cause", s)), s);
        Expr notBetween = new Expr.Between(new Expr.ColumnRef("cost", s), new Expr.NumberLit(0.5, false, "0.5", s), new Expr.NumberLit(2, false, "2", s), true, s);
        Expr inList = new Expr.In(new Expr.ColumnRef("region", s), List.of(), "nordic", s, true, s);
        Expr date = new Expr.Binary(Expr.BinaryOp.GE, new Expr.ColumnRef("visit", s), new Expr.StringLit("2020-01-01", s), s);
        QueryPlan.Pass pass = new QueryPlan.Pass(QueryPlan.Role.COHORT, "p", 3, List.of(amenable, new Expr.Not(notBetween, s), inList),
                new Expr.Logical(Expr.LogicalOp.OR, List.of(new Expr.ColumnRef("died", s), date), s), "cost", false,
                List.of("age15"), List.of("grp"), "cost");
        List<SqlKey> keys = new ArrayList<>(List.of(SqlKey.of(ages, ages.categories(), exprs)));
        return PassSql.of(pass, "people", keys, List.of(SqlKey.of(region, region.categories(), exprs)), exprs).sql() + "\n";
    }

    @Test
    void passesCompileToTheReviewedSqlOfEachDialect() throws IOException {
        for (Dialect d : List.of(Dialect.DUCKDB, Dialect.POSTGRESQL, Dialect.SPARK)) {
            Path file = DIR.resolve(d.name() + ".sql");
            String actual = sql(d);
            if (Boolean.getBoolean("indikator.regenerate")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), file + " is missing; write it with -Dindikator.regenerate=true and review it");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file + " differs");
        }
    }

    @Test
    void aBandsEdgeIsTheSmallestValueTheKernelPutsInIt() {
        BreakdownExpr.Band band = new BreakdownExpr.Band("cost", Span.NONE, 0.1, 1.0, 0.1, Span.NONE);
        for (int k = 1; k < 9; k++) {
            double edge = SqlKey.edge(band, k);
            assertTrue(Math.floor((edge - 0.1) / 0.1) >= k, "edge " + k);
            assertTrue(Math.floor((Math.nextDown(edge) - 0.1) / 0.1) < k, "below edge " + k);
        }
    }
}
