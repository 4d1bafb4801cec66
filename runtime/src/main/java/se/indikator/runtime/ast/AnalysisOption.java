package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * One option of an equity analysis ({@code inequality}, {@code funnel}), e.g. {@code se StandardError},
 * {@code confidence 95%, 98%} or {@code limits to "limits.csv"}. Which options a statement accepts
 * is checked when the statement is run, so that a misplaced option gets a positioned message.
 *
 * @param kind what the option sets
 * @param names its column or word arguments, in order (empty when it has none)
 * @param numbers its numeric arguments (levels as fractions), in order
 * @param text its string argument (a path), or null
 * @param condition the condition of {@code where}, or null
 * @param span the whole option in the source
 */
public record AnalysisOption(Kind kind, List<Name> names, List<Double> numbers, String text, Expr condition,
        Span span) {

    /** The options of the equity analyses. */
    public enum Kind {
        BY("by"), POPULATION("population"), SE("se"), LIMITS("limits"), LIMITS_TO("limits to"), COUNT("count"),
        TYPE("type"), TRANSFORM("transform"), MULTIPLIER("multiplier"), CONFIDENCE("confidence"),
        REPETITIONS("repetitions"), SEED("seed"), PER("per"), AS("as"), RATE("rate"), DSR("dsr"), YEARS("years"),
        DISPERSION("dispersion"), TO("to"), WHERE("where");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** How the option is written. */
        public String keyword() {
            return keyword;
        }
    }

    /** Copies the argument lists. */
    public AnalysisOption {
        names = List.copyOf(names);
        numbers = List.copyOf(numbers);
    }

    /** The first name argument. */
    public Name name() {
        return names.get(0);
    }

    /** The first numeric argument. */
    public double number() {
        return numbers.get(0);
    }
}
