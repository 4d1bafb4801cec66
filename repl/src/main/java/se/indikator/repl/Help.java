package se.indikator.repl;

import java.util.Map;

/** The shell's {@code :help} texts: an overview and one page per topic. */
final class Help {
    private Help() {
    }

    private static final String OVERVIEW = """
            Type statements of the indikator language; a statement that is not finished (an open {,
            an unterminated string, a trailing 'by' or 'and') continues on the next line.

              data NAME = read "FILE.csv"          read a CSV/TSV file
              breakdown NAME = band(age, 0 to 90 step 5)
              unit region, vårdenhet               units of comparison (left out of the national reference)
              indicator NAME "Title" { … }         declare an indicator
              show IND[, IND2 …] by B, … [where …] compute and print (one table per indicator)
              compare IND across B [within B2]     differences and ratios between groups

            Commands:
              :help [topic]     this text, or a topic: data, breakdown, indicator, show, compare, measures, equity
              :load FILE        run a script in this session
              :data             the data read so far
              :describe NAME    columns, types, rows and missing values of a data table
              :indicators       the declared indicators
              :show IND         an indicator's definition
              :plan IND [by B] [where C]  the plans that compute it, its reference, the passes
              :sql IND [by B] [where C]   the SQL sent to the engines that hold its data
              :ast [TEXT]       the syntax tree and canonical text of TEXT (or of the last input)
              :set              the settings in force
              :columns [compact|counts|all]  the columns printed tables show
              :audit            whether anything shown so far reveals a protected count
              :reset            forget everything
              :save FILE        write this session's inputs as a script
              :quit             leave (Ctrl-D too); Ctrl-C interrupts a computation
            The full reference is docs/language.md.
            """;

    private static final Map<String, String> TOPICS = Map.of(
            "data", "data NAME = read \"PATH\" [separator \";\"] [decimal \",\"] [encoding \"latin1\"] [missing \"-\"]\n"
                    + "Separator, decimal mark and encoding are detected when not given.\n",
            "breakdown", "breakdown NAME = band(COL, FROM to TO step N)\n"
                    + "breakdown NAME = case COL when V then \"label\" … [else \"label\"]\n"
                    + "breakdown NAME = case when CONDITION then \"label\" … [else \"label\"]\n",
            "indicator", "indicator NAME \"Title\" {\n    cohort DATA where …   numerator CONDITION        (cohort shape)\n"
                    + "    numerator count(*)|sum(COL) from DATA where …   denominator … (ratio shape)\n"
                    + "    measure …  standardise …  ci METHOD [LEVELS]  polarity higher|lower  target >= 90%\n"
                    + "    suppress when numerator < 10   title/area/source/description/version/status \"…\"\n}\n",
            "show", "show IND [by B1, B2] [where CONDITION]\nshow IND1, IND2, … [by …] [where …]   one table per indicator,"
                    + " computed together\nexport IND [by …] to \"FILE.csv\"\n",
            "compare", "compare IND across B [within B2] [reference \"LABEL\"]\n",
            "equity", "inequality IND across B [transform] [confidence 95%] [repetitions N] [seed N] [to \"F.csv\"]\n"
                    + "inequality of VALUE from DATA across Q population POP se SE|limits L, U|count X [type rate|proportion]\n"
                    + "    [transform] [multiplier M] [by COL, …] [where …]\n"
                    + "trend IND over TIME [by B]          χ² for trend, annual percent change, verdict\n"
                    + "funnel IND by B [dispersion multiplicative|additive] [limits to \"F.csv\"]\n"
                    + "funnel proportion|ratio|rate of NUM [/ DEN] from DATA [by UNIT] [per N] [as isr] [rate|dsr COL] [years N]\n"
                    + "rank IND by B      profile B \"X\" on IND, …      relate IND by KEY to DATA on F, …\n",
            "measures", "proportion, percent, rate per N, ratio per N, mean of COL, median of COL, count\n"
                    + "intervals: wilson, clopper-pearson, exact, byar, t, order, dobson, gamma, dobson-non-independent\n");

    static String text(String topic) {
        if (topic.isEmpty()) {
            return OVERVIEW;
        }
        String t = TOPICS.get(topic);
        return t != null ? t : "no help on '" + topic + "'; topics: " + String.join(", ", new java.util.TreeSet<>(TOPICS.keySet())) + "\n";
    }
}
