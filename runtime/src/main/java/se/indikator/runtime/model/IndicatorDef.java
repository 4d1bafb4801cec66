package se.indikator.runtime.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Aggregate;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Polarity;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.ast.SuppressRule;
import se.indikator.runtime.diag.Span;

/**
 * A checked indicator definition. Cohort shape: {@code cohortSource} rows passing {@code cohortWhere}
 * (and {@code denominatorCondition}) are the denominator, those also passing {@code numeratorCondition}
 * the numerator. Ratio shape: {@code numerator} and {@code denominator} are aggregates, possibly over
 * different data, joined on the breakdown keys. {@code strata} are the standardisation's strata resolved
 * to breakdowns (empty without standardisation). {@code weight} is the column of survey weights of a
 * weighted cohort indicator, or null.
 */
public record IndicatorDef(String name, String title, Shape shape, String cohortSource, Expr cohortWhere,
        Expr numeratorCondition, Expr denominatorCondition, Aggregate numerator, Aggregate denominator,
        Measure measure, CiMethod ciMethod, List<Double> levels, Polarity polarity, Clause.Target target,
        List<SuppressRule> suppressRules, boolean suppressNone, StandardisationSpec standardisation,
        String standardisationName, List<BreakdownDef> strata, List<String> frequencies, Clause.Survival survival,
        String weight, Map<String, String> metadata,
        Span span, String sourceText, Derivation derived) {

    /** The two indicator shapes of the language. */
    public enum Shape {
        COHORT, RATIO
    }

    public IndicatorDef {
        levels = List.copyOf(levels);
        strata = List.copyOf(strata);
        suppressRules = List.copyOf(suppressRules);
        frequencies = List.copyOf(frequencies);
        metadata = Map.copyOf(metadata);
    }

    /** An indicator read from a script: not derived from others. */
    public IndicatorDef(String name, String title, Shape shape, String cohortSource, Expr cohortWhere,
            Expr numeratorCondition, Expr denominatorCondition, Aggregate numerator, Aggregate denominator,
            Measure measure, CiMethod ciMethod, List<Double> levels, Polarity polarity, Clause.Target target,
            List<SuppressRule> suppressRules, boolean suppressNone, StandardisationSpec standardisation,
            String standardisationName, List<BreakdownDef> strata, List<String> frequencies, Clause.Survival survival,
            String weight, Map<String, String> metadata, Span span, String sourceText) {
        this(name, title, shape, cohortSource, cohortWhere, numeratorCondition, denominatorCondition, numerator, denominator,
                measure, ciMethod, levels, polarity, target, suppressRules, suppressNone, standardisation, standardisationName,
                strata, frequencies, survival, weight, metadata, span, sourceText, null);
    }

    /** Whether the indicator is defined from two others' results ({@code ratio of A to B}). */
    public boolean isDerived() {
        return derived != null;
    }

    /** The data sources the indicator reads, numerator's first (a derived one: its arms', in order). */
    public List<String> sources() {
        if (derived != null) {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(derived.left().sources());
            all.addAll(derived.right().sources());
            return List.copyOf(all);
        }
        if (shape == Shape.COHORT) {
            return List.of(cohortSource);
        }
        if (denominator == null || denominator.source().equals(numerator.source())) {
            return List.of(numerator.source());
        }
        return List.of(numerator.source(), denominator.source());
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(metadata.get(key));
    }
}
