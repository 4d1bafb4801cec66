package se.indikator.runtime.diag;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one registry of diagnostic codes: each code with its severity and a title saying what it is about.
 * Every diagnostic the program produces carries one of these codes (a test reads the sources to hold
 * it to that), it is printed in brackets ({@code error[E201]: …}), and the table of codes in
 * docs/language.md is generated from here ({@link #table}).
 */
public final class Codes {
    private Codes() {
    }

    /** One code: its severity and its title. */
    public record Code(String code, Severity severity, String title) {
    }

    private static final String REGISTRY = """
            E001 syntax: a text value (in double quotes) that is not closed
            E002 syntax: a character that no word or sign begins with
            E003 syntax: the script ends in the middle of a statement
            E004 syntax: a word or sign where the statement does not allow it
            E005 syntax: any other mistake of form
            E006 the script is larger than a script may be
            E007 expressions nest or chain beyond the limit
            E008 more problems than are shown
            E101 unknown data name
            E102 unknown indicator
            E103 unknown breakdown or column after 'by'
            E104 a breakdown named twice after 'by'
            E105 an indicator named twice after 'show'
            E106 a condition that mixes a unit of comparison with other columns
            E107 an unknown name after 'unit'
            E108 breakdowns with more combinations of categories than the limit
            E110 an unknown language
            E111 an unknown adjustment for multiple comparisons
            E112 an unknown cache setting
            E113 an unknown 'csv formulas' setting
            E114 an unknown 'csv format' setting
            E115 an unknown 'columns' setting
            E116 an unknown column after 'columns'
            W116 a column after 'columns' that a printed table does not have
            E117 an unknown chart setting or an impossible chart size or resolution
            E120 an unknown or unreadable library
            E121 an 'import' of a file that cannot be read
            E122 a 'use … from' folder that does not exist
            E123 an import or use cycle
            E130 an unknown or unusable read option (separator, decimal mark, encoding, thousands, sheet, range, header)
            E133 a rename of a column the file does not have, or to a name taken
            E131 a data file that cannot be read
            E132 a malformed or impossible row in a data file
            W132 a questionable row in a data file
            E137 a path that is not a file name
            E140 a result file that cannot be written
            E141 a result file that is a file the run reads
            W142 a result file with nothing to write
            E142 a result file of a kind that is not written, or several tables for a file that holds one
            E150 Java cells where they are not available
            E151 a Java cell that does not compile, throws or is refused
            W151 a Java cell's warning
            E160 counts that cannot be: a proportion's numerator above its denominator
            W160 a rate's events in groups without population
            E161 sums beyond what a number can hold
            E201 an unknown column
            E202 a value of the wrong type for where it stands
            E203 an unknown function
            E204 a function called with the wrong arguments
            E205 an unknown list
            E206 a malformed ICD-10 range
            E301 a cohort indicator's numerator that is not a condition
            E302 an indicator without numerator or denominator
            E303 an indicator without a measure
            E304 a clause given twice in an indicator
            E305 an unknown interval method
            E306 an interval method that does not fit the measure
            E307 a confidence level outside 0–100%, or given twice
            E308 a target that does not fit the measure
            E309 a measure that needs a cohort
            E310 a band with a step that is not positive
            E311 'when missing' without a subject
            E312 a breakdown with no categories
            E313 a breakdown whose arms claim the same rows for different categories
            E314 a rolling window whose width does not fit the periods
            E315 a rolling window over a column that is not whole numbers
            E316 a rolling breakdown where each row must be in one group (a standardisation stratum, quality)
            E317 an analysis that takes groups as independent, across rolling windows
            W314 rolling windows that lack some of their periods in the data
            E320 an unknown standardisation
            E321 strata over an unknown breakdown or column
            E322 an unknown standard population
            E323 an internal standard without a cohort, denominator or data
            E324 a measure that cannot be standardised
            E325 strata that do not match the standard population
            E326 a standard population that cannot be used
            E327 an internal standard whose data lacks the strata's columns
            E330 'compare' on a measure it does not apply to
            E331 'compare' with an unknown reference group
            E332 a residual category as the reference of 'compare'
            E340 frequencies without a summed numerator
            E341 frequencies without the interval method that uses them
            E350 a weight column that is not numeric or has negative values
            E351 a weight on an indicator that cannot be weighted
            E352 a percentile outside 0–100
            E355 life expectancy over age bands that are not a declared breakdown of ages
            E356 age bands with a gap, an overlap or no open last band
            E357 life expectancy at an age where no band starts
            E358 an analysis from counts (funnel, trend, inequality) of a survey-weighted indicator
            E353 a life table that cannot be completed for the whole population
            E354 life expectancy without deaths over population
            E360 a category that the breakdown does not have
            E361 an unknown chart
            E362 a grouped chart without two breakdowns
            E363 a funnel without one breakdown
            E364 a map without one breakdown
            E370 a 'relate' join on a column the data lacks
            E371 a derived indicator with clauses of its own besides title, metadata, polarity and target
            E372 an arm of a derived indicator that is unknown, derived itself or relative survival
            E373 a difference of indicators of different measures
            E374 an analysis from counts (funnel, inequality, compare, relate, heat) of a derived indicator
            E380 'trend' over a period that is not a column of numbers
            E381 relative survival without a cohort
            E382 an unknown survival item
            E383 a survival clause that lacks an item
            E384 a life table not named by its data name
            E385 a life table that cannot be used
            E386 a survival clause without the survival measure
            E390 an analysis option that does not apply
            E391 an analysis option given twice
            E392 'inequality of values' without the groups' populations
            E393 an unknown dispersion
            E394 groups' values without their uncertainty
            E395 counts that give no limits for the measure
            E396 an impossible number of simulations or other parameter
            E397 a funnel of values with not one unit column
            E398 a funnel of a measure that has no funnel
            E401 a breakdown applied to data without its columns
            E502 negative counts
            W501 rows with missing counts left out
            W502 rows outside the standardisation strata left out
            W503 groups whose life table cannot be completed
            E520 'inequality of …': a missing quantile
            E521 'inequality of …': a missing population
            E522 'inequality of …': a missing value
            E523 'inequality of …': a proportion outside 0–1
            E524 'inequality of …': a missing standard error
            E525 'inequality of …': a missing count
            E526 'inequality of …': a quantile given twice or impossible
            E530 'funnel … of …': a missing or negative count
            E531 'funnel … of …': a missing or non-positive denominator
            E532 'funnel … of …': a numerator above its denominator
            E533 'funnel … of …': a missing rate
            E600 a computation on data an engine holds that the engine cannot do
            E601 a connection that could not be opened
            E602 a table that a connection cannot read
            E603 a DuckDB database file that could not be opened
            E604 files scanned on a connection whose engine does not read files
            E605 a memory limit for engines that is not a size
            E606 a connection to an engine whose module is not on the class path
            W101 a name declared twice in one script
            W161 a protected count published before its rule was in force
            W162 a protected count that could not be kept within its protection interval
            W163 tables too fine for disclosure control across tables
            W170 a chart that could not be written
            W180 an unknown report option ('#| key: value')
            W181 a report option with a value it does not take
            W182 a report option that stands before no statement
            W171 units a map could not place on a region
            W900 a run that was interrupted
            E998 a statement that needs more memory or nests deeper than there is room for
            E999 a fault in indikator itself
            """;

    private static final Map<String, Code> ALL = parse();

    private static Map<String, Code> parse() {
        Map<String, Code> out = new LinkedHashMap<>();
        for (String line : REGISTRY.strip().split("\\n")) {
            String code = line.substring(0, 4);
            Severity s = code.startsWith("W") ? Severity.WARNING : Severity.ERROR;
            if (out.put(code, new Code(code, s, line.substring(5).strip())) != null) {
                throw new IllegalStateException("code " + code + " is registered twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every code, in the registry's order. */
    public static Map<String, Code> all() {
        return ALL;
    }

    /** The table of docs/language.md: code, severity, title, in code order. */
    public static String table() {
        StringBuilder sb = new StringBuilder("| code | severity | what it is about |\n|---|---|---|\n");
        ALL.values().stream().sorted(java.util.Comparator.comparing(c -> c.code().substring(1) + c.code().charAt(0)))
                .forEach(c -> sb.append("| ").append(c.code()).append(" | ").append(c.severity().label()).append(" | ")
                        .append(c.title().replace("|", "\\|")).append(" |\n"));
        return sb.toString();
    }
}
