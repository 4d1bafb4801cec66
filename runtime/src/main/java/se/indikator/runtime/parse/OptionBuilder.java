package se.indikator.runtime.parse;

import java.util.ArrayList;
import java.util.List;
import se.indikator.grammar.IndikatorParser.*;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.diag.Span;

/**
 * Builds the options of the equity analyses ({@code by}, {@code se}, {@code limits}, {@code confidence},
 * {@code dispersion}, …) from the parse tree as {@link AnalysisOption}s; which options apply to which statement
 * is checked after parsing.
 */
final class OptionBuilder {
    private final AstBuilder ast;

    OptionBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    List<AnalysisOption> options(List<AnalysisOptionContext> list) {
        List<AnalysisOption> out = new ArrayList<>();
        for (AnalysisOptionContext o : list) {
            out.add(option(o));
        }
        return out;
    }

    private AnalysisOption option(AnalysisOptionContext o) {
        Span s = ast.span(o);
        List<Name> names = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        String text = null;
        Expr condition = null;
        AnalysisOption.Kind kind;
        if (o instanceof OptionByContext x) {
            kind = AnalysisOption.Kind.BY;
            x.ident().forEach(i -> names.add(ast.name(i)));
        } else if (o instanceof OptionPopulationContext x) {
            kind = AnalysisOption.Kind.POPULATION;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionSeContext x) {
            kind = AnalysisOption.Kind.SE;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionLimitsToContext x) {
            kind = AnalysisOption.Kind.LIMITS_TO;
            text = AstBuilder.unquote(x.path.getText());
        } else if (o instanceof OptionLimitsContext x) {
            kind = AnalysisOption.Kind.LIMITS;
            names.add(ast.name(x.lower));
            names.add(ast.name(x.upper));
            if (x.level() != null) {
                numbers.add(Double.parseDouble(x.level().NUMBER().getText()) / 100);
            }
        } else if (o instanceof OptionCountContext x) {
            kind = AnalysisOption.Kind.COUNT;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionTypeContext x) {
            kind = AnalysisOption.Kind.TYPE;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionTransformContext) {
            kind = AnalysisOption.Kind.TRANSFORM;
        } else if (o instanceof OptionMultiplierContext x) {
            kind = AnalysisOption.Kind.MULTIPLIER;
            numbers.add(ast.number(x.signedNumber()));
        } else if (o instanceof OptionConfidenceContext x) {
            kind = AnalysisOption.Kind.CONFIDENCE;
            numbers.addAll(ast.levels(x.levels()));
        } else if (o instanceof OptionRepetitionsContext x) {
            kind = AnalysisOption.Kind.REPETITIONS;
            numbers.add(Double.parseDouble(x.NUMBER().getText()));
        } else if (o instanceof OptionSeedContext x) {
            kind = AnalysisOption.Kind.SEED;
            numbers.add(Double.parseDouble(x.NUMBER().getText()));
        } else if (o instanceof OptionPerContext x) {
            kind = AnalysisOption.Kind.PER;
            numbers.add(Double.parseDouble(x.NUMBER().getText()));
        } else if (o instanceof OptionAsContext x) {
            kind = AnalysisOption.Kind.AS;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionRateContext x) {
            kind = AnalysisOption.Kind.RATE;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionDsrContext x) {
            kind = AnalysisOption.Kind.DSR;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionYearsContext x) {
            kind = AnalysisOption.Kind.YEARS;
            numbers.add(Double.parseDouble(x.NUMBER().getText()));
        } else if (o instanceof OptionDispersionContext x) {
            kind = AnalysisOption.Kind.DISPERSION;
            names.add(ast.name(x.ident()));
        } else if (o instanceof OptionToContext x) {
            kind = AnalysisOption.Kind.TO;
            text = AstBuilder.unquote(x.path.getText());
        } else if (o instanceof OptionWhereContext x) {
            kind = AnalysisOption.Kind.WHERE;
            condition = ast.expr(x.condition);
        } else {
            throw new IllegalStateException("unknown option " + o.getText());
        }
        return new AnalysisOption(kind, names, numbers, text, condition, s);
    }
}
