package se.indikator.runtime.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a syntax tree back as source text that the parser reads as an equal tree (spans aside), in
 * one canonical form: keywords in one spelling ({@code catalogue}, {@code unit}, {@code ×} between
 * strata, {@code !=}), one space between words, a statement per line, an indicator's clauses one per
 * line indented four spaces, a {@code case}'s arms likewise, expressions with only the parentheses
 * their grouping needs, strings re-quoted with escapes, numbers in expressions and targets as they were
 * written ({@code 90%}, {@code 1e5}, {@code 1.50}), other numbers plainly ({@code rate per 100000}),
 * confidence levels as their shortest percentages ({@code 99.8%}), read options in a fixed order and
 * {@code suppress when numerator < N} as {@code suppress below N}. Comments are not in the tree and
 * are not written; prose lines are, with an empty line before prose that follows a statement.
 *
 * <p>Names are written as they are when they are identifiers, and in backquotes otherwise
 * ({@link Identifiers}: {@code `Antal besök`}, a reserved word such as {@code `show`}). A string holding a
 * carriage return cannot be written in the language and is refused.
 */
public final class Unparser {
    private static final String INDENT = "    ";
    private static final List<String> READ_OPTIONS = List.of("separator", "decimal", "encoding", "thousands", "sheet",
            "sheet number", "range", "header");
    /** Read options whose values are numbers, written without quotes. */
    private static final List<String> NUMERIC_OPTIONS = List.of("sheet number", "header");
    private static final List<String> COMPARATORS = List.of("==", "!=", "<>", "<=", ">=", "<", ">");

    private Unparser() {
    }

    /**
     * The whole program: its statements and prose lines in order, each ending with a line break, and an
     * empty line where prose follows a statement.
     */
    public static String program(Program p) {
        StringBuilder sb = new StringBuilder();
        boolean afterStatement = false;
        for (Stmt s : p.statements()) {
            boolean prose = s instanceof Stmt.Prose;
            if (prose && afterStatement) {
                sb.append('\n');
            }
            sb.append(statement(s)).append('\n');
            afterStatement = !prose;
        }
        return sb.toString();
    }

    /** One statement, without a final line break; {@code indicator}, {@code case} and Java cells take several lines. */
    public static String statement(Stmt s) {
        return s.accept(STATEMENTS);
    }

    /** One clause of an indicator, e.g. {@code measure rate per 100000}. */
    public static String clause(Clause c) {
        return c.accept(CLAUSES);
    }

    /** An expression with the parentheses its grouping needs and no more. */
    public static String expr(Expr e) {
        return ExprUnparser.INSTANCE.write(e);
    }

    /** The right-hand side of a {@code breakdown}; a {@code case} has one arm a line. */
    public static String breakdown(BreakdownExpr b) {
        return b.accept(BREAKDOWNS);
    }

    /** A standardisation rule, e.g. {@code direct by age5 × sex weights esp2013}. */
    public static String standardisation(StandardisationSpec s) {
        String by = s.strata().stream().map(Name::written).collect(Collectors.joining(" × "));
        if (s.method() == StandardisationSpec.Method.DIRECT) {
            return "direct by " + by + " weights " + (s.internal() ? "population of " : "") + s.standard().written()
                    + (s.standardWhere() == null ? "" : " where " + expr(s.standardWhere()));
        }
        if (s.standard() == null) {
            return "indirect by " + by + " reference national";
        }
        String table = "indirect by " + by + " reference " + s.standard().written();
        if (s.eventsColumn() != null && s.populationColumn() != null) {
            table += " events " + s.eventsColumn().written() + " population " + s.populationColumn().written();
        }
        return table;
    }

    /** A measure, e.g. {@code rate per 100000} or {@code relative survival at 5 years}. */
    public static String measure(Measure m) {
        return m.describe();
    }

    /** An aggregate with its source and condition, e.g. {@code count(*) from deaths where age < 75}. */
    public static String aggregate(Aggregate a) {
        return a.describe() + where(a.where());
    }

    /** A disclosure rule, e.g. {@code numerator < 10}. */
    public static String suppressRule(SuppressRule r) {
        return r.describe();
    }

    /** An option of an equity analysis, e.g. {@code confidence 95%, 99.8%} or {@code limits to "limits.csv"}. */
    public static String option(AnalysisOption o) {
        String k = o.kind().keyword();
        return switch (o.kind()) {
            case BY -> k + " " + names(o.names());
            case LIMITS -> k + " " + names(o.names()) + (o.numbers().isEmpty() ? "" : " at " + level(o.number()));
            case POPULATION, SE, COUNT, TYPE, AS, RATE, DSR, DISPERSION -> k + " " + o.name().written();
            case TRANSFORM -> k;
            case MULTIPLIER, REPETITIONS, SEED, PER, YEARS -> k + " " + Numbers.plain(o.number());
            case CONFIDENCE -> k + " " + levels(o.numbers());
            case LIMITS_TO, TO -> k + " " + quote(o.text());
            case WHERE -> k + " " + expr(o.condition());
        };
    }

    /**
     * A string in double quotes, with {@code \\}, {@code "}, line feeds and tabs escaped.
     *
     * @throws IllegalArgumentException if the string holds a carriage return, which has no escape
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> throw new IllegalArgumentException("a carriage return cannot be written in a string: "
                        + s.replace("\r", "\\r"));
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String where(Expr condition) {
        return condition == null ? "" : " where " + expr(condition);
    }

    private static String columns(Columns c) {
        return c == null ? "" : " columns " + names(c.names());
    }

    private static String to(Target to) {
        return to == null ? "" : " to " + quote(to.path());
    }

    private static String names(List<Name> names) {
        return names.stream().map(Name::written).collect(Collectors.joining(", "));
    }

    private static String by(List<Name> by) {
        return by.isEmpty() ? "" : " by " + names(by);
    }

    private static String level(double fraction) {
        return Numbers.percent(fraction) + "%";
    }

    private static String levels(List<Double> fractions) {
        return fractions.stream().map(Unparser::level).collect(Collectors.joining(", "));
    }

    private static String options(List<AnalysisOption> options) {
        return options.stream().map(o -> " " + option(o)).collect(Collectors.joining());
    }

    private static String label(BreakdownExpr.Label l) {
        return l.missing() ? "missing" : quote(l.text());
    }

    private static <T> String joined(List<T> items, Function<T, String> write) {
        return items.stream().map(write).collect(Collectors.joining(", "));
    }

    private static final StmtVisitor<String> STATEMENTS = new StmtVisitor<>() {
        @Override
        public String visitSetLanguage(Stmt.SetLanguage s) {
            return "set language " + s.language().text();
        }

        @Override
        public String visitSetConfidence(Stmt.SetConfidence s) {
            return "set confidence " + levels(s.levels());
        }

        @Override
        public String visitSetSuppress(Stmt.SetSuppress s) {
            return s.below() == 0 ? "set suppress none" : "set suppress below " + Numbers.plain(s.below());
        }

        @Override
        public String visitSetAdjust(Stmt.SetAdjust s) {
            return "set adjust " + s.method().text();
        }

        @Override
        public String visitSetCache(Stmt.SetCache s) {
            return "set cache " + s.value().text();
        }

        @Override
        public String visitSetCsvFormulas(Stmt.SetCsvFormulas s) {
            return "set csv formulas " + s.value().text();
        }

        @Override
        public String visitSetCsvFormat(Stmt.SetCsvFormat s) {
            return "set csv format " + s.value().text();
        }

        @Override
        public String visitSetColumns(Stmt.SetColumns s) {
            return "set columns " + s.value().text();
        }

        @Override
        public String visitSetChart(Stmt.SetChart s) {
            return "set chart " + s.setting().text() + " " + s.value();
        }

        @Override
        public String visitScan(Stmt.Scan s) {
            return "data " + s.name().written() + " = scan " + quote(s.path())
                    + (s.connection() == null ? "" : " on " + s.connection().written());
        }

        @Override
        public String visitConnection(Stmt.Connection s) {
            return "connection " + s.name().written() + " = " + s.kind() + " " + quote(s.url())
                    + (s.user() == null ? "" : " user " + quote(s.user()))
                    + (s.passwordVariable() == null ? "" : " password env " + quote(s.passwordVariable()));
        }

        @Override
        public String visitSetEngineMemory(Stmt.SetEngineMemory s) {
            return "set engine memory " + quote(s.size());
        }

        @Override
        public String visitTable(Stmt.Table s) {
            return "data " + s.name().written() + " = table " + quote(s.table()) + " from " + s.connection().written();
        }

        @Override
        public String visitData(Stmt.Data s) {
            StringBuilder sb = new StringBuilder("data ").append(s.name().written()).append(" = read ").append(quote(s.path()));
            List<String> keys = new ArrayList<>(READ_OPTIONS);
            s.options().keySet().stream().filter(k -> !READ_OPTIONS.contains(k)).sorted().forEach(keys::add);
            for (String key : keys) {
                String value = s.options().get(key);
                if (value != null) {
                    sb.append(' ').append(key.equals("sheet number") ? "sheet" : key).append(' ')
                            .append(NUMERIC_OPTIONS.contains(key) ? value : quote(value));
                }
            }
            if (!s.missingMarkers().isEmpty()) {
                sb.append(" missing ").append(joined(s.missingMarkers(), Unparser::quote));
            }
            if (!s.renames().isEmpty()) {
                sb.append(" rename ").append(joined(s.renames(), r -> quote(r.header()) + " as " + r.name().written()));
            }
            return sb.toString();
        }

        @Override
        public String visitListDecl(Stmt.ListDecl s) {
            return "list " + s.name().written() + " = " + ExprUnparser.INSTANCE.literals(s.values());
        }

        @Override
        public String visitBreakdown(Stmt.Breakdown s) {
            return "breakdown " + s.name().written() + " = " + breakdown(s.definition());
        }

        @Override
        public String visitStandardisation(Stmt.Standardisation s) {
            return "standardisation " + s.name().written() + " = " + standardisation(s.spec());
        }

        @Override
        public String visitIndicator(Stmt.Indicator s) {
            StringBuilder sb = new StringBuilder("indicator ").append(s.name().written());
            if (s.title() != null) {
                sb.append(' ').append(quote(s.title()));
            }
            sb.append(" {\n");
            for (Clause c : s.clauses()) {
                sb.append(INDENT).append(clause(c)).append('\n');
            }
            return sb.append('}').toString();
        }

        @Override
        public String visitShow(Stmt.Show s) {
            return "show " + names(s.indicators()) + by(s.by()) + where(s.where()) + to(s.to()) + columns(s.columns());
        }

        @Override
        public String visitExport(Stmt.Export s) {
            return "export " + s.indicator().written() + by(s.by()) + where(s.where()) + " to " + quote(s.path());
        }

        @Override
        public String visitCompare(Stmt.Compare s) {
            return "compare " + s.indicator().written() + " across " + s.across().written()
                    + (s.within() == null ? "" : " within " + s.within().written())
                    + (s.reference() == null ? "" : " reference " + quote(s.reference())) + to(s.to()) + columns(s.columns());
        }

        @Override
        public String visitUse(Stmt.Use s) {
            return "use " + s.library() + (s.from() == null ? "" : " from " + quote(s.from()));
        }

        @Override
        public String visitQuality(Stmt.Quality s) {
            return "quality " + s.data().written() + by(s.by()) + to(s.to()) + columns(s.columns());
        }

        @Override
        public String visitJavaCell(Stmt.JavaCell s) {
            return "java {" + s.code() + "}";
        }

        @Override
        public String visitPlot(Stmt.Plot s) {
            return "plot " + s.indicator().written() + by(s.by()) + where(s.where())
                    + (s.kind() == null ? "" : " as " + s.kind().text()) + (s.sorted() ? " sorted" : "");
        }

        @Override
        public String visitProfile(Stmt.Profile s) {
            return (s.plot() ? "plot profile " : "profile ") + s.breakdown().written() + " " + quote(s.value()) + " on "
                    + names(s.indicators()) + (s.by() == null ? "" : " by " + s.by().written())
                    + (s.where() == null ? "" : " where " + expr(s.where())) + to(s.to()) + columns(s.columns());
        }

        @Override
        public String visitHeat(Stmt.Heat s) {
            return "plot heat " + s.breakdown().written() + " on " + names(s.indicators())
                    + (s.where() == null ? "" : " where " + expr(s.where()));
        }

        @Override
        public String visitRelate(Stmt.Relate s) {
            return "relate " + s.indicator().written() + " by " + s.key().written() + " to " + s.data().written() + " on "
                    + names(s.factors()) + to(s.to()) + columns(s.columns());
        }

        @Override
        public String visitInequality(Stmt.Inequality s) {
            return "inequality " + s.indicator().written() + " across " + s.across().written() + options(s.options());
        }

        @Override
        public String visitInequalityOfValues(Stmt.InequalityOfValues s) {
            return "inequality of " + s.value().text() + " from " + s.data().written() + " across " + s.across().written()
                    + options(s.options());
        }

        @Override
        public String visitTrend(Stmt.Trend s) {
            return "trend " + s.indicator().written() + " over " + s.time().written()
                    + (s.rolling() == 0 ? "" : " rolling " + Numbers.plain(s.rolling()))
                    + (s.by() == null ? "" : " by " + s.by().written()) + to(s.to()) + columns(s.columns());
        }

        @Override
        public String visitFunnel(Stmt.Funnel s) {
            return "funnel " + s.indicator().written() + " by " + s.by().written() + options(s.options());
        }

        @Override
        public String visitFunnelOfValues(Stmt.FunnelOfValues s) {
            return "funnel " + s.statistic() + " of " + s.numerator().written()
                    + (s.denominator() == null ? "" : " / " + s.denominator().written()) + " from " + s.data().written()
                    + options(s.options());
        }

        @Override
        public String visitRank(Stmt.Rank s) {
            return "rank " + s.indicator().written() + " by " + s.by().written() + to(s.to()) + columns(s.columns());
        }

        @Override
        public String visitCatalogue(Stmt.Catalogue s) {
            return "catalogue" + (s.path() == null ? "" : " to " + quote(s.path())) + columns(s.columns());
        }

        @Override
        public String visitImport(Stmt.Import s) {
            return "import " + quote(s.path());
        }

        @Override
        public String visitUnit(Stmt.Unit s) {
            return "unit " + names(s.names());
        }

        @Override
        public String visitProse(Stmt.Prose s) {
            if (s.markdown().isEmpty()) {
                return "#'";
            }
            return s.markdown().lines().map(line -> line.isEmpty() ? "#'" : "#' " + line)
                    .collect(Collectors.joining("\n"));
        }
    };

    private static final ClauseVisitor<String> CLAUSES = new ClauseVisitor<>() {
        @Override
        public String visitCohort(Clause.Cohort c) {
            return "cohort " + c.source().written() + where(c.where());
        }

        @Override
        public String visitNumeratorCondition(Clause.NumeratorCondition c) {
            return "numerator " + expr(c.condition());
        }

        @Override
        public String visitNumeratorAggregate(Clause.NumeratorAggregate c) {
            return "numerator " + aggregate(c.aggregate());
        }

        @Override
        public String visitDenominatorCondition(Clause.DenominatorCondition c) {
            return "denominator " + expr(c.condition());
        }

        @Override
        public String visitDenominatorAggregate(Clause.DenominatorAggregate c) {
            return "denominator " + aggregate(c.aggregate());
        }

        @Override
        public String visitMeasureClause(Clause.MeasureClause c) {
            return "measure " + measure(c.measure());
        }

        @Override
        public String visitStandardise(Clause.Standardise c) {
            return "standardise " + (c.named() != null ? c.named().written() : standardisation(c.inline()));
        }

        @Override
        public String visitCi(Clause.Ci c) {
            return "ci " + c.method().text() + (c.levels().isEmpty() ? "" : " " + levels(c.levels()));
        }

        @Override
        public String visitFrequencies(Clause.Frequencies c) {
            return "frequencies " + names(c.columns());
        }

        @Override
        public String visitWeight(Clause.Weight c) {
            return "weight " + c.column().written();
        }

        @Override
        public String visitDerived(Clause.Derived c) {
            return (c.ratio() ? "ratio of " : "difference of ") + c.left().written()
                    + (c.leftWhere() == null ? "" : " where " + expr(c.leftWhere())) + (c.ratio() ? " to " : " from ")
                    + c.right().written() + (c.rightWhere() == null ? "" : " where " + expr(c.rightWhere()));
        }

        @Override
        public String visitSurvival(Clause.Survival c) {
            List<String> keys = new ArrayList<>();
            Clause.Survival.ITEMS.stream().filter(c.items()::containsKey).forEach(keys::add);
            c.items().keySet().stream().filter(k -> !Clause.Survival.ITEMS.contains(k)).sorted().forEach(keys::add);
            return "survival " + joined(keys, k -> k + " " + expr(c.items().get(k)));
        }

        @Override
        public String visitPolarityClause(Clause.PolarityClause c) {
            return "polarity " + c.polarity().keyword();
        }

        @Override
        public String visitTarget(Clause.Target c) {
            String text = c.text();
            if (text == null) {
                return "target " + c.comparator().symbol + " "
                        + (c.percent() ? level(c.value()) : Numbers.plain(c.value()));
            }
            for (String op : COMPARATORS) {
                if (text.startsWith(op)) {
                    return "target " + op + " " + text.substring(op.length());
                }
            }
            return "target " + text;
        }

        @Override
        public String visitSuppress(Clause.Suppress c) {
            if (c.none() || c.rules().isEmpty()) {
                return "suppress none";
            }
            if (c.rules().size() == 1 && c.rules().get(0).subject() == SuppressRule.Subject.NUMERATOR
                    && c.rules().get(0).comparator() == Expr.BinaryOp.LT) {
                return "suppress below " + Numbers.plain(c.rules().get(0).threshold());
            }
            return "suppress when " + c.rules().stream().map(Unparser::suppressRule).collect(Collectors.joining(" or "));
        }

        @Override
        public String visitMeta(Clause.Meta c) {
            return c.key() + " " + quote(c.value());
        }
    };

    private static final BreakdownExprVisitor<String> BREAKDOWNS = new BreakdownExprVisitor<>() {
        @Override
        public String visitBand(BreakdownExpr.Band b) {
            return "band(" + Identifiers.written(b.column()) + ", " + Numbers.plain(b.from()) + " to " + Numbers.plain(b.to()) + " step "
                    + Numbers.plain(b.step()) + ")";
        }

        @Override
        public String visitCase(BreakdownExpr.Case c) {
            StringBuilder sb = new StringBuilder("case");
            if (c.subject() != null) {
                sb.append(' ').append(expr(c.subject()));
            }
            for (BreakdownExpr.When w : c.whens()) {
                sb.append('\n').append(INDENT).append("when ")
                        .append(w.whenMissing() ? "missing" : joined(w.conditions(), Unparser::expr))
                        .append(" then ").append(label(w.result()));
            }
            if (c.otherwise() != null) {
                sb.append('\n').append(INDENT).append("else ").append(label(c.otherwise()));
            }
            return sb.toString();
        }

        @Override
        public String visitColumnValues(BreakdownExpr.ColumnValues c) {
            return Identifiers.written(c.column());
        }

        @Override
        public String visitRolling(BreakdownExpr.Rolling r) {
            return Identifiers.written(r.column()) + " rolling " + Numbers.plain(r.width());
        }
    };
}
