package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.AnalysisOption.Kind;
import se.indikator.runtime.diag.Diagnostics;

/**
 * The options given to one equity analysis, checked against those the statement accepts: an option
 * that does not apply, or one given twice, is a positioned error naming the options that do apply.
 */
final class AnalysisOptions {
    /** The most simulations an analysis may ask for. */
    static final int MAX_REPETITIONS = 1_000_000;

    private final Map<Kind, AnalysisOption> byKind;

    private AnalysisOptions(Map<Kind, AnalysisOption> byKind) {
        this.byKind = byKind;
    }

    /** The options that apply, after reporting every misplaced or repeated one (which are left out). */
    static AnalysisOptions check(List<AnalysisOption> options, Set<Kind> allowed, String statement,
            Diagnostics d) {
        Map<Kind, AnalysisOption> map = new EnumMap<>(Kind.class);
        for (AnalysisOption o : options) {
            if (!allowed.contains(o.kind())) {
                List<String> names = new ArrayList<>();
                allowed.forEach(k -> names.add(k.keyword()));
                d.error("E390", o.span(), "'" + o.kind().keyword() + "' does not apply to " + statement,
                        "the options of " + statement + " are: " + String.join(", ", names));
            } else if (map.containsKey(o.kind())) {
                d.error("E391", o.span(), "'" + o.kind().keyword() + "' is given twice", "keep one of them");
            } else if (o.kind() == Kind.CONFIDENCE && !se.indikator.runtime.check.Levels.valid(o.numbers(), o.span(), d)) {
                continue;
            } else if (o.kind() == Kind.REPETITIONS && o.number() > MAX_REPETITIONS) {
                d.error("E396", o.span(), "at most " + MAX_REPETITIONS + " repetitions", "the limit is "
                        + MAX_REPETITIONS + " simulations");
            } else {
                map.put(o.kind(), o);
            }
        }
        return new AnalysisOptions(map);
    }

    Optional<AnalysisOption> get(Kind k) {
        return Optional.ofNullable(byKind.get(k));
    }

    boolean has(Kind k) {
        return byKind.containsKey(k);
    }

    /**
     * The rows that the {@code where} option keeps (all rows without one); a condition that does not
     * fit the data is reported and keeps all rows, the caller stopping on the error.
     */
    se.indikator.runtime.exec.RowPredicate where(Context context, se.indikator.runtime.data.Dataset data, Diagnostics d) {
        Optional<AnalysisOption> w = get(Kind.WHERE);
        if (w.isPresent() && new se.indikator.runtime.check.ExprChecker(context.catalog(), context.functions(), d)
                .checkCondition(w.get().condition(), data)) {
            return new se.indikator.runtime.exec.ExprCompiler(data, context.catalog(), context.functions())
                    .predicate(w.get().condition());
        }
        return se.indikator.runtime.exec.RowPredicate.ALL;
    }

    /** The levels of {@code confidence}, as fractions, or the given default. */
    List<Double> levels(List<Double> otherwise) {
        return get(Kind.CONFIDENCE).map(AnalysisOption::numbers).orElse(otherwise);
    }
}
