package se.indikator.runtime.ast;

import se.indikator.runtime.diag.Span;

/**
 * What an indicator's value is: {@code proportion}, {@code percent}, {@code rate per 100000},
 * {@code ratio per 100}, {@code mean of hba1c}, {@code median of wait_days}, {@code percentile 90 of wait_days}
 * (the multiplier holds the percent), {@code count}, {@code relative survival at 5 years} or
 * {@code life expectancy at 30 by age5} (the start age in {@code multiplier}, the age bands' breakdown in
 * {@code column}).
 */
public record Measure(Kind kind, double multiplier, String column, Span columnSpan, Span span) {

    /** The kinds of measure. */
    public enum Kind {
        PROPORTION, PERCENT, RATE, RATIO, MEAN, MEDIAN, PERCENTILE, COUNT, SURVIVAL, LIFE_EXPECTANCY
    }

    /** How the measure is written back, e.g. {@code rate per 100000}. */
    public String describe() {
        return switch (kind) {
            case PROPORTION -> "proportion";
            case PERCENT -> "percent";
            case RATE -> "rate per " + Numbers.plain(multiplier);
            case RATIO -> multiplier == 1 ? "ratio" : "ratio per " + Numbers.plain(multiplier);
            case MEAN -> "mean of " + Identifiers.written(column);
            case MEDIAN -> "median of " + Identifiers.written(column);
            case PERCENTILE -> "percentile " + Numbers.plain(multiplier) + " of " + Identifiers.written(column);
            case COUNT -> "count";
            case SURVIVAL -> "relative survival at " + Numbers.plain(multiplier) + " years";
            case LIFE_EXPECTANCY -> "life expectancy at " + Numbers.plain(multiplier) + " by " + Identifiers.written(column);
        };
    }
}
