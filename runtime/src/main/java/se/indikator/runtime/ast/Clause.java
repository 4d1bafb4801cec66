package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * One clause inside {@code indicator NAME "Title" { … }}, e.g. {@code measure rate per 100000} or
 * {@code suppress when numerator < 10}.
 */
public sealed interface Clause {
    Span span();

    /** Calls the method of {@code v} for this kind of clause and returns its result. */
    <R> R accept(ClauseVisitor<R> v);

    /** {@code cohort births where parity == 1}: the rows the indicator is about (cohort shape). */
    record Cohort(Name source, Expr where, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitCohort(this);
        }
    }

    /** {@code numerator tear_degree >= 3}: a condition on the cohort's rows. */
    record NumeratorCondition(Expr condition, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitNumeratorCondition(this);
        }
    }

    /** {@code numerator count(*) from deaths where …}: an aggregate (ratio shape). */
    record NumeratorAggregate(Aggregate aggregate, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitNumeratorAggregate(this);
        }
    }

    /** {@code denominator age >= 75}: narrows the cohort (cohort shape). */
    record DenominatorCondition(Expr condition, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitDenominatorCondition(this);
        }
    }

    /** {@code denominator sum(persons) from population where …} (ratio shape). */
    record DenominatorAggregate(Aggregate aggregate, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitDenominatorAggregate(this);
        }
    }

    /** {@code measure percent}. */
    record MeasureClause(Measure measure, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitMeasureClause(this);
        }
    }

    /** {@code standardise esp} or {@code standardise direct by age5 weights esp2013}. */
    record Standardise(Name named, StandardisationSpec inline, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitStandardise(this);
        }
    }

    /** {@code ci wilson 95%, 99.8%}; {@code levels} empty means the session's levels. */
    record Ci(Name method, List<Double> levels, Span span) implements Clause {
        public Ci {
            levels = List.copyOf(levels);
        }

        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitCi(this);
        }
    }

    /**
     * {@code frequencies f1, f2, f3, f4}: columns holding the numbers of persons with 1, 2, 3, 4 …
     * events, for Dobson limits adjusted for non-independent events from aggregated data.
     */
    record Frequencies(List<Name> columns, Span span) implements Clause {
        public Frequencies {
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitFrequencies(this);
        }
    }

    /**
     * {@code survival entry diagnosis_date, exit exit_date, death status == 1, age age_at_diagnosis,
     * sex sex, table lifetable}: how a cohort's rows are followed for relative survival.
     */
    record Survival(java.util.Map<String, Expr> items, java.util.Map<String, Span> keySpans, Span span) implements Clause {
        /** The items a survival clause may name, in the order they are usually written. */
        public static final List<String> ITEMS = List.of("entry", "exit", "time", "death", "age", "sex", "table", "q");

        public Survival {
            items = java.util.Map.copyOf(items);
            keySpans = java.util.Map.copyOf(keySpans);
        }

        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitSurvival(this);
        }
    }

    /**
     * {@code weight w}: the column of survey weights; proportions and means are then weighted, with
     * design-based intervals (Korn–Graubard, linearised variance).
     */
    record Weight(Name column, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitWeight(this);
        }
    }

    /**
     * A derived indicator's definition: {@code ratio of A where … to B where …} or {@code difference of A where …
     * from B where …} (A − B); each arm is another indicator for the rows its condition selects (null: all).
     */
    record Derived(boolean ratio, Name left, Expr leftWhere, Name right, Expr rightWhere, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitDerived(this);
        }
    }

    /** {@code polarity higher|lower|none}. */
    record PolarityClause(Polarity polarity, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitPolarityClause(this);
        }
    }

    /** {@code target >= 90%}: the target level (målnivå); {@code value} is 0.9 for 90%. */
    record Target(Expr.BinaryOp comparator, double value, boolean percent, String text, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitTarget(this);
        }
    }

    /** {@code suppress when numerator < 10 or denominator < 30}, {@code suppress below 5}, {@code suppress none}. */
    record Suppress(List<SuppressRule> rules, boolean none, Span span) implements Clause {
        public Suppress {
            rules = List.copyOf(rules);
        }

        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitSuppress(this);
        }
    }

    /** A metadata clause: {@code source "Dödsorsaksregistret"}, {@code area "…"}, {@code version "2"}. */
    record Meta(String key, String value, Span span) implements Clause {
        @Override
        public <R> R accept(ClauseVisitor<R> v) {
            return v.visitMeta(this);
        }
    }
}
