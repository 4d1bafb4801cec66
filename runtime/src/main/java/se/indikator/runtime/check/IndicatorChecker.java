package se.indikator.runtime.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Aggregate;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Polarity;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.ast.SuppressRule;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.ColumnType;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.CiMethod;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;

/**
 * Checks an {@code indicator} declaration: its shape (cohort + numerator condition, or numerator and
 * denominator aggregates), that its data and columns exist, that its measure, interval method,
 * target and suppression rules fit together; reports every problem it finds.
 */
public final class IndicatorChecker {
    private final Catalog catalog;
    private final Diagnostics diagnostics;
    private final ExprChecker exprs;
    private final StandardisationChecker standardisations;
    /** The age bands of the indicator being checked when its measure is life expectancy. */
    private BreakdownDef lifeTableBands;
    private final Functions functions;

    public IndicatorChecker(Catalog catalog, Functions functions, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.functions = functions;
        this.diagnostics = diagnostics;
        this.exprs = new ExprChecker(catalog, functions, diagnostics);
        this.standardisations = new StandardisationChecker(catalog, functions, diagnostics);
    }

    public Optional<IndicatorDef> check(Stmt.Indicator s) {
        List<Clause.Derived> derived = s.clauses().stream().filter(c -> c instanceof Clause.Derived)
                .map(c -> (Clause.Derived) c).toList();
        if (derived.size() > 1) {
            diagnostics.error("E304", derived.get(1).span(), "indicator '" + s.name().text() + "' is derived twice",
                    "the first is at line " + derived.get(0).span().line() + "; keep one");
        }
        if (!derived.isEmpty()) {
            return new DerivedChecker(catalog, functions, diagnostics).check(s, derived.get(0));
        }
        long errorsBefore = diagnostics.errorCount();
        lifeTableBands = null;
        Clause.Cohort cohort = null;
        Expr numCond = null;
        Expr denCond = null;
        Aggregate num = null;
        Aggregate den = null;
        Measure measure = null;
        Clause.Ci ci = null;
        Polarity polarity = Polarity.NONE;
        Clause.Target target = null;
        List<SuppressRule> rules = new ArrayList<>();
        boolean suppressNone = false;
        StandardisationSpec std = null;
        String stdName = null;
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Span> seen = new HashMap<>();
        Clause.Frequencies frequencies = null;
        Clause.Survival survival = null;
        Clause.Weight weight = null;

        for (Clause c : s.clauses()) {
            String kind = kind(c);
            if (!kind.equals("suppress") && !kind.startsWith("meta:") && seen.containsKey(kind)) {
                diagnostics.error("E304", c.span(), "indicator '" + s.name().text() + "' has two " + kind + " clauses",
                        "the first is at line " + seen.get(kind).line() + "; keep one");
                continue;
            }
            seen.putIfAbsent(kind, c.span());
            if (c instanceof Clause.Cohort x) {
                cohort = x;
            } else if (c instanceof Clause.NumeratorCondition x) {
                numCond = x.condition();
            } else if (c instanceof Clause.DenominatorCondition x) {
                denCond = x.condition();
            } else if (c instanceof Clause.NumeratorAggregate x) {
                num = x.aggregate();
            } else if (c instanceof Clause.DenominatorAggregate x) {
                den = x.aggregate();
            } else if (c instanceof Clause.MeasureClause x) {
                measure = x.measure();
            } else if (c instanceof Clause.Ci x) {
                ci = x;
            } else if (c instanceof Clause.PolarityClause x) {
                polarity = x.polarity();
            } else if (c instanceof Clause.Target x) {
                target = x;
            } else if (c instanceof Clause.Suppress x) {
                rules.addAll(x.rules());
                suppressNone |= x.none();
            } else if (c instanceof Clause.Standardise x) {
                if (x.named() != null) {
                    stdName = x.named().text();
                    Optional<StandardisationSpec> named = catalog.standardisation(stdName);
                    if (named.isEmpty()) {
                        diagnostics.error("E320", x.named().span(), "unknown standardisation '" + stdName + "'",
                                Suggest.hint(stdName, catalog.standardisations().keySet(), "standardisation"));
                    } else {
                        std = named.get();
                    }
                } else {
                    std = x.inline();
                }
            } else if (c instanceof Clause.Survival x) {
                survival = x;
            } else if (c instanceof Clause.Frequencies x) {
                frequencies = x;
            } else if (c instanceof Clause.Weight x) {
                weight = x;
            } else if (c instanceof Clause.Meta x) {
                meta.put(x.key(), x.value());
            }
        }

        IndicatorDef.Shape shape;
        Dataset cohortData = null;
        if (cohort != null) {
            shape = IndicatorDef.Shape.COHORT;
            if (num != null) {
                diagnostics.error("E301", num.span(), "with a cohort, the numerator is a condition on the cohort's rows",
                        "write e.g. 'numerator tear_degree >= 3' (no count/from)");
            }
            if (den != null) {
                diagnostics.error("E301", den.span(), "with a cohort, the denominator is the cohort itself",
                        "remove the denominator, or narrow the cohort with 'denominator CONDITION'");
            }
            cohortData = source(cohort.source().text(), cohort.source().span());
            if (cohortData != null) {
                if (cohort.where() != null) {
                    exprs.checkCondition(cohort.where(), cohortData);
                }
                if (numCond != null) {
                    exprs.checkCondition(numCond, cohortData);
                }
                if (denCond != null) {
                    exprs.checkCondition(denCond, cohortData);
                }
            }
        } else {
            shape = IndicatorDef.Shape.RATIO;
            if (numCond != null) {
                diagnostics.error("E301", numCond.span(), "a numerator condition needs a cohort",
                        "add 'cohort DATA [where …]', or write 'numerator count(*) from DATA where …'");
            }
            if (denCond != null) {
                diagnostics.error("E301", denCond.span(), "a denominator condition needs a cohort",
                        "write 'denominator count(*) from DATA where …' or 'denominator sum(COL) from DATA'");
            }
            if (num == null && numCond == null) {
                diagnostics.error("E302", s.name().span(), "indicator '" + s.name().text() + "' has no numerator",
                        "add 'numerator count(*) from DATA where …', or a cohort and a numerator condition");
            }
            if (num != null) {
                aggregate(num);
            }
            if (den != null) {
                aggregate(den);
            }
        }

        if (measure == null) {
            diagnostics.error("E303", s.name().span(), "indicator '" + s.name().text() + "' has no measure",
                    "add e.g. 'measure percent', 'measure rate per 100000' or 'measure mean of COL'");
        } else {
            measureFits(s, measure, shape, num, den, cohortData);
        }

        boolean standardised = std != null;
        CiMethod method = null;
        if (measure != null) {
            method = CiMethod.defaultFor(measure.kind(), standardised);
            if (ci != null) {
                Optional<CiMethod> m = CiMethod.parse(ci.method().text());
                if (m.isEmpty()) {
                    diagnostics.error("E305", ci.method().span(), "unknown interval method '" + ci.method().text() + "'",
                            Suggest.hint(ci.method().text(), CiMethod.keywords(), "method"));
                } else if (!m.get().fits(measure.kind(), standardised)) {
                    diagnostics.error("E306", ci.method().span(), "'" + ci.method().text() + "' intervals do not fit "
                            + (standardised ? "a standardised " : "a ") + measure.describe(),
                            "use " + String.join(" or ", fitting(measure.kind(), standardised)));
                } else {
                    method = m.get();
                }
            }
        }
        List<Double> levels = ci == null ? List.of() : ci.levels();
        if (ci != null) {
            Levels.valid(levels, ci.span(), diagnostics);
        }
        if (target != null && measure != null) {
            boolean fraction = measure.kind() == Measure.Kind.PROPORTION || measure.kind() == Measure.Kind.PERCENT;
            if (target.percent() && !fraction) {
                diagnostics.error("E308", target.span(), "a target in % needs a proportion or percent measure, not "
                        + measure.describe(), "write the target in the measure's unit, e.g. 'target <= 25'");
            }
            if (target.comparator() == Expr.BinaryOp.EQ || target.comparator() == Expr.BinaryOp.NEQ) {
                diagnostics.error("E308", target.span(), "a target says which side is met: use >=, >, <= or <",
                        "e.g. 'target >= 90%'");
            }
        }
        if (measure != null && measure.kind() == Measure.Kind.SURVIVAL) {
            new SurvivalChecker(catalog, exprs, diagnostics).check(s, survival, cohort, cohortData, measure);
        } else if (survival != null) {
            diagnostics.error("E386", survival.span(), "a survival clause needs 'measure relative survival at N years'", null);
        }
        if (frequencies != null) {
            if (num == null || shape != IndicatorDef.Shape.RATIO || num.kind() != Aggregate.Kind.SUM) {
                diagnostics.error("E340", frequencies.span(), "frequencies need a numerator 'sum(…) from DATA'",
                        "e.g. numerator sum(count) from admissions");
            } else {
                Dataset fd = catalog.data(num.source()).orElse(null);
                for (var col : frequencies.columns()) {
                    if (fd != null && fd.column(col.text()).isEmpty()) {
                        diagnostics.error("E201", col.span(), "unknown column '" + col.text() + "' in data '" + fd.name() + "'",
                                Suggest.hint(col.text(), fd.columnNames(), "column"));
                    }
                }
            }
            if (method != CiMethod.DOBSON_NONINDEPENDENT) {
                diagnostics.error("E341", frequencies.span(), "frequencies are used only by 'ci dobson-non-independent'",
                        "add 'ci dobson-non-independent' or remove the frequencies");
            }
        }
        if (weight != null) {
            method = new WeightChecker(diagnostics).check(weight, measure, shape, cohortData, standardised, ci, method);
        } else if (method == CiMethod.KORN_GRAUBARD) {
            diagnostics.error("E306", ci.method().span(), "'korn-graubard' intervals are for survey-weighted proportions",
                    "add 'weight COL' with the column of survey weights, or use wilson or clopper-pearson");
        }
        if (standardised) {
            standardisations.checkUse(std, stdName == null, shape, cohort, num, den, measure, s);
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorDef(s.name().text(), s.title() != null ? s.title() : meta.get("title"), shape,
                cohort == null ? null : cohort.source().text(), cohort == null ? null : cohort.where(), numCond, denCond,
                num, den, measure, method, levels, polarity, target, rules, suppressNone, std, stdName,
                lifeTableBands != null ? List.of(lifeTableBands) : Strata.of(catalog, std, firstSource(shape, cohort, num)),
                frequencies == null ? List.of() : frequencies.columns().stream().map(n -> n.text()).toList(), survival,
                weight == null ? null : weight.column().text(), meta,
                s.span(),
                s.span().source().text().isEmpty() ? "" : sourceText(s.span())));
    }

    /** The data the indicator reads first (the cohort, or the numerator's), or null when it is not loaded. */
    private Dataset firstSource(IndicatorDef.Shape shape, Clause.Cohort cohort, Aggregate num) {
        String name = shape == IndicatorDef.Shape.COHORT ? cohort.source().text() : num == null ? null : num.source();
        return name == null ? null : catalog.data(name).orElse(null);
    }

    static String sourceText(Span span) {
        StringBuilder sb = new StringBuilder();
        for (int l = span.line(); l <= span.endLine(); l++) {
            sb.append(span.source().line(l)).append('\n');
        }
        return sb.toString();
    }

    private static List<String> fitting(Measure.Kind kind, boolean standardised) {
        List<String> out = new ArrayList<>();
        for (CiMethod m : CiMethod.values()) {
            if (m.fits(kind, standardised)) {
                out.add(m.keyword);
            }
        }
        return out;
    }

    private static String kind(Clause c) {
        if (c instanceof Clause.NumeratorAggregate || c instanceof Clause.NumeratorCondition) {
            return "numerator";
        }
        if (c instanceof Clause.DenominatorAggregate || c instanceof Clause.DenominatorCondition) {
            return "denominator";
        }
        if (c instanceof Clause.Meta m) {
            return "meta:" + m.key();
        }
        String n = c.getClass().getSimpleName().replace("Clause", "");
        return n.toLowerCase(java.util.Locale.ROOT);
    }

    Dataset source(String name, Span span) {
        Optional<Dataset> d = catalog.data(name);
        if (d.isEmpty()) {
            if (!catalog.isBroken(name)) {
                diagnostics.error("E101", span, "unknown data '" + name + "'",
                        Suggest.hint(name, catalog.allData().keySet(), "data name")
                                + (catalog.allData().isEmpty() ? "; declare it with: data " + name + " = read \"FILE.csv\"" : ""));
            }
            return null;
        }
        return d.get();
    }

    private void aggregate(Aggregate a) {
        Dataset d = source(a.source(), a.sourceSpan());
        if (d == null) {
            return;
        }
        if (a.kind() == Aggregate.Kind.SUM) {
            Optional<Column> col = d.column(a.column());
            if (col.isEmpty()) {
                diagnostics.error("E201", a.columnSpan(), "unknown column '" + a.column() + "' in data '" + d.name() + "'",
                        Suggest.hint(a.column(), d.columnNames(), "column"));
            } else if (col.get().type() != ColumnType.INTEGER && col.get().type() != ColumnType.DECIMAL) {
                diagnostics.error("E202", a.columnSpan(), "sum() needs a numeric column, but '" + a.column() + "' is "
                        + col.get().type().name().toLowerCase(java.util.Locale.ROOT) + NotANumber.why(d, col.get()),
                        "sum a column of counts, e.g. sum(persons); correct the value in the file or mark it missing");
            }
        }
        if (a.where() != null) {
            exprs.checkCondition(a.where(), d);
        }
    }

    private void measureFits(Stmt.Indicator s, Measure m, IndicatorDef.Shape shape, Aggregate num, Aggregate den,
            Dataset cohortData) {
        switch (m.kind()) {
            case MEAN, MEDIAN, PERCENTILE -> {
                if (m.kind() == Measure.Kind.PERCENTILE && !(m.multiplier() > 0 && m.multiplier() < 100)) {
                    diagnostics.error("E352", m.span(), "a percentile is between 0 and 100, not "
                            + se.indikator.runtime.ast.Numbers.plain(m.multiplier()),
                            "e.g. 'measure percentile 90 of wait_days'; the median is 'percentile 50'");
                }
                if (shape != IndicatorDef.Shape.COHORT) {
                    diagnostics.error("E309", m.span(), m.describe() + " needs a cohort",
                            "write 'cohort DATA [where …]' and drop numerator/denominator");
                } else if (cohortData != null) {
                    Optional<Column> col = cohortData.column(m.column());
                    if (col.isEmpty()) {
                        diagnostics.error("E201", m.columnSpan(), "unknown column '" + m.column() + "' in data '"
                                + cohortData.name() + "'", Suggest.hint(m.column(), cohortData.columnNames(), "column"));
                    } else if (col.get().type() != ColumnType.INTEGER && col.get().type() != ColumnType.DECIMAL) {
                        diagnostics.error("E202", m.columnSpan(), m.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + " needs a numeric column, but '" + m.column() + "' is "
                                + col.get().type().name().toLowerCase(java.util.Locale.ROOT)
                                + NotANumber.why(cohortData, col.get()), "correct the value in the file or mark it missing");
                    }
                }
            }
            case COUNT -> {
            }
            case LIFE_EXPECTANCY -> lifeTableBands = new LifeExpectancyChecker(catalog, diagnostics).check(m, shape, num, den)
                    .orElse(null);
            default -> {
                if (shape == IndicatorDef.Shape.RATIO && num != null && den == null) {
                    diagnostics.error("E302", s.name().span(), "indicator '" + s.name().text() + "' has no denominator",
                            "a " + m.describe() + " needs 'denominator count(*) from DATA' or 'denominator sum(COL) from DATA'");
                }
                if (m.multiplier() <= 0) {
                    diagnostics.error("E309", m.span(), "the multiplier must be positive", "e.g. rate per 100000");
                }
            }
        }
    }
}
