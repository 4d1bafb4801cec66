package se.indikator.runtime.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import se.indikator.grammar.IndikatorParser;
import se.indikator.grammar.IndikatorParser.*;
import se.indikator.runtime.ast.Aggregate;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.Columns;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Polarity;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.ast.SuppressRule;
import se.indikator.runtime.ast.Target;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/** Builds the immutable AST from ANTLR's parse tree; the parse tree never leaves this package. */
final class AstBuilder {
    private final SourceFile source;

    AstBuilder(SourceFile source) {
        this.source = source;
    }

    Span span(ParserRuleContext ctx) {
        return Spans.of(source, ctx);
    }

    private Span span(Token t) {
        return Spans.of(source, t);
    }

    Name name(IdentContext ctx) {
        return new Name(id(ctx), span(ctx));
    }

    /** The name an identifier stands for: its text, without the backquotes of a quoted name. */
    static String id(ParserRuleContext ctx) {
        String text = ctx.getText();
        return text.length() >= 2 && text.charAt(0) == '`' && text.charAt(text.length() - 1) == '`'
                ? text.substring(1, text.length() - 1) : text;
    }

    private Target to(ToFileContext ctx) {
        return ctx == null ? null : new Target(unquote(ctx.path.getText()), span(ctx.path));
    }

    static String unquote(String quoted) {
        String inner = quoted.substring(1, quoted.length() - 1);
        StringBuilder sb = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                char n = inner.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    Stmt statement(StatementContext ctx) {
        ParserRuleContext c = (ParserRuleContext) ctx.getChild(0);
        Span s = span(ctx);
        if (c instanceof SetLanguageContext x) {
            return new Stmt.SetLanguage(name(x.name), s);
        } else if (c instanceof SetConfidenceContext x) {
            return new Stmt.SetConfidence(levels(x.levels()), s);
        } else if (c instanceof SetSuppressBelowContext x) {
            return new Stmt.SetSuppress(Double.parseDouble(x.NUMBER().getText()), s);
        } else if (c instanceof SetSuppressNoneContext) {
            return new Stmt.SetSuppress(0, s);
        } else if (c instanceof SetCacheContext x) {
            return new Stmt.SetCache(x.ident() == null ? new Name("on", span(x.ON().getSymbol())) : name(x.ident()), s);
        } else if (c instanceof SetCsvFormulasContext x) {
            return new Stmt.SetCsvFormulas(name(x.ident()), s);
        } else if (c instanceof SetEngineMemoryContext x) {
            return new Stmt.SetEngineMemory(unquote(x.size.getText()), span(x.size), s);
        } else if (c instanceof SetColumnsContext x) {
            return new Stmt.SetColumns(name(x.ident()), s);
        } else if (c instanceof SetCsvFormatContext x) {
            return new Stmt.SetCsvFormat(name(x.ident()), s);
        } else if (c instanceof SetChartContext x) {
            StringBuilder value = new StringBuilder();
            for (int i = 3; i < x.getChildCount(); i++) {
                value.append(x.getChild(i).getText());
            }
            org.antlr.v4.runtime.tree.ParseTree firstValue = x.getChild(3);
            Span from = firstValue instanceof ParserRuleContext pr ? span(pr)
                    : span(((org.antlr.v4.runtime.tree.TerminalNode) firstValue).getSymbol());
            return new Stmt.SetChart(name(x.setting), value.toString(), from.to(span(x.getStop())), s);
        } else if (c instanceof SetAdjustContext x) {
            return new Stmt.SetAdjust(x.ident() == null ? new Name("none", span(x)) : name(x.ident()), s);
        } else if (c instanceof DataStmtContext x) {
            return ReadStatement.build(source, x, s);
        } else if (c instanceof ConnectionStmtContext x) {
            return new Stmt.Connection(name(x.name), x.kind.getText(), unquote(x.url.getText()), span(x.url),
                    x.user == null ? null : unquote(x.user.getText()), x.password == null ? null : unquote(x.password.getText()),
                    x.password == null ? Span.NONE : span(x.password), s);
        } else if (c instanceof TableStmtContext x) {
            return new Stmt.Table(name(x.name), unquote(x.table.getText()), span(x.table), name(x.connection), s);
        } else if (c instanceof ScanStmtContext x) {
            return new Stmt.Scan(name(x.name), unquote(x.path.getText()), span(x.path),
                    x.connection == null ? null : name(x.connection), s);
        } else if (c instanceof ListStmtContext x) {
            List<Expr> values = new ArrayList<>();
            x.literal().forEach(l -> values.add(literal(l)));
            return new Stmt.ListDecl(name(x.name), values, s);
        } else if (c instanceof BreakdownStmtContext x) {
            return new Stmt.Breakdown(name(x.name), breakdown(x.breakdownExpr()), s);
        } else if (c instanceof StandardisationStmtContext x) {
            return new Stmt.Standardisation(name(x.name), spec(x.standardisationSpec()), s);
        } else if (c instanceof IndicatorStmtContext x) {
            List<Clause> clauses = new ArrayList<>();
            x.clause().forEach(cl -> clauses.add(clause(cl)));
            String title = x.title == null ? null : unquote(x.title.getText());
            return new Stmt.Indicator(name(x.name), title, clauses, s);
        } else if (c instanceof ShowStmtContext x) {
            List<Name> targets = new ArrayList<>();
            x.targets.ident().forEach(i -> targets.add(name(i)));
            return new Stmt.Show(targets, by(x.byClause()), x.condition == null ? null : expr(x.condition),
                    to(x.toFile()), columns(x.columnsClause()), s);
        } else if (c instanceof ExportStmtContext x) {
            return new Stmt.Export(name(x.target), by(x.byClause()), x.condition == null ? null : expr(x.condition),
                    unquote(x.path.getText()), span(x.path), s);
        } else if (c instanceof CompareStmtContext x) {
            return new Stmt.Compare(name(x.target), name(x.across), x.within == null ? null : name(x.within),
                    x.reference == null ? null : unquote(x.reference.getText()), to(x.toFile()), columns(x.columnsClause()), s);
        } else if (c instanceof UseStmtContext x) {
            return new Stmt.Use(x.qualifiedName().getText(), x.path == null ? null : unquote(x.path.getText()), s);
        } else if (c instanceof QualityStmtContext x) {
            return new Stmt.Quality(name(x.data), by(x.byClause()), to(x.toFile()), columns(x.columnsClause()), s);
        } else if (c instanceof PlotProfileContext x) {
            return profile(x.profileSpec(), true, null, null, s);
        } else if (c instanceof ProfileStmtContext x) {
            return profile(x.profileSpec(), false, to(x.toFile()), columns(x.columnsClause()), s);
        } else if (c instanceof PlotHeatContext x) {
            List<Name> inds = new ArrayList<>();
            x.indicatorList().ident().forEach(i -> inds.add(name(i)));
            return new Stmt.Heat(name(x.breakdown), inds, x.condition == null ? null : expr(x.condition), s);
        } else if (c instanceof FunnelIndicatorContext x) {
            return new Stmt.Funnel(name(x.target), name(x.by), options(x.analysisOption()), s);
        } else if (c instanceof FunnelValuesContext x) {
            return new Stmt.FunnelOfValues(x.kind.getText(), name(x.num), x.den == null ? null : name(x.den), name(x.data),
                    options(x.analysisOption()), s);
        } else if (c instanceof TrendStmtContext x) {
            return new Stmt.Trend(name(x.target), name(x.time), x.width == null ? 0 : Double.parseDouble(x.width.getText()), x.by == null ? null : name(x.by), to(x.toFile()), columns(x.columnsClause()), s);
        } else if (c instanceof InequalityIndicatorContext x) {
            return new Stmt.Inequality(name(x.target), name(x.across), options(x.analysisOption()), s);
        } else if (c instanceof InequalityValuesContext x) {
            return new Stmt.InequalityOfValues(name(x.value), name(x.data), name(x.across), options(x.analysisOption()), s);
        } else if (c instanceof RankStmtContext x) {
            return new Stmt.Rank(name(x.target), name(x.by), to(x.toFile()), columns(x.columnsClause()), s);
        } else if (c instanceof RelateStmtContext x) {
            List<Name> factors = new ArrayList<>();
            x.indicatorList().ident().forEach(i -> factors.add(name(i)));
            return new Stmt.Relate(name(x.target), name(x.key), name(x.data), factors, to(x.toFile()), columns(x.columnsClause()), s);
        } else if (c instanceof PlotIndicatorContext x) {
            return new Stmt.Plot(name(x.target), by(x.byClause()), x.condition == null ? null : expr(x.condition),
                    x.kind == null ? null : new Name(x.kind.getText(), span(x.kind)), x.SORTED() != null, s);
        } else if (c instanceof JavaStmtContext x) {
            Token t = x.JAVA_CELL().getSymbol();
            String text = t.getText();
            int open = text.indexOf('{');
            String before = text.substring(0, open + 1);
            int line = t.getLine() + (int) before.chars().filter(ch -> ch == '\n').count();
            int col = before.contains("\n") ? before.length() - before.lastIndexOf('\n') : t.getCharPositionInLine() + open + 1;
            return new Stmt.JavaCell(text.substring(open + 1, text.length() - 1), new Span(source, line, col + 1, line, col + 2), s);
        } else if (c instanceof CatalogueStmtContext x) {
            return new Stmt.Catalogue(x.path == null ? null : unquote(x.path.getText()), columns(x.columnsClause()), s);
        } else if (c instanceof ImportStmtContext x) {
            return new Stmt.Import(unquote(x.path.getText()), s);
        } else if (c instanceof UnitStmtContext x) {
            List<Name> names = new ArrayList<>();
            x.ident().forEach(i -> names.add(name(i)));
            return new Stmt.Unit(names, s);
        }
        throw new IllegalStateException("statement not handled: " + c.getClass().getSimpleName());
    }

    private Columns columns(ColumnsClauseContext c) {
        if (c == null) {
            return null;
        }
        List<Name> names = new ArrayList<>();
        c.columnName().forEach(i -> names.add(i.ident() != null ? name(i.ident()) : new Name(i.getText(), span(i))));
        return new Columns(names, span(c));
    }

    private Stmt profile(ProfileSpecContext p, boolean plot, Target to, Columns columns, Span s) {
        List<Name> inds = new ArrayList<>();
        p.indicatorList().ident().forEach(i -> inds.add(name(i)));
        return new Stmt.Profile(name(p.breakdown), unquote(p.value.getText()), span(p.value), inds,
                p.by == null ? null : name(p.by), p.condition == null ? null : expr(p.condition), plot, to, columns, s);
    }

    private List<AnalysisOption> options(List<AnalysisOptionContext> list) {
        return new OptionBuilder(this).options(list);
    }

    List<Double> levels(LevelsContext ctx) {
        List<Double> out = new ArrayList<>();
        if (ctx != null) {
            ctx.level().forEach(l -> out.add(Double.parseDouble(l.NUMBER().getText()) / 100.0));
        }
        return out;
    }

    private List<Name> by(ByClauseContext ctx) {
        List<Name> out = new ArrayList<>();
        if (ctx != null) {
            ctx.ident().forEach(i -> out.add(name(i)));
        }
        return out;
    }

    private BreakdownExpr breakdown(BreakdownExprContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof BandExprContext b) {
            return new BreakdownExpr.Band(id(b.column), span(b.column), number(b.from), number(b.to),
                    Double.parseDouble(b.step.getText()), s);
        } else if (ctx instanceof CaseExprContext c) {
            Expr subject = c.subject == null ? null : expr(c.subject);
            List<BreakdownExpr.When> whens = new ArrayList<>();
            for (WhenClauseContext w : c.whenClause()) {
                BreakdownExpr.Label label = label(w.result);
                if (w.condition instanceof WhenMissingContext) {
                    whens.add(new BreakdownExpr.When(List.of(), true, label, span(w)));
                } else {
                    WhenExprContext we = (WhenExprContext) w.condition;
                    List<Expr> conds = new ArrayList<>();
                    we.expr().forEach(e -> conds.add(expr(e)));
                    whens.add(new BreakdownExpr.When(conds, false, label, span(w)));
                }
            }
            return new BreakdownExpr.Case(subject, whens, c.elseValue == null ? null : label(c.elseValue), s);
        } else if (ctx instanceof RollingExprContext r) {
            return new BreakdownExpr.Rolling(id(r.column), span(r.column), Double.parseDouble(r.width.getText()), s);
        } else if (ctx instanceof ColumnBreakdownContext col) {
            return new BreakdownExpr.ColumnValues(id(col.column), s);
        }
        throw new IllegalStateException("breakdown not handled");
    }

    private BreakdownExpr.Label label(CaseResultContext ctx) {
        if (ctx instanceof ResultMissingContext) {
            return new BreakdownExpr.Label(null, true, span(ctx));
        }
        return new BreakdownExpr.Label(unquote(((ResultLabelContext) ctx).STRING().getText()), false, span(ctx));
    }

    double number(SignedNumberContext ctx) {
        double v = Double.parseDouble(ctx.NUMBER().getText());
        return ctx.MINUS() != null ? -v : v;
    }

    private StandardisationSpec spec(StandardisationSpecContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof DirectSpecContext d) {
            List<Name> strata = new ArrayList<>();
            d.strata().ident().forEach(i -> strata.add(name(i)));
            if (d.standardRef() instanceof InternalStandardContext in) {
                return new StandardisationSpec(StandardisationSpec.Method.DIRECT, strata,
                        new Name(id(in.cohortName()), span(in.cohortName())), true, null, null,
                        in.condition == null ? null : expr(in.condition), s);
            }
            NamedStandardContext ns = (NamedStandardContext) d.standardRef();
            return new StandardisationSpec(StandardisationSpec.Method.DIRECT, strata, name(ns.name), false, null, null,
                    s);
        }
        IndirectSpecContext in = (IndirectSpecContext) ctx;
        List<Name> strata = new ArrayList<>();
        in.strata().ident().forEach(i -> strata.add(name(i)));
        if (in.referenceRef() instanceof NationalReferenceContext) {
            return new StandardisationSpec(StandardisationSpec.Method.INDIRECT, strata, null, false, null, null, s);
        }
        TableReferenceContext t = (TableReferenceContext) in.referenceRef();
        return new StandardisationSpec(StandardisationSpec.Method.INDIRECT, strata, name(t.table), false,
                t.events == null ? null : name(t.events), t.population == null ? null : name(t.population), s);
    }

    private Clause clause(ClauseContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof CohortClauseContext c) {
            return new Clause.Cohort(name(c.source), c.condition == null ? null : expr(c.condition), s);
        } else if (ctx instanceof NumeratorAggregateContext c) {
            return new Clause.NumeratorAggregate(aggregate(c.aggregate(), c.source, c.condition, s), s);
        } else if (ctx instanceof NumeratorConditionContext c) {
            return new Clause.NumeratorCondition(expr(c.condition), s);
        } else if (ctx instanceof DenominatorAggregateContext c) {
            return new Clause.DenominatorAggregate(aggregate(c.aggregate(), c.source, c.condition, s), s);
        } else if (ctx instanceof DenominatorConditionContext c) {
            return new Clause.DenominatorCondition(expr(c.condition), s);
        } else if (ctx instanceof MeasureClauseContext c) {
            return new Clause.MeasureClause(measure(c.measure()), s);
        } else if (ctx instanceof StandardiseClauseContext c) {
            if (c.standardiseTarget() instanceof NamedStandardisationContext n) {
                return new Clause.Standardise(name(n.name), null, s);
            }
            InlineStandardisationContext in = (InlineStandardisationContext) c.standardiseTarget();
            return new Clause.Standardise(null, spec(in.standardisationSpec()), s);
        } else if (ctx instanceof CiClauseContext c) {
            return new Clause.Ci(new Name(c.ciMethod().getText(), span(c.ciMethod())), levels(c.levels()), s);
        } else if (ctx instanceof SurvivalClauseContext c) {
            java.util.Map<String, Expr> items = new java.util.LinkedHashMap<>();
            java.util.Map<String, Span> keys = new java.util.LinkedHashMap<>();
            for (SurvivalItemContext it : c.survivalItem()) {
                items.put(id(it.key), expr(it.value));
                keys.put(id(it.key), span(it.key));
            }
            return new Clause.Survival(items, keys, s);
        } else if (ctx instanceof FrequenciesClauseContext c) {
            List<Name> cols = new ArrayList<>();
            c.ident().forEach(i -> cols.add(name(i)));
            return new Clause.Frequencies(cols, s);
        } else if (ctx instanceof WeightClauseContext c) {
            return new Clause.Weight(name(c.column), s);
        } else if (ctx instanceof RatioOfClauseContext c) {
            return new Clause.Derived(true, name(c.left.indicator), c.left.condition == null ? null : expr(c.left.condition),
                    name(c.right.indicator), c.right.condition == null ? null : expr(c.right.condition), s);
        } else if (ctx instanceof DifferenceOfClauseContext c) {
            return new Clause.Derived(false, name(c.left.indicator), c.left.condition == null ? null : expr(c.left.condition),
                    name(c.right.indicator), c.right.condition == null ? null : expr(c.right.condition), s);
        } else if (ctx instanceof PolarityClauseContext c) {
            Polarity p = c.polarityValue().HIGHER() != null ? Polarity.HIGHER
                    : c.polarityValue().LOWER() != null ? Polarity.LOWER : Polarity.NONE;
            return new Clause.PolarityClause(p, s);
        } else if (ctx instanceof TargetClauseContext c) {
            Expr.BinaryOp op = c.comparator == null ? Expr.BinaryOp.GE : compOp(c.comparator);
            double v = number(c.signedNumber());
            boolean percent = c.PERCENT() != null;
            return new Clause.Target(op, percent ? v / 100.0 : v, percent, c.getText().substring("target".length()), s);
        } else if (ctx instanceof SuppressWhenContext c) {
            List<SuppressRule> rules = new ArrayList<>();
            for (SuppressConditionContext sc : c.suppressCondition()) {
                SuppressRule.Subject subject = sc.which.getType() == IndikatorParser.NUMERATOR
                        ? SuppressRule.Subject.NUMERATOR : SuppressRule.Subject.DENOMINATOR;
                rules.add(new SuppressRule(subject, compOp(sc.compOp()), Double.parseDouble(sc.NUMBER().getText()),
                        span(sc)));
            }
            return new Clause.Suppress(rules, false, s);
        } else if (ctx instanceof SuppressBelowContext c) {
            return new Clause.Suppress(List.of(new SuppressRule(SuppressRule.Subject.NUMERATOR, Expr.BinaryOp.LT,
                    Double.parseDouble(c.NUMBER().getText()), s)), false, s);
        } else if (ctx instanceof SuppressNoneContext) {
            return new Clause.Suppress(List.of(), true, s);
        } else if (ctx instanceof MetaClauseContext c) {
            return new Clause.Meta(c.key.getText(), unquote(c.value.getText()), s);
        }
        throw new IllegalStateException("clause not handled");
    }

    private Aggregate aggregate(AggregateContext a, IdentContext source, ExprContext where, Span s) {
        Expr w = where == null ? null : expr(where);
        if (a instanceof SumColumnContext sc) {
            return new Aggregate(Aggregate.Kind.SUM, id(sc.column), span(sc.column), id(source),
                    span(source), w, s);
        }
        return new Aggregate(Aggregate.Kind.COUNT, null, null, id(source), span(source), w, s);
    }

    private Measure measure(MeasureContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof ProportionMeasureContext) {
            return new Measure(Measure.Kind.PROPORTION, 1, null, null, s);
        } else if (ctx instanceof PercentMeasureContext) {
            return new Measure(Measure.Kind.PERCENT, 100, null, null, s);
        } else if (ctx instanceof RateMeasureContext r) {
            return new Measure(Measure.Kind.RATE, Double.parseDouble(r.NUMBER().getText()), null, null, s);
        } else if (ctx instanceof RatioMeasureContext r) {
            double m = r.NUMBER() == null ? 1 : Double.parseDouble(r.NUMBER().getText());
            return new Measure(Measure.Kind.RATIO, m, null, null, s);
        } else if (ctx instanceof MeanMeasureContext m) {
            return new Measure(Measure.Kind.MEAN, 1, id(m.column), span(m.column), s);
        } else if (ctx instanceof MedianMeasureContext m) {
            return new Measure(Measure.Kind.MEDIAN, 1, id(m.column), span(m.column), s);
        } else if (ctx instanceof PercentileMeasureContext m) {
            return new Measure(Measure.Kind.PERCENTILE, Double.parseDouble(m.NUMBER().getText()), id(m.column),
                    span(m.column), s);
        }
        if (ctx instanceof LifeExpectancyMeasureContext m) {
            return new Measure(Measure.Kind.LIFE_EXPECTANCY, Double.parseDouble(m.NUMBER().getText()), id(m.ages), span(m.ages), s);
        }
        if (ctx instanceof SurvivalMeasureContext m) {
            return new Measure(Measure.Kind.SURVIVAL, Double.parseDouble(m.NUMBER().getText()), null, null, s);
        }
        return new Measure(Measure.Kind.COUNT, 1, null, null, s);
    }

    private static Expr.BinaryOp compOp(CompOpContext c) {
        return switch (c.getText()) {
            case "==" -> Expr.BinaryOp.EQ;
            case "!=", "<>" -> Expr.BinaryOp.NEQ;
            case "<" -> Expr.BinaryOp.LT;
            case "<=" -> Expr.BinaryOp.LE;
            case ">" -> Expr.BinaryOp.GT;
            default -> Expr.BinaryOp.GE;
        };
    }

    // ------------------------------------------------------------ expressions

    Expr expr(ExprContext ctx) {
        return or(ctx.orExpr());
    }

    private Expr or(OrExprContext ctx) {
        if (ctx.andExpr().size() == 1) {
            return and(ctx.andExpr(0));
        }
        List<Expr> ops = new ArrayList<>();
        ctx.andExpr().forEach(a -> ops.add(and(a)));
        return new Expr.Logical(Expr.LogicalOp.OR, ops, span(ctx));
    }

    private Expr and(AndExprContext ctx) {
        if (ctx.notExpr().size() == 1) {
            return not(ctx.notExpr(0));
        }
        List<Expr> ops = new ArrayList<>();
        ctx.notExpr().forEach(a -> ops.add(not(a)));
        return new Expr.Logical(Expr.LogicalOp.AND, ops, span(ctx));
    }

    private Expr not(NotExprContext ctx) {
        if (ctx instanceof NotOpContext n) {
            return new Expr.Not(not(n.notExpr()), span(ctx));
        }
        return predicate(((PredicateExprContext) ctx).predicate());
    }

    private Expr predicate(PredicateContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof ComparisonContext c) {
            return new Expr.Binary(compOp(c.compOp()), additive(c.left), additive(c.right), s);
        } else if (ctx instanceof BetweenContext b) {
            return new Expr.Between(additive(b.subject), additive(b.low), additive(b.high), b.NOT() != null, s);
        } else if (ctx instanceof InListContext in) {
            if (in.inTarget() instanceof InLiteralsContext lits) {
                List<Expr> values = new ArrayList<>();
                lits.literal().forEach(l -> values.add(literal(l)));
                return new Expr.In(additive(in.subject), values, null, null, in.NOT() != null, s);
            }
            InNamedListContext named = (InNamedListContext) in.inTarget();
            return new Expr.In(additive(in.subject), List.of(), id(named.name), span(named.name),
                    in.NOT() != null, s);
        } else if (ctx instanceof IsMissingContext m) {
            return new Expr.IsMissing(additive(m.subject), m.NOT() != null, s);
        }
        return additive(((PlainValueContext) ctx).additive());
    }

    private Expr additive(AdditiveContext ctx) {
        Expr left = multiplicative(ctx.multiplicative(0));
        for (int i = 1; i < ctx.multiplicative().size(); i++) {
            Token op = (Token) ctx.getChild(2 * i - 1).getPayload();
            Expr right = multiplicative(ctx.multiplicative(i));
            left = new Expr.Binary(op.getType() == IndikatorParser.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB, left,
                    right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr multiplicative(MultiplicativeContext ctx) {
        Expr left = unary(ctx.unary(0));
        for (int i = 1; i < ctx.unary().size(); i++) {
            Token op = (Token) ctx.getChild(2 * i - 1).getPayload();
            Expr right = unary(ctx.unary(i));
            left = new Expr.Binary(op.getType() == IndikatorParser.STAR ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV, left,
                    right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr unary(UnaryContext ctx) {
        if (ctx instanceof NegateContext n) {
            Expr inner = unary(n.unary());
            Expr.NumberLit lit = Exprs.asNumber(inner);
            if (lit != null) {
                return new Expr.NumberLit(-lit.value(), lit.percent(), "-" + lit.text(), span(ctx));
            }
            return new Expr.Negate(inner, span(ctx));
        }
        return primary(((PrimaryExprContext) ctx).primary());
    }

    private Expr primary(PrimaryContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof LiteralExprContext l) {
            return literal(l.literal());
        } else if (ctx instanceof CallExprContext c) {
            List<Expr> args = new ArrayList<>();
            c.expr().forEach(e -> args.add(expr(e)));
            return new Expr.Call(id(c.name), span(c.name), args, s);
        } else if (ctx instanceof ColumnRefContext c) {
            return new Expr.ColumnRef(id(c.name), s);
        }
        return expr(((ParenExprContext) ctx).expr());
    }

    private Expr literal(LiteralContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof NumberLiteralContext n) {
            double v = Double.parseDouble(n.NUMBER().getText());
            boolean pct = n.PERCENT() != null;
            return new Expr.NumberLit(pct ? v / 100.0 : v, pct, ctx.getText(), s);
        } else if (ctx instanceof StringLiteralContext str) {
            return new Expr.StringLit(unquote(str.STRING().getText()), s);
        }
        return new Expr.BoolLit(((BooleanLiteralContext) ctx).TRUE() != null, s);
    }
}
