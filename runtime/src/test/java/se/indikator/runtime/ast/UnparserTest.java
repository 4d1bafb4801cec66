package se.indikator.runtime.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.parse.Parser;

/**
 * The {@link Unparser}'s canonical text for cases written for the purpose — precedence and grouping,
 * negation, lists, literals, names that are also keywords, every statement form — and its round trip
 * on random expression trees and on trees made in code.
 */
class UnparserTest {
    private static final Span AT = Span.NONE;

    /** Source as a user may write it, and the canonical text the unparser gives for it. */
    private record Case(String source, String canonical) {
    }

    private static Case same(String source) {
        return new Case(source, source);
    }

    private static Case where(String condition, String canonical) {
        return new Case("show x where " + condition, "show x where " + canonical);
    }

    private static Case where(String condition) {
        return where(condition, condition);
    }

    private static final List<Case> EXPRESSIONS = List.of(
            // grouping of + - * /: left to right, so a right operand at the same level keeps its parentheses
            where("a - (b - c)"),
            where("(a - b) - c", "a - b - c"),
            where("a - b + c"),
            where("a + (b + c)"),
            where("a - (b + c)"),
            where("a * (b + c)"),
            where("(a * b) + c", "a * b + c"),
            where("a + b * c"),
            where("(a + b) * c"),
            where("a / (b * c)"),
            where("a / b / c"),
            where("a / (b / c)"),
            where("(a / b) * c", "a / b * c"),
            // unary minus and negative numbers
            where("- a", "-a"),
            where("-a * b"),
            where("(-a) * b", "-a * b"),
            where("-(a * b)"),
            where("-(a + b) * c"),
            where("a * -b"),
            where("a - -5"),
            where("a - (-5)", "a - -5"),
            where("x > -2.5"),
            where("-(-a)", "--a"),
            where("-f(x) + 1"),
            // or, and, not
            where("a or b and c"),
            where("(a or b) and c"),
            where("a and (b or c)"),
            where("(a and b) or c", "a and b or c"),
            where("a and (b and c)"),
            where("(a and b) and c"),
            where("a or (b or c)"),
            where("not (a or b)"),
            where("not (a and b)"),
            where("(not a) and b", "not a and b"),
            where("not a or b"),
            where("not not a"),
            where("not (not a)", "not not a"),
            where("not x == 1"),
            where("(not x) == true"),
            // comparisons do not chain
            where("(a == b) == c"),
            where("a == (b < c)"),
            where("a + 1 <= b * 2"),
            where("a <> b", "a != b"),
            where("((((a))))", "a"),
            // between, in, is missing
            where("age not between 35 and 79"),
            where("not age between 35 and 79"),
            where("not (age between 35 and 79)", "not age between 35 and 79"),
            where("x between -1 and 2 + 3"),
            where("x between (a and b) and c"),
            where("age between 35 and 79 and sex == 1"),
            where("(x between 1 and 2) == true"),
            where("land in (\"SE\", \"NO\")"),
            where("land not in (\"SE\",\"NO\")", "land not in (\"SE\", \"NO\")"),
            where("land in nordic"),
            where("land not in nordic"),
            where("code in (1, 2, 3)"),
            where("a + b in (1, 2)"),
            where("(a in (1, 2)) == false"),
            where("x is missing"),
            where("x is not missing"),
            where("(a + b) is missing", "a + b is missing"),
            where("(x is missing) == true"),
            where("not x is missing"),
            // literals
            where("andel >= 90%"),
            where("andel >= 12.5%"),
            where("x == 1e5"),
            where("x == 1.50"),
            where("x == 2.5E-3"),
            where("flag == true or other == false"),
            where("namn == \"säger \\\"hej\\\" \\\\ slut\""),
            where("namn == \"rad\\nny\\ttab\""),
            where("namn == \"\""),
            where("namn == \"a\\qb\"", "namn == \"aqb\""),
            // Swedish names, and names that are keywords elsewhere
            where("kön == \"Kvinnor\" and åldersgrupp in (\"0-4\", \"5-9\")"),
            where("rate > 1 and year == 2020 and count > 0 and sum < 3"),
            where("target >= 1 and numerator > denominator and population > 0"),
            where("percent == 1 or measure == 2 or unit == 3 or source == \"x\""),
            where("count(x) > 0 and year(datum) == 2020"),
            // calls
            where("amenable(cause)"),
            where("icd(orsak, \"I20-I25, K35\")"),
            where("days_between(a, b + 1) > 30"),
            where("f(a or b, not c)"),
            where("f()"));

    private static final List<Case> STATEMENTS = List.of(
            same("set language sv"),
            same("set confidence 95%, 99.8%"),
            same("set confidence 90%"),
            same("set suppress below 5"),
            same("set suppress none"),
            new Case("set suppress below 0", "set suppress none"),
            same("set adjust holm"),
            same("set adjust none"),
            same("data d = read \"data/d.csv\""),
            same("data e = scan \"events/*.parquet\""),
            same("data scan = scan \"e.parquet\""),
            same("connection reg = jdbc \"jdbc:postgresql://db/register\" user \"reader\" password env \"REG_PASSWORD\""),
            same("connection table = jdbc \"jdbc:duckdb:\""),
            same("connection lake = duckdb \"register.duckdb\""),
            same("data e = scan \"events/*.parquet\" on lake"),
            same("set engine memory \"4GB\""),
            same("connection cluster = spark \"spark://master:7077\""),
            same("data memory = scan \"m.parquet\" on engine"),
            same("data user = table \"vard.besok\" from reg"),
            same("data d = read \"d.csv\" separator \";\" decimal \",\" encoding \"latin1\" missing \"NA\", \"\""),
            new Case("data d = read \"d.csv\" missing \"NA\" encoding \"utf-8\"  separator \"\\t\" missing \".\"",
                    "data d = read \"d.csv\" separator \"\\t\" encoding \"utf-8\" missing \"NA\", \".\""),
            same("data b = read \"b.xlsx\" sheet \"Besök 2023\" range \"B3:F200\" header 2"),
            same("data b = read \"b.xlsx\" sheet 2"),
            same("data b = read \"b.csv\" thousands \" \" rename \"Antal besök\" as besok, \"Inom 90 dagar\" as `inom 90`"),
            new Case("data b = read \"b.csv\" rename region as `show`, `Antal besök` as n",
                    "data b = read \"b.csv\" rename \"region\" as `show`, \"Antal besök\" as n"),
            new Case("show `Andel inom 90` by `Region kod`, `2023` where `Antal besök` > 0 and `år`(x) == 1 to \"t.xlsx\"",
                    "show `Andel inom 90` by `Region kod`, `2023` where `Antal besök` > 0 and år(x) == 1 to \"t.xlsx\""),
            same("compare a across region within kön reference \"riket\" to \"c.json\""),
            same("trend a over år by region to \"t.parquet\""),
            same("rank a by region to \"r.csv\""),
            same("relate a by region to d on x, y to \"r.csv\""),
            same("profile region \"Skåne\" on a, b by kön where år == 2023 to \"p.xlsx\""),
            same("quality d by region to \"q.csv\""),
            same("list nordic = \"DK\", \"FI\", \"IS\", \"NO\""),
            same("list codes = 1, 2, 3"),
            same("breakdown age5 = band(age, 0 to 90 step 5)"),
            same("breakdown temp = band(t, -10 to 10 step 2.5)"),
            same("breakdown region = region_name"),
            same("breakdown year = year"),
            new Case("breakdown utb = case utbildning when 1, 2 then \"Låg\" when missing then missing else \"Övrig\"",
                    "breakdown utb = case utbildning\n"
                            + "    when 1, 2 then \"Låg\"\n"
                            + "    when missing then missing\n"
                            + "    else \"Övrig\""),
            new Case("breakdown ålder = case when age < 18 then \"barn\" when age >= 18 and age < 65 then \"vuxen\" else missing",
                    "breakdown ålder = case\n"
                            + "    when age < 18 then \"barn\"\n"
                            + "    when age >= 18 and age < 65 then \"vuxen\"\n"
                            + "    else missing"),
            new Case("breakdown s = case kod when \"a\" then \"A\"", "breakdown s = case kod\n    when \"a\" then \"A\""),
            same("standardisation esp = direct by age5 × sex weights esp2013"),
            new Case("standardisation esp = direct by age5 * sex weights esp2013",
                    "standardisation esp = direct by age5 × sex weights esp2013"),
            same("standardisation own = direct by age5 weights population of cohort"),
            same("standardisation own = direct by age5 weights population of births"),
            same("standardisation smr = indirect by age5 reference national"),
            same("standardisation smr = indirect by age5 × sex reference rates"),
            same("standardisation smr = indirect by age5 reference rates events deaths population persons"),
            new Case("indicator tears \"Bristningar\" { cohort births where parity == 1 numerator tear_degree >= 3 "
                    + "measure percent ci wilson 95%, 99.8% polarity lower target <= 3% suppress when numerator < 10 "
                    + "or denominator < 30 title \"T\" description \"D\" source \"S\" area \"A\" unit \"U\" version \"2\" "
                    + "status \"draft\" dimension \"Säker vård\" }",
                    "indicator tears \"Bristningar\" {\n"
                            + "    cohort births where parity == 1\n"
                            + "    numerator tear_degree >= 3\n"
                            + "    measure percent\n"
                            + "    ci wilson 95%, 99.8%\n"
                            + "    polarity lower\n"
                            + "    target <= 3%\n"
                            + "    suppress when numerator < 10 or denominator < 30\n"
                            + "    title \"T\"\n"
                            + "    description \"D\"\n"
                            + "    source \"S\"\n"
                            + "    area \"A\"\n"
                            + "    unit \"U\"\n"
                            + "    version \"2\"\n"
                            + "    status \"draft\"\n"
                            + "    dimension \"Säker vård\"\n"
                            + "}"),
            new Case("indicator amenable {\n numerator count(*) from deaths where amenable(cause) and age between 35 and 79\n"
                    + " denominator sum(persons) from population\n measure rate per 100000\n standardise esp\n"
                    + " ci dobson\n polarity higher\n suppress below 5\n target 10\n}",
                    "indicator amenable {\n"
                            + "    numerator count(*) from deaths where amenable(cause) and age between 35 and 79\n"
                            + "    denominator sum(persons) from population\n"
                            + "    measure rate per 100000\n"
                            + "    standardise esp\n"
                            + "    ci dobson\n"
                            + "    polarity higher\n"
                            + "    suppress below 5\n"
                            + "    target 10\n"
                            + "}"),
            new Case("indicator r { numerator count(*) from d denominator count(*) from p where x > 0 "
                    + "standardise direct by age5 × sex weights esp2013 measure ratio per 100 "
                    + "frequencies f1, f2, f3 ci dobson-non-independent suppress none target < -5 polarity none }",
                    "indicator r {\n"
                            + "    numerator count(*) from d\n"
                            + "    denominator count(*) from p where x > 0\n"
                            + "    standardise direct by age5 × sex weights esp2013\n"
                            + "    measure ratio per 100\n"
                            + "    frequencies f1, f2, f3\n"
                            + "    ci dobson-non-independent\n"
                            + "    suppress none\n"
                            + "    target < -5\n"
                            + "    polarity none\n"
                            + "}"),
            new Case("indicator m \"Mean\" { cohort d denominator age >= 75 measure mean of hba1c; measure median of wait; "
                    + "measure count; measure proportion; measure ratio; measure percent }",
                    "indicator m \"Mean\" {\n"
                            + "    cohort d\n"
                            + "    denominator age >= 75\n"
                            + "    measure mean of hba1c\n"
                            + "    measure median of wait\n"
                            + "    measure count\n"
                            + "    measure proportion\n"
                            + "    measure ratio\n"
                            + "    measure percent\n"
                            + "}"),
            new Case("indicator w { cohort survey numerator satisfied == 1 measure percent weight `vikt 2` "
                    + "measure percentile 90 of wait; measure percentile 2.5 of weight; weight weight }",
                    "indicator w {\n"
                            + "    cohort survey\n"
                            + "    numerator satisfied == 1\n"
                            + "    measure percent\n"
                            + "    weight `vikt 2`\n"
                            + "    measure percentile 90 of wait\n"
                            + "    measure percentile 2.5 of weight\n"
                            + "    weight weight\n"
                            + "}"),
            new Case("indicator s { cohort cancer measure relative survival at 5 years "
                    + "survival table lifetable, sex sex, age age_at_diagnosis, death status == 1, exit exit_date, "
                    + "entry diagnosis_date, q q_annual }",
                    "indicator s {\n"
                            + "    cohort cancer\n"
                            + "    measure relative survival at 5 years\n"
                            + "    survival entry diagnosis_date, exit exit_date, death status == 1, age age_at_diagnosis, "
                            + "sex sex, table lifetable, q q_annual\n"
                            + "}"),
            new Case("indicator le { numerator count(*) from deaths denominator sum(persons) from population "
                    + "measure life expectancy at 0 by `ålder 5` standardise direct by age5 × sex weights population of country }",
                    "indicator le {\n"
                            + "    numerator count(*) from deaths\n"
                            + "    denominator sum(persons) from population\n"
                            + "    measure life expectancy at 0 by `ålder 5`\n"
                            + "    standardise direct by age5 × sex weights population of country\n"
                            + "}"),
            same("breakdown life = band(expectancy, 0 to 90 step 5)"),
            same("breakdown treår = year rolling 3"),
            same("standardisation y2023 = direct by age5 × sex weights population of population where year == 2023"),
            new Case("breakdown `tre år` = `rolling` rolling 2", "breakdown `tre år` = rolling rolling 2"),
            same("trend a over year rolling 3 by region"),
            new Case("indicator kvot \"K/M\" { ratio of a where kön == \"K\" and år >= 2020 to a where kön == \"M\" polarity lower }",
                    "indicator kvot \"K/M\" {\n"
                            + "    ratio of a where kön == \"K\" and år >= 2020 to a where kön == \"M\"\n"
                            + "    polarity lower\n"
                            + "}"),
            new Case("indicator d { difference of a where år == 2023 from b }",
                    "indicator d {\n    difference of a where år == 2023 from b\n}"),
            new Case("indicator e {}", "indicator e {\n}"),
            same("show amenable"),
            same("show op90, amenable by region, kön where year == 2023"),
            same("show x where not (a or b)"),
            same("export amenable by region where x > 1 to \"out/amenable.csv\""),
            same("export amenable to \"a.csv\""),
            same("compare tears across born within region reference \"Sverige\""),
            same("compare tears across born"),
            same("use stdlib.jamlik from \"data/registers\""),
            same("use stdlib.jamlik"),
            same("quality births by region, year"),
            same("quality births"),
            same("java { int x = 1; }"),
            new Case("java\n{\n    static boolean f(String s) {\n        return s.isEmpty();\n    }\n}",
                    "java {\n    static boolean f(String s) {\n        return s.isEmpty();\n    }\n}"),
            same("plot amenable by region where x > 1 as ranked sorted"),
            same("plot amenable"),
            same("plot amenable by year as grouped"),
            same("plot share by year, region as trend"),
            same("plot op90 by region as funnel"),
            same("profile region \"Skåne\" on op90, amenable by kön"),
            same("plot profile region \"Skåne\" on op90"),
            same("plot heat region on op90, amenable, tears"),
            same("profile region \"Skåne\" on op90, amenable by kön where year == 2023"),
            same("plot heat region on op90, amenable where year == 2023 and age >= 65"),
            same("set cache off"),
            same("set cache on"),
            same("set csv formulas allowed"),
            same("set csv formulas neutralised"),
            same("set csv format swedish"),
            same("set csv format standard"),
            same("set columns counts"),
            same("show amenable by region where year == 2023 to \"a.csv\" columns value, lower_95, numerator"),
            new Case("rank amenable by region columns value,rank", "rank amenable by region columns value, `rank`"),
            same("compare tears across born columns all"),
            new Case("trend amenable over year by kön columns value, trend", "trend amenable over year by kön columns value, `trend`"),
            same("quality births by region columns compact"),
            same("relate timely by unit_id to units on staff_density columns estimate"),
            same("profile region \"Skåne\" on op90 columns value, national"),
            same("catalogue to \"c.json\" columns name, measure"),
            same("catalogue columns name"),
            same("set chart size 1600x900"),
            same("set chart dpi 300"),
            same("relate timely by unit_id to units on staff_density, patients_per_doctor"),
            same("inequality amenable across utbildning"),
            same("inequality amenable across utbildning by kön, region confidence 95%, 99.8% type sii transform "
                    + "multiplier -1 repetitions 1000 seed 42 where x > 0"),
            same("inequality of Value from sii across Quantile population Population se StandardError"),
            same("trend amenable over year by kön"),
            same("trend amenable over year"),
            same("funnel tears by region"),
            same("funnel tears by region limits lower, upper at 99.8% dispersion additive to \"f.csv\" limits to "
                    + "\"limits.csv\" per 1000 as proportion count n rate r dsr d years 5 multiplier 100"),
            same("funnel proportion of num / den from units"),
            same("funnel rate of events from units rate r"),
            same("funnel ratio of observed / expected from units where expected > 0"),
            same("rank amenable by region"),
            same("catalogue"),
            new Case("catalog", "catalogue"),
            same("catalogue to \"indicators.json\""),
            same("import \"lib/indicators.ind\""),
            same("unit region, vårdenhet"),
            new Case("units region", "unit region"),
            same("#' Some **prose** with `code`"),
            same("#'"),
            new Case("#'no space", "#' no space"),
            same("#'  two spaces"),
            new Case("show a; show b ;", "show a\nshow b"),
            new Case("show a # a comment\n#' prose", "show a\n\n#' prose"));

    @TestFactory
    Stream<DynamicTest> expressions() {
        return EXPRESSIONS.stream().map(c -> DynamicTest.dynamicTest(c.source(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> statements() {
        return STATEMENTS.stream().map(c -> DynamicTest.dynamicTest(c.source(), () -> check(c)));
    }

    /** The source reads without errors, is written in canonical form, which reads as the same tree and is written alike. */
    private static void check(Case c) {
        Program source = parse(c.source());
        String written = Unparser.program(source);
        assertEquals(c.canonical() + "\n", written);
        Program again = parse(written);
        assertEquals(source.statements(), again.statements());
        assertEquals(written, Unparser.program(again));
    }

    private static Program parse(String text) {
        Parser.Parsed p = Parser.parse(new SourceFile("case.ind", text));
        assertFalse(p.diagnostics().hasErrors(), () -> DiagnosticPrinter.formatAll(p.diagnostics().all()));
        assertFalse(p.program().statements().isEmpty(), "no statement in: " + text);
        return p.program();
    }

    private static Expr condition(String text) {
        return ((Stmt.Show) parse("show x where " + text).statements().get(0)).where();
    }

    @Test
    void everyStatementKindIsAmongTheCases() {
        List<String> seen = new ArrayList<>();
        STATEMENTS.forEach(c -> parse(c.source()).statements().forEach(s -> seen.add(s.getClass().getSimpleName())));
        for (Class<?> kind : Stmt.class.getPermittedSubclasses()) {
            assertTrue(seen.contains(kind.getSimpleName()), "no case for " + kind.getSimpleName());
        }
        List<String> clauses = new ArrayList<>();
        STATEMENTS.forEach(c -> parse(c.source()).statements().stream().filter(s -> s instanceof Stmt.Indicator)
                .forEach(s -> ((Stmt.Indicator) s).clauses().forEach(cl -> clauses.add(cl.getClass().getSimpleName()))));
        for (Class<?> kind : Clause.class.getPermittedSubclasses()) {
            assertTrue(clauses.contains(kind.getSimpleName()), "no case for clause " + kind.getSimpleName());
        }
        for (AnalysisOption.Kind kind : AnalysisOption.Kind.values()) {
            assertTrue(STATEMENTS.stream().anyMatch(c -> parse(c.source()).statements().stream()
                    .anyMatch(s -> options(s).stream().anyMatch(o -> o.kind() == kind))), "no case for option " + kind);
        }
    }

    private static List<AnalysisOption> options(Stmt s) {
        if (s instanceof Stmt.Inequality i) {
            return i.options();
        } else if (s instanceof Stmt.InequalityOfValues i) {
            return i.options();
        } else if (s instanceof Stmt.Funnel f) {
            return f.options();
        } else if (s instanceof Stmt.FunnelOfValues f) {
            return f.options();
        }
        return List.of();
    }

    @Test
    void treesMadeInCode() {
        Expr a = new Expr.ColumnRef("a", AT);
        Expr b = new Expr.ColumnRef("b", AT);
        Expr c = new Expr.ColumnRef("c", AT);
        assertEquals("a - (b - c)", Unparser.expr(new Expr.Binary(Expr.BinaryOp.SUB, a,
                new Expr.Binary(Expr.BinaryOp.SUB, b, c, AT), AT)));
        assertEquals("not (a or b) and c", Unparser.expr(new Expr.Logical(Expr.LogicalOp.AND, List.of(
                new Expr.Not(new Expr.Logical(Expr.LogicalOp.OR, List.of(a, b), AT), AT), c), AT)));
        // numbers without their written text: as the value, a percentage with %
        assertEquals("x >= 90%", Unparser.expr(new Expr.Binary(Expr.BinaryOp.GE, new Expr.ColumnRef("x", AT),
                new Expr.NumberLit(0.9, true, null, AT), AT)));
        assertEquals("x * -2.5", Unparser.expr(new Expr.Binary(Expr.BinaryOp.MUL, new Expr.ColumnRef("x", AT),
                new Expr.NumberLit(-2.5, false, null, AT), AT)));
        assertEquals(condition("x * -2.5"), condition(Unparser.expr(new Expr.Binary(Expr.BinaryOp.MUL,
                new Expr.ColumnRef("x", AT), new Expr.NumberLit(-2.5, false, "-2.5", AT), AT))));
        Stmt show = new Stmt.Show(List.of(new Name("rate", AT)), List.of(new Name("kön", AT)),
                new Expr.In(new Expr.ColumnRef("land", AT), List.of(), "nordic", AT, true, AT), null, null, AT);
        assertEquals("show rate by kön where land not in nordic", Unparser.statement(show));
        assertEquals(List.of(show), parse(Unparser.statement(show)).statements());
    }

    @Test
    void stringsAreQuotedWithEscapes() {
        assertEquals("\"plain\"", Unparser.quote("plain"));
        assertEquals("\"a \\\"b\\\" c\"", Unparser.quote("a \"b\" c"));
        assertEquals("\"C:\\\\data\"", Unparser.quote("C:\\data"));
        assertEquals("\"1\\n2\\t3\"", Unparser.quote("1\n2\t3"));
        assertEquals("\"Örebro län\"", Unparser.quote("Örebro län"));
        for (String s : List.of("a \"b\" c", "C:\\data\\", "1\n2\t3", "\\\"", "")) {
            Expr e = condition("x == " + Unparser.quote(s));
            assertEquals(s, ((Expr.StringLit) ((Expr.Binary) e).right()).value());
        }
        assertThrows(IllegalArgumentException.class, () -> Unparser.quote("a\rb"));
    }

    @Test
    void levelsAreWrittenAsTheirShortestPercentages() {
        assertEquals("95", Numbers.percent(0.95));
        assertEquals("99.8", Numbers.percent(99.8 / 100.0));
        assertEquals("0.1", Numbers.percent(0.1 / 100.0));
        assertEquals("100", Numbers.percent(1));
        assertEquals("12.345", Numbers.percent(12.345 / 100.0));
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String written = Numbers.plain(Math.round(r.nextDouble() * 1_000_000) / 10_000.0);
            double fraction = Double.parseDouble(written) / 100.0;
            assertEquals(fraction, Double.parseDouble(Numbers.percent(fraction)) / 100.0, written);
            assertTrue(Numbers.percent(fraction).length() <= written.length(), written + " → " + Numbers.percent(fraction));
        }
    }

    @Test
    void randomExpressionsReadBackAsTheSameTree() {
        Random r = new Random(20240601);
        for (int i = 0; i < 3000; i++) {
            Expr e = RandomExprs.any(r, 5);
            String text = Unparser.expr(e);
            assertEquals(e, condition(text), text);
            assertEquals(text, Unparser.expr(condition(text)));
        }
    }
}
